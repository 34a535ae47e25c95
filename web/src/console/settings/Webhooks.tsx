import { useCallback, useState } from 'react';
import type { WebhookDelivery, WebhookEndpoint } from '../../api/client.js';
import { ListTable } from '../ListTable.js';
import type { Answer } from '../notice.js';
import { useConsole } from '../session.js';
import { useLoadedList } from '../useLoadedList.js';
import { DeliveryLog } from './DeliveryLog.js';
import { EndpointEdit } from './EndpointEdit.js';
import { EndpointForm } from './EndpointForm.js';
import { SettingsCard } from './SettingsCard.js';

// The store's webhook endpoints: what each receives and whether it is on, a test message,
// switching it on and off, and the delivery log of the one opened. The signing secret of a
// new endpoint is shown once.

export function Webhooks() {
  const { api, canAct } = useConsole();
  const endpoints = useLoadedList<WebhookEndpoint>(useCallback(() => api.GET('/v1/webhook-endpoints'), [api]));
  const [open, setOpen] = useState<string | undefined>();
  const deliveries = useLoadedList<WebhookDelivery>(useCallback(() => (open === undefined ? undefined
    : api.GET('/v1/webhook-endpoints/{id}/deliveries', { params: { path: { id: open }, query: { limit: 50 } } })), [api, open]));
  const [secret, setSecret] = useState<string | undefined>();
  const [editing, setEditing] = useState<string | undefined>();
  const remove = (endpoint: WebhookEndpoint) => {
    if (!window.confirm(`Delete the endpoint ${endpoint.url}? What is still waiting to be sent to it is dropped.`)) return;
    if (open === endpoint.id) setOpen(undefined);
    void endpoints.run(() => api.DELETE('/v1/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } } }), { what: 'Delete endpoint' });
  };

  /** A write on an endpoint or a delivery: the endpoints and the open log are loaded again. */
  const done = async (what: string, call: () => Promise<Answer>) => {
    if (await endpoints.run(call, { what })) await deliveries.reload();
  };
  const opened = endpoints.items.find((endpoint) => endpoint.id === open);
  return (
    <SettingsCard name="webhooks" title="Webhooks" notices={[endpoints.notice, deliveries.notice]}>
      {secret ? <div className="notice ok" role="status">Signing secret, shown only now: <code data-testid="webhook-secret">{secret}</code></div> : null}
      <ListTable name="Webhook endpoints" columns={['URL', 'Events', 'Format', 'State', <span className="sr-only">Actions</span>]}>
        {endpoints.items.map((endpoint) => (
          <tr key={endpoint.id}>
            <td>{endpoint.url}{endpoint.description ? <><br /><span className="muted">{endpoint.description}</span></> : null}</td>
            <td>{endpoint.event_types.join(', ')}</td>
            <td>{endpoint.format}</td>
            <td>{endpoint.enabled ? 'on' : `off${endpoint.disabled_reason ? ` (${endpoint.disabled_reason})` : ''}`}{endpoint.failure_count > 0 ? ` · ${endpoint.failure_count} failures` : ''}</td>
            <td className="nowrap">
              <button type="button" className="secondary" aria-expanded={open === endpoint.id} onClick={() => setOpen(open === endpoint.id ? undefined : endpoint.id)}>Delivery log</button>{' '}
              {canAct ? <>
                <button type="button" className="secondary" onClick={() => void done('Test message', () => api.POST('/v1/webhook-endpoints/{id}/test', { params: { path: { id: endpoint.id } } }))}>Send test</button>{' '}
                <button type="button" className="secondary" onClick={() => void done(endpoint.enabled ? 'Switch off' : 'Switch on', () => api.PATCH('/v1/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } }, body: { enabled: !endpoint.enabled } }))}>{endpoint.enabled ? 'Switch off' : 'Switch on'}</button>{' '}
                <button type="button" className="secondary" aria-label={`Edit ${endpoint.url}`} onClick={() => setEditing(endpoint.id)}>Edit</button>{' '}
                <button type="button" className="secondary" aria-label={`Delete ${endpoint.url}`} onClick={() => remove(endpoint)}>Delete</button>
              </> : null}
            </td>
          </tr>
        ))}
        {endpoints.items.length === 0 ? <tr><td colSpan={5}>No webhook endpoints yet.</td></tr> : null}
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
