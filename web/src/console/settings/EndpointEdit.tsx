import { useState } from 'react';
import { isWebhookEventType, WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../../../../src/domain/webhooks/subscriptions.js';
import type { WebhookEndpoint } from '../../api/client.js';
import { useT } from '../i18n/index.js';
import { useConsole } from '../session.js';
import type { Run } from '../useLoadedList.js';
import { SettingsForm } from './SettingsCard.js';
import { isWebhookFormat, WebhookFormatSelect, type WebhookFormat } from './WebhookFormat.js';

// Changing an endpoint: its URL, description, format, and the events it is sent — every event, or
// the ones ticked. The signing secret stays as it was.

export function EndpointEdit({ endpoint, run, onDone }: { endpoint: WebhookEndpoint; run: Run; onDone: () => void }) {
  const { api } = useConsole();
  const { t } = useT();
  const [url, setUrl] = useState(endpoint.url);
  const [description, setDescription] = useState(endpoint.description ?? '');
  const [format, setFormat] = useState<WebhookFormat>(isWebhookFormat(endpoint.format) ? endpoint.format : 'native');
  const [every, setEvery] = useState(endpoint.event_types.includes('*'));
  const [chosen, setChosen] = useState<Set<WebhookEventType>>(new Set(endpoint.event_types.filter(isWebhookEventType)));
  const save = async () => {
    const eventTypes: Array<WebhookEventType | '*'> = every ? ['*'] : [...chosen];
    const saved = await run(() => api.PATCH('/v1/webhook-endpoints/{id}', {
      params: { path: { id: endpoint.id } }, body: { url, description: description === '' ? null : description, format, event_types: eventTypes },
    }), { what: t('settings.endpoint') });
    if (saved) onDone();
  };
  const toggle = (type: WebhookEventType) => setChosen((current) => {
    const next = new Set(current);
    if (next.has(type)) next.delete(type); else next.add(type);
    return next;
  });
  return (
    <SettingsForm title={t('settings.change', { name: endpoint.url })} onSubmit={save}>
      <div className="row">
        <div style={{ flex: '1 1 20rem' }}><label htmlFor="edit-webhook-url">{t('settings.endpointUrl')}</label><input id="edit-webhook-url" type="url" required value={url} onChange={(event) => setUrl(event.target.value)} style={{ width: '100%' }} /></div>
        <div><label htmlFor="edit-webhook-description">{t('settings.endpointDescription')}</label><input id="edit-webhook-description" value={description} onChange={(event) => setDescription(event.target.value)} /></div>
        <WebhookFormatSelect id="edit-webhook-format" value={format} onChange={setFormat} />
      </div>
      <fieldset>
        <legend>{t('settings.eventsSent')}</legend>
        <label className="inline"><input type="checkbox" checked={every} onChange={(event) => setEvery(event.target.checked)} /> {t('settings.everyEvent')}</label>
        {every ? null : (
          <div className="event-types">
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <label key={type} className="inline"><input type="checkbox" checked={chosen.has(type)} onChange={() => toggle(type)} /> {type}</label>
            ))}
          </div>
        )}
      </fieldset>
      <p className="row"><button type="submit" disabled={!every && chosen.size === 0}>{t('settings.saveEndpoint')}</button> <button type="button" className="secondary" onClick={onDone}>{t('common.cancel')}</button></p>
    </SettingsForm>
  );
}
