import { useCallback, useState } from 'react';
import type { ApiKey } from '../../api/client.js';
import { useT } from '../i18n/index.js';
import { ListTable } from '../ListTable.js';
import { label, useConsole } from '../session.js';
import { useLoadedList } from '../useLoadedList.js';
import { CustomerKeyForm } from './CustomerKeyForm.js';
import { Sentence, SettingsCard } from './SettingsCard.js';

// The store's API keys that people created for integrations: only each secret's prefix (a new
// secret is shown once, when it is created), its role and scopes, and a revoke that asks
// first. The keys the portal makes per customer, the console users' backing keys and login
// tokens are not listed: they come and go with their customer, user or sign-in.

export function ApiKeys() {
  const { api, canAct } = useConsole();
  const { t, tn, locale } = useT();
  const keys = useLoadedList<ApiKey>(useCallback(() => api.GET('/v1/api-keys'), [api]));
  const [created, setCreated] = useState<string | undefined>();
  const revoke = (key: ApiKey) => {
    if (!window.confirm(t('settings.confirmRevoke', { name: key.name ?? key.key_prefix }))) return;
    void keys.run(() => api.DELETE('/v1/api-keys/{id}', { params: { path: { id: key.id } } }));
  };
  const integrations = keys.items.filter((key) => key.purpose === 'integration');
  const hidden = keys.items.length - integrations.length;
  return (
    <SettingsCard name="keys" title={t('settings.apiKeys')} notices={[keys.notice]}>
      {created ? <div className="notice ok" role="status"><Sentence text={t('settings.newKey')} placeholder="key"><code data-testid="new-key">{created}</code></Sentence></div> : null}
      <ListTable name={t('settings.apiKeys')} columns={[t('settings.name'), t('settings.key'), t('settings.role'), t('settings.scopes'), t('settings.created'), t('settings.state'), <span className="sr-only">{t('settings.actions')}</span>]}>
        {integrations.map((key) => (
          <tr key={key.id}>
            <td>{key.name ?? '—'}</td><td><code>{key.key_prefix}…••••</code></td><td>{tn('settings.keyRole_', key.role)}{key.customer_id ? ` #${key.customer_id}` : ''}</td>
            <td>{key.scopes.length === 0 ? t('settings.allScopes') : key.scopes.map(label).join(', ')}</td>
            <td>{new Date(key.created_at).toLocaleDateString(locale)}</td><td>{key.revoked_at ? t('settings.revoked') : t('settings.active')}</td>
            <td>{canAct && key.revoked_at === null ? <button type="button" className="secondary" onClick={() => revoke(key)}>{t('settings.revoke')}</button> : null}</td>
          </tr>
        ))}
      </ListTable>
      {hidden > 0 ? <p className="muted" data-testid="hidden-keys">{t(hidden === 1 ? 'settings.hiddenKey' : 'settings.hiddenKeys', { count: hidden })}</p> : null}
      {canAct ? <CustomerKeyForm run={keys.run} onCreated={setCreated} /> : null}
    </SettingsCard>
  );
}
