import { useCallback, useState } from 'react';
import type { WebhookDelivery, WebhookEndpoint } from '../../api/client.js';
import { useT } from '../i18n/index.js';
import { ListTable } from '../ListTable.js';
import type { Answer } from '../notice.js';
import { useConsole } from '../session.js';
import { useLoadedList } from '../useLoadedList.js';
import { DeliveryLog } from './DeliveryLog.js';
import { EndpointEdit } from './EndpointEdit.js';
import { EndpointForm } from './EndpointForm.js';
import { Sentence, SettingsCard } from './SettingsCard.js';

// The store's webhook endpoints: what each receives and whether it is on, a test message,
// switching it on and off, and the delivery log of the one opened. The signing secret of a
// new endpoint is shown once.

export function Webhooks() {
  const { api, canAct } = useConsole();
  const { t, tn } = useT();
  const endpoints = useLoadedList<WebhookEndpoint>(useCallback(() => api.GET('/v1/webhook-endpoints'), [api]));
  const [open, setOpen] = useState<string | undefined>();
  const deliveries = useLoadedList<WebhookDelivery>(useCallback(() => (open === undefined ? undefined
    : api.GET('/v1/webhook-endpoints/{id}/deliveries', { params: { path: { id: open }, query: { limit: 50 } } })), [api, open]));
  const [secret, setSecret] = useState<string | undefined>();
  const [editing, setEditing] = useState<string | undefined>();
  const remove = (endpoint: WebhookEndpoint) => {
    if (!window.confirm(t('settings.confirmDeleteEndpoint', { url: endpoint.url }))) return;
    if (open === endpoint.id) setOpen(undefined);
    void endpoints.run(() => api.DELETE('/v1/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } } }), { what: t('settings.deleteEndpoint') });
  };

  /** A write on an endpoint or a delivery: the endpoints and the open log are loaded again. */
  const done = async (what: string, call: () => Promise<Answer>) => {
    if (await endpoints.run(call, { what })) await deliveries.reload();
  };
  const opened = endpoints.items.find((endpoint) => endpoint.id === open);
  return (
    <SettingsCard name="webhooks" title={t('settings.webhooks')} notices={[endpoints.notice, deliveries.notice]}>
      {secret ? <div className="notice ok" role="status"><Sentence text={t('settings.signingSecret')} placeholder="secret"><code data-testid="webhook-secret">{secret}</code></Sentence></div> : null}
      <ListTable name={t('settings.webhookEndpoints')} columns={[t('settings.url'), t('settings.events'), t('settings.format'), t('settings.state'), <span className="sr-only">{t('settings.actions')}</span>]}>
        {endpoints.items.map((endpoint) => {
          const switchWord = t(endpoint.enabled ? 'settings.switchOff' : 'settings.switchOn');
          return (
            <tr key={endpoint.id}>
              <td>{endpoint.url}{endpoint.description ? <><br /><span className="muted">{endpoint.description}</span></> : null}</td>
              <td>{endpoint.event_types.join(', ')}</td>
              <td>{endpoint.format}</td>
              <td>{endpoint.enabled ? t('settings.on') : endpoint.disabled_reason ? t('settings.offBecause', { reason: tn('settings.disabledReason_', endpoint.disabled_reason) }) : t('settings.off')}
                {endpoint.failure_count > 0 ? ` · ${t('settings.failures', { count: endpoint.failure_count })}` : ''}</td>
              <td className="nowrap">
                <button type="button" className="secondary" aria-expanded={open === endpoint.id} onClick={() => setOpen(open === endpoint.id ? undefined : endpoint.id)}>{t('settings.deliveryLog')}</button>{' '}
                {canAct ? <>
                  <button type="button" className="secondary" onClick={() => void done(t('settings.testMessage'), () => api.POST('/v1/webhook-endpoints/{id}/test', { params: { path: { id: endpoint.id } } }))}>{t('settings.sendTest')}</button>{' '}
                  <button type="button" className="secondary" onClick={() => void done(switchWord, () => api.PATCH('/v1/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } }, body: { enabled: !endpoint.enabled } }))}>{switchWord}</button>{' '}
                  <button type="button" className="secondary" aria-label={t('settings.editNamed', { name: endpoint.url })} onClick={() => setEditing(endpoint.id)}>{t('common.edit')}</button>{' '}
                  <button type="button" className="secondary" aria-label={t('settings.deleteNamed', { name: endpoint.url })} onClick={() => remove(endpoint)}>{t('common.delete')}</button>
                </> : null}
              </td>
            </tr>
          );
        })}
        {endpoints.items.length === 0 ? <tr><td colSpan={5}>{t('settings.noEndpoints')}</td></tr> : null}
      </ListTable>
      {canAct && editing !== undefined ? (() => {
        const endpoint = endpoints.items.find((candidate) => candidate.id === editing);
        return endpoint === undefined ? null : <EndpointEdit key={endpoint.id} endpoint={endpoint} run={endpoints.run} onDone={() => setEditing(undefined)} />;
      })() : null}
      {opened !== undefined ? <DeliveryLog endpoint={opened} deliveries={deliveries.items} done={done} /> : null}
      {canAct ? <EndpointForm run={endpoints.run} onCreated={setSecret} /> : null}
    </SettingsCard>
  );
}
