import { useCallback, useState } from 'react';
import type { ApiKey } from '../../api/client.js';
import { ListTable } from '../ListTable.js';
import { label, useConsole } from '../session.js';
import { useLoadedList } from '../useLoadedList.js';
import { CustomerKeyForm } from './CustomerKeyForm.js';
import { SettingsCard } from './SettingsCard.js';

// The store's API keys that people created for integrations: only each secret's prefix (a new
// secret is shown once, when it is created), its role and scopes, and a revoke that asks
// first. The keys the portal makes per customer, the console users' backing keys and login
// tokens are not listed: they come and go with their customer, user or sign-in.

export function ApiKeys() {
  const { api, canAct } = useConsole();
  const keys = useLoadedList<ApiKey>(useCallback(() => api.GET('/v1/api-keys'), [api]));
  const [created, setCreated] = useState<string | undefined>();
  const revoke = (key: ApiKey) => {
    if (!window.confirm(`Revoke ${key.name ?? key.key_prefix}? Integrations using it stop working at once.`)) return;
    void keys.run(() => api.DELETE('/v1/api-keys/{id}', { params: { path: { id: key.id } } }));
  };
  const integrations = keys.items.filter((key) => key.purpose === 'integration');
  const hidden = keys.items.length - integrations.length;
  return (
    <SettingsCard name="keys" title="API keys" notices={[keys.notice]}>
      {created ? <div className="notice ok" role="status">Copy this key now; it is not shown again: <code data-testid="new-key">{created}</code></div> : null}
      <ListTable name="API keys" columns={['Name', 'Key', 'Role', 'Scopes', 'Created', 'State', <span className="sr-only">Actions</span>]}>
        {integrations.map((key) => (
          <tr key={key.id}>
            <td>{key.name ?? '—'}</td><td><code>{key.key_prefix}…••••</code></td><td>{key.role}{key.customer_id ? ` #${key.customer_id}` : ''}</td>
            <td>{key.scopes.length === 0 ? 'all' : key.scopes.map(label).join(', ')}</td>
            <td>{new Date(key.created_at).toLocaleDateString()}</td><td>{key.revoked_at ? 'revoked' : 'active'}</td>
            <td>{canAct && key.revoked_at === null ? <button type="button" className="secondary" onClick={() => revoke(key)}>Revoke</button> : null}</td>
          </tr>
        ))}
      </ListTable>
      {hidden > 0 ? <p className="muted" data-testid="hidden-keys">Not listed: {hidden} key{hidden === 1 ? '' : 's'} of the customer portal and of console users, which come and go with their customer or user (disable a user under Users).</p> : null}
      {canAct ? <CustomerKeyForm run={keys.run} onCreated={setCreated} /> : null}
    </SettingsCard>
  );
}
