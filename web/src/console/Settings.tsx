import { pageTitle, usePage } from '../shared/page.js';
import { navigate, useLocation } from '../shared/router.js';
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

const TABS = [['policy', 'Policy'], ['reasons', 'Reasons'], ['templates', 'Templates'], ['keys', 'API keys'], ['webhooks', 'Webhooks'], ['users', 'Users']] as const;

export function Settings() {
  const { path } = useLocation();
  const { session } = useConsole();
  const tab = TABS.find(([name]) => path.endsWith(`/${name}`))?.[0] ?? 'policy';
  usePage(pageTitle(TABS.find(([name]) => name === tab)?.[1], 'Settings', session.store.name));
  return (
    <>
      <h1>Settings</h1>
      <div className="tabs" role="group" aria-label="Settings sections">
        {TABS.map(([name, text]) => (
          <button key={name} type="button" aria-pressed={tab === name} onClick={() => navigate(`/console/settings/${name}`)}>{text}</button>
        ))}
      </div>
      {tab === 'policy' ? <PolicySettings /> : tab === 'reasons' ? <Reasons /> : tab === 'templates' ? <Templates /> : tab === 'keys' ? <ApiKeys /> : tab === 'webhooks' ? <Webhooks /> : <Users />}
    </>
  );
}
