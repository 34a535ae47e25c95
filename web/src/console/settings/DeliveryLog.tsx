import type { WebhookDelivery, WebhookEndpoint } from '../../api/client.js';
import { ListTable } from '../ListTable.js';
import type { Answer } from '../notice.js';
import { useConsole } from '../session.js';

// One endpoint's recent deliveries: the event, how it went and how often it was tried, with
// a retry for each that failed or was given up.

export function DeliveryLog({ endpoint, deliveries, done }: { endpoint: WebhookEndpoint; deliveries: WebhookDelivery[]; done: (what: string, call: () => Promise<Answer>) => Promise<void> }) {
  const { api, canAct } = useConsole();
  return (
    <>
      <h3>Delivery log of {endpoint.url}</h3>
      <ListTable name="Delivery log" testId="deliveries" columns={['Event', 'Status', 'Attempts', 'Last answer', 'Created', <span className="sr-only">Retry</span>]}>
        {deliveries.map((delivery) => (
          <tr key={delivery.id}>
            <td>{delivery.event_type}</td>
            <td><span className={`badge ${delivery.status}`}>{delivery.status}</span></td>
            <td>{delivery.attempt_count} / {delivery.attempts_max}</td>
            <td>{delivery.last_status_code ?? delivery.last_error ?? '—'}</td>
            <td>{new Date(delivery.created_at).toLocaleString()}</td>
            <td>{canAct && delivery.status !== 'pending' && delivery.status !== 'delivered' ? (
              <button type="button" onClick={() => void done('Retry', () => api.POST('/v1/webhook-deliveries/{id}/retry', { params: { path: { id: delivery.id } } }))}>Retry</button>
            ) : null}</td>
          </tr>
        ))}
        {deliveries.length === 0 ? <tr><td colSpan={6}>Nothing delivered yet.</td></tr> : null}
      </ListTable>
    </>
  );
}
