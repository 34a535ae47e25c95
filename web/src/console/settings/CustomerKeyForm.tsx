import { useState } from 'react';
import { useConsole } from '../session.js';
import type { Run } from '../useLoadedList.js';
import { SettingsForm } from './SettingsCard.js';

// A key for one of the store's customers; merchant keys come from the platform admin.

export function CustomerKeyForm({ run, onCreated }: { run: Run; onCreated: (secret: string) => void }) {
  const { api, session } = useConsole();
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
    <SettingsForm title="Create a customer key" onSubmit={create}>
      <p className="muted">Merchant keys are created by the platform admin (<code>recourse keys create</code>); a store may create keys for its customers.</p>
      <div className="row">
        <div><label htmlFor="key-name">Name</label><input id="key-name" value={name} onChange={(event) => setName(event.target.value)} /></div>
        <div><label htmlFor="key-customer">Customer id</label><input id="key-customer" inputMode="numeric" required pattern="[0-9]+" value={customerId} onChange={(event) => setCustomerId(event.target.value)} /></div>
        <button type="submit">Create key</button>
      </div>
    </SettingsForm>
  );
}
