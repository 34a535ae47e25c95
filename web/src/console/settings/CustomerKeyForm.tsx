import { useState } from 'react';
import { useT } from '../i18n/index.js';
import { useConsole } from '../session.js';
import type { Run } from '../useLoadedList.js';
import { Sentence, SettingsForm } from './SettingsCard.js';

// A key for one of the store's customers; merchant keys come from the platform admin.

export function CustomerKeyForm({ run, onCreated }: { run: Run; onCreated: (secret: string) => void }) {
  const { api, session } = useConsole();
  const { t } = useT();
  const [name, setName] = useState('');
  const [customerId, setCustomerId] = useState('');
  const create = () => run(async () => {
    const answer = await api.POST('/v1/api-keys', {
      body: { store_id: session.store.id, role: 'customer', customer_id: Number(customerId), ...(name === '' ? {} : { name }) },
    });
    if (answer.data !== undefined) onCreated(answer.data.key);
    return answer;
  });
  return (
    <SettingsForm title={t('settings.createCustomerKey')} onSubmit={create}>
      <p className="muted"><Sentence text={t('settings.merchantKeys')} placeholder="command"><code>recourse keys create</code></Sentence></p>
      <div className="row">
        <div><label htmlFor="key-name">{t('settings.name')}</label><input id="key-name" value={name} onChange={(event) => setName(event.target.value)} /></div>
        <div><label htmlFor="key-customer">{t('settings.customerId')}</label><input id="key-customer" inputMode="numeric" required pattern="[0-9]+" value={customerId} onChange={(event) => setCustomerId(event.target.value)} /></div>
        <button type="submit">{t('settings.createKey')}</button>
      </div>
    </SettingsForm>
  );
}
