import { pageTitle, usePage } from '../shared/page.js';
import { navigate, useLocation } from '../shared/router.js';
import { useT } from './i18n/index.js';
import { useConsole } from './session.js';
import { ApiKeys } from './settings/ApiKeys.js';
import { PolicySettings } from './settings/PolicySettings.js';
import { Reasons } from './settings/Reasons.js';
import { Templates } from './settings/Templates.js';
import { Users } from './settings/Users.js';
import { Webhooks } from './settings/Webhooks.js';

// Settings: the store's policy (in sentences and as JSON, tried on recent claims, saved with
// If-Match), its reasons with their translations, reply templates, API keys (the secret shown once,
// then only its prefix), webhook endpoints with their delivery log, and the console's users.

const TABS = [['policy', 'settings.policy'], ['reasons', 'settings.reasons'], ['templates', 'settings.templates'], ['keys', 'settings.apiKeys'], ['webhooks', 'settings.webhooks'], ['users', 'settings.users']] as const;

export function Settings() {
  const { path } = useLocation();
  const { session } = useConsole();
  const { t } = useT();
  const tab = TABS.find(([name]) => path.endsWith(`/${name}`))?.[0] ?? 'policy';
  const tabKey = TABS.find(([name]) => name === tab)?.[1];
  usePage(pageTitle(tabKey === undefined ? undefined : t(tabKey), t('app.settings'), session.store.name));
  return (
    <>
      <h1>{t('app.settings')}</h1>
      <div className="tabs" role="group" aria-label={t('settings.sections')}>
        {TABS.map(([name, key]) => (
          <button key={name} type="button" aria-pressed={tab === name} onClick={() => navigate(`/console/settings/${name}`)}>{t(key)}</button>
        ))}
      </div>
      {tab === 'policy' ? <PolicySettings /> : tab === 'reasons' ? <Reasons /> : tab === 'templates' ? <Templates /> : tab === 'keys' ? <ApiKeys /> : tab === 'webhooks' ? <Webhooks /> : <Users />}
    </>
  );
}
