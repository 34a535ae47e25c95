import { useState } from 'react';
import { useT } from '../i18n/index.js';
import { useConsole } from '../session.js';
import type { Run } from '../useLoadedList.js';
import { SettingsForm } from './SettingsCard.js';
import { WebhookFormatSelect, type WebhookFormat } from './WebhookFormat.js';

// A new webhook endpoint: its URL, a description and its format; it receives every event the
// format carries, and its signing secret comes back once.

export function EndpointForm({ run, onCreated }: { run: Run; onCreated: (secret: string) => void }) {
  const { api } = useConsole();
  const { t } = useT();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [format, setFormat] = useState<WebhookFormat>('native');
  const create = async () => {
    const added = await run(async () => {
      const answer = await api.POST('/v1/webhook-endpoints', { body: { url, format, ...(description === '' ? {} : { description }) } });
      if (answer.data !== undefined) onCreated(answer.data.secret);
      return answer;
    });
    if (added) [setUrl, setDescription].forEach((clear) => clear(''));
  };
  return (
    <SettingsForm title={t('settings.addAnEndpoint')} onSubmit={create}>
      <div className="row">
        <div style={{ flex: '1 1 20rem' }}><label htmlFor="webhook-url">{t('settings.url')}</label><input id="webhook-url" type="url" required value={url} onChange={(event) => setUrl(event.target.value)} style={{ width: '100%' }} /></div>
        <div><label htmlFor="webhook-description">{t('settings.description')}</label><input id="webhook-description" value={description} onChange={(event) => setDescription(event.target.value)} /></div>
        <WebhookFormatSelect id="webhook-format" value={format} onChange={setFormat} />
        <button type="submit">{t('settings.addEndpoint')}</button>
      </div>
      <p className="muted">{t('settings.endpointHelp')}</p>
    </SettingsForm>
  );
}
