import type { WebhookDelivery, WebhookEndpoint } from '../../api/client.js';
import { useT } from '../i18n/index.js';
import { ListTable } from '../ListTable.js';
import type { Answer } from '../notice.js';
import { useConsole } from '../session.js';

// One endpoint's recent deliveries: the event, how it went and how often it was tried, with
// a retry for each that failed or was given up.

export function DeliveryLog({ endpoint, deliveries, done }: { endpoint: WebhookEndpoint; deliveries: WebhookDelivery[]; done: (what: string, call: () => Promise<Answer>) => Promise<void> }) {
  const { api, canAct } = useConsole();
  const { t, tn, locale } = useT();
  return (
    <>
      <h3>{t('settings.deliveryLogOf', { url: endpoint.url })}</h3>
      <ListTable name={t('settings.deliveryLog')} testId="deliveries"
        columns={[t('settings.event'), t('settings.status'), t('settings.attempts'), t('settings.lastAnswer'), t('settings.created'), <span className="sr-only">{t('settings.retry')}</span>]}>
        {deliveries.map((delivery) => (
          <tr key={delivery.id}>
            <td>{delivery.event_type}</td>
            <td><span className={`badge ${delivery.status}`}>{tn('settings.delivery_', delivery.status)}</span></td>
            <td>{delivery.attempt_count} / {delivery.attempts_max}</td>
            <td>{delivery.last_status_code ?? delivery.last_error ?? '—'}</td>
            <td>{new Date(delivery.created_at).toLocaleString(locale)}</td>
            <td>{canAct && delivery.status !== 'pending' && delivery.status !== 'succeeded' ? (
              <button type="button" onClick={() => void done(t('settings.retry'), () => api.POST('/v1/webhook-deliveries/{id}/retry', { params: { path: { id: delivery.id } } }))}>{t('settings.retry')}</button>
            ) : null}</td>
          </tr>
        ))}
        {deliveries.length === 0 ? <tr><td colSpan={6}>{t('settings.nothingDelivered')}</td></tr> : null}
      </ListTable>
    </>
  );
}
