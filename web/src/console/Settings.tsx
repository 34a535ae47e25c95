import { useCallback, useEffect, useState } from 'react';
import { problemOf, type ApiKey, type Reason, type User, type WebhookDelivery, type WebhookEndpoint } from '../api/client.js';
import { EmailInput } from '../shared/EmailInput.js';
import { navigate, useLocation } from '../shared/router.js';
import { label, useConsole } from './session.js';

// Settings: the store's reasons with their translations, API keys (the secret shown once,
// then only its prefix), webhook endpoints with their delivery log, and the console's users.

const TABS = [['reasons', 'Reasons'], ['keys', 'API keys'], ['webhooks', 'Webhooks'], ['users', 'Users']] as const;

export function Settings() {
  const { path } = useLocation();
  const tab = TABS.find(([name]) => path.endsWith(`/${name}`))?.[0] ?? 'reasons';
  return (
    <>
      <h1>Settings</h1>
      <div className="tabs" role="group" aria-label="Settings sections">
        {TABS.map(([name, text]) => (
          <button key={name} type="button" aria-pressed={tab === name} onClick={() => navigate(`/console/settings/${name}`)}>{text}</button>
        ))}
      </div>
      {tab === 'reasons' ? <Reasons /> : tab === 'keys' ? <Keys /> : tab === 'webhooks' ? <Webhooks /> : <Users />}
    </>
  );
}

function useNotice() {
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  const view = notice ? <p className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>{notice.text}</p> : null;
  return { setNotice, view };
}

function Reasons() {
  const { api, canAct } = useConsole();
  const [reasons, setReasons] = useState<Reason[]>([]);
  const [kind, setKind] = useState<'cancellation' | 'return' | 'incident'>('return');
  const [subject, setSubject] = useState('');
  const [turkish, setTurkish] = useState('');
  const [needsDescription, setNeedsDescription] = useState(false);
  const [needsEvidence, setNeedsEvidence] = useState(false);
  const { setNotice, view } = useNotice();
  const load = useCallback(async () => setReasons((await api.GET('/v1/reasons')).data?.data ?? []), [api]);
  useEffect(() => { void load(); }, [load]);

  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    const { error, response } = await api.POST('/v1/reasons', {
      body: { kind, subject, translations: { 'en-us': subject, ...(turkish === '' ? {} : { 'tr-tr': turkish }) }, requires_description: needsDescription, requires_evidence: needsEvidence },
    });
    if (!response.ok) return setNotice({ kind: 'error', text: problemOf(error, response).detail });
    setSubject('');
    setTurkish('');
    setNotice({ kind: 'ok', text: 'Reason added.' });
    await load();
  };
  const toggle = async (reason: Reason) => {
    const { error, response } = await api.PATCH('/v1/reasons/{id}', { params: { path: { id: reason.id } }, body: { active: !reason.active } });
    if (!response.ok) return setNotice({ kind: 'error', text: problemOf(error, response).detail });
    await load();
  };
  return (
    <section className="card" aria-labelledby="reasons-title">
      <h2 id="reasons-title">Reasons</h2>
      {view}
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Reasons table">
        <table>
          <thead><tr><th scope="col">Kind</th><th scope="col">Subject</th><th scope="col">Translations</th><th scope="col">Needs</th><th scope="col">Active</th></tr></thead>
          <tbody>
            {reasons.map((reason) => (
              <tr key={reason.id}>
                <td>{reason.kind}</td><td>{reason.subject}</td>
                <td>{Object.entries(reason.translations).map(([language, text]) => `${language}: ${text}`).join(' · ')}</td>
                <td>{[reason.requires_description ? 'description' : '', reason.requires_evidence ? 'photos' : ''].filter(Boolean).join(', ') || '—'}</td>
                <td>{canAct ? <button type="button" className="secondary" onClick={() => void toggle(reason)}>{reason.active ? 'Deactivate' : 'Activate'}</button> : reason.active ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canAct ? (
        <form onSubmit={(event) => void create(event)}>
          <h3>Add a reason</h3>
          <div className="row">
            <div><label htmlFor="reason-kind">Kind</label>
              <select id="reason-kind" value={kind} onChange={(event) => setKind(event.target.value === 'cancellation' ? 'cancellation' : event.target.value === 'incident' ? 'incident' : 'return')}>
                <option value="return">return</option><option value="cancellation">cancellation</option><option value="incident">incident</option>
              </select></div>
            <div><label htmlFor="reason-subject">Subject (English)</label><input id="reason-subject" required value={subject} onChange={(event) => setSubject(event.target.value)} /></div>
            <div><label htmlFor="reason-tr">Turkish</label><input id="reason-tr" value={turkish} onChange={(event) => setTurkish(event.target.value)} /></div>
          </div>
          <p className="row">
            <label className="inline"><input type="checkbox" checked={needsDescription} onChange={(event) => setNeedsDescription(event.target.checked)} /> needs a description</label>
            <label className="inline"><input type="checkbox" checked={needsEvidence} onChange={(event) => setNeedsEvidence(event.target.checked)} /> needs photos</label>
          </p>
          <p><button type="submit">Add reason</button></p>
        </form>
      ) : null}
    </section>
  );
}

function Keys() {
  const { api, session, canAct } = useConsole();
  const [keys, setKeys] = useState<ApiKey[]>([]);
  const [name, setName] = useState('');
  const [customerId, setCustomerId] = useState('');
  const [created, setCreated] = useState<string | undefined>();
  const { setNotice, view } = useNotice();
  const load = useCallback(async () => {
    const { data, error, response } = await api.GET('/v1/api-keys');
    if (data === undefined) return setNotice({ kind: 'error', text: problemOf(error, response).detail });
    setKeys(data.data);
  }, [api, setNotice]);
  useEffect(() => { void load(); }, [load]);
  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    const { data, error, response } = await api.POST('/v1/api-keys', {
      body: { store_id: session.store.id, role: 'customer', customer_id: Number(customerId), ...(name === '' ? {} : { name }) },
    });
    if (data === undefined) return setNotice({ kind: 'error', text: problemOf(error, response).detail });
    setCreated(data.key);
    setNotice(undefined);
    await load();
  };
  const revoke = async (key: ApiKey) => {
    if (!window.confirm(`Revoke ${key.name ?? key.key_prefix}? Integrations using it stop working at once.`)) return;
    const { error, response } = await api.DELETE('/v1/api-keys/{id}', { params: { path: { id: key.id } } });
    if (!response.ok) return setNotice({ kind: 'error', text: problemOf(error, response).detail });
    await load();
  };
  return (
    <section className="card" aria-labelledby="keys-title">
      <h2 id="keys-title">API keys</h2>
      {view}
      {created ? <div className="notice ok" role="status">Copy this key now; it is not shown again: <code data-testid="new-key">{created}</code></div> : null}
      <div className="table-wrap" tabIndex={0} role="region" aria-label="API keys table">
        <table>
          <thead><tr><th scope="col">Name</th><th scope="col">Key</th><th scope="col">Role</th><th scope="col">Scopes</th><th scope="col">Created</th><th scope="col">State</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.id}>
                <td>{key.name ?? '—'}</td><td><code>{key.key_prefix}…••••</code></td><td>{key.role}{key.customer_id ? ` #${key.customer_id}` : ''}</td>
                <td>{key.scopes.length === 0 ? 'all' : key.scopes.map(label).join(', ')}</td>
                <td>{new Date(key.created_at).toLocaleDateString()}</td><td>{key.revoked_at ? 'revoked' : 'active'}</td>
                <td>{canAct && key.revoked_at === null ? <button type="button" className="secondary" onClick={() => void revoke(key)}>Revoke</button> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canAct ? (
        <form onSubmit={(event) => void create(event)}>
          <h3>Create a customer key</h3>
          <p className="muted">Merchant keys are created by the platform admin (<code>recourse keys create</code>); a store may create keys for its customers.</p>
          <div className="row">
            <div><label htmlFor="key-name">Name</label><input id="key-name" value={name} onChange={(event) => setName(event.target.value)} /></div>
            <div><label htmlFor="key-customer">Customer id</label><input id="key-customer" inputMode="numeric" required pattern="[0-9]+" value={customerId} onChange={(event) => setCustomerId(event.target.value)} /></div>
            <button type="submit">Create key</button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function Users() {
  const { api, isOwner } = useConsole();
  const [users, setUsers] = useState<User[]>([]);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<'owner' | 'agent' | 'viewer'>('agent');
  const [password, setPassword] = useState('');
  const { setNotice, view } = useNotice();
  const load = useCallback(async () => setUsers((await api.GET('/v1/users')).data?.data ?? []), [api]);
  useEffect(() => { void load(); }, [load]);
  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    const { error, response } = await api.POST('/v1/users', { body: { email, name, role, password } });
    if (!response.ok) return setNotice({ kind: 'error', text: problemOf(error, response).detail });
    setEmail(''); setName(''); setPassword('');
    setNotice({ kind: 'ok', text: `${email} can now sign in.` });
    await load();
  };
  const change = async (user: User, body: { role?: 'owner' | 'agent' | 'viewer'; disabled?: boolean }) => {
    const { error, response } = await api.PATCH('/v1/users/{id}', { params: { path: { id: user.id } }, body });
    if (!response.ok) return setNotice({ kind: 'error', text: problemOf(error, response).detail });
    await load();
  };
  const roleOf = (value: string) => (value === 'owner' ? 'owner' : value === 'viewer' ? 'viewer' : 'agent');
  return (
    <section className="card" aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      {view}
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Users table">
        <table>
          <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">State</th></tr></thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>{user.name}</td><td>{user.email}</td>
                <td>{isOwner ? (
                  <select aria-label={`Role of ${user.email}`} value={user.role} onChange={(event) => void change(user, { role: roleOf(event.target.value) })}>
                    <option value="owner">owner</option><option value="agent">agent</option><option value="viewer">viewer</option>
                  </select>
                ) : user.role}</td>
                <td>{isOwner ? <button type="button" className="secondary" onClick={() => void change(user, { disabled: user.disabled_at === null })}>{user.disabled_at === null ? 'Disable' : 'Enable'}</button> : user.disabled_at === null ? 'active' : 'disabled'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isOwner ? (
        <form onSubmit={(event) => void create(event)}>
          <h3>Add a user</h3>
          <div className="row">
            <div><label htmlFor="user-email">Email</label><EmailInput id="user-email" required autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} /></div>
            <div><label htmlFor="user-name">Name</label><input id="user-name" required value={name} onChange={(event) => setName(event.target.value)} /></div>
            <div><label htmlFor="user-role">Role</label>
              <select id="user-role" value={role} onChange={(event) => setRole(roleOf(event.target.value))}>
                <option value="agent">agent</option><option value="viewer">viewer</option><option value="owner">owner</option>
              </select></div>
            <div><label htmlFor="user-password">Password (10+ characters)</label><input id="user-password" type="password" autoComplete="new-password" required minLength={10} value={password} onChange={(event) => setPassword(event.target.value)} /></div>
            <button type="submit">Add user</button>
          </div>
        </form>
      ) : <p className="muted">Only the store owner manages users.</p>}
    </section>
  );
}

function Webhooks() {
  const { api, canAct } = useConsole();
  const [endpoints, setEndpoints] = useState<WebhookEndpoint[]>([]);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [secret, setSecret] = useState<string | undefined>();
  const [open, setOpen] = useState<string | undefined>();
  const [deliveries, setDeliveries] = useState<WebhookDelivery[]>([]);
  const { setNotice, view } = useNotice();
  const load = useCallback(async () => {
    const { data, error, response } = await api.GET('/v1/webhook-endpoints');
    if (data === undefined) return setNotice({ kind: 'error', text: problemOf(error, response).detail });
    setEndpoints(data.data);
  }, [api, setNotice]);
  const loadDeliveries = useCallback(async (endpointId: string) => {
    const { data, error, response } = await api.GET('/v1/webhook-endpoints/{id}/deliveries', { params: { path: { id: endpointId }, query: { limit: 50 } } });
    if (data === undefined) return setNotice({ kind: 'error', text: problemOf(error, response).detail });
    setDeliveries(data.data);
  }, [api, setNotice]);
  useEffect(() => { void load(); }, [load]);
  useEffect(() => { if (open !== undefined) void loadDeliveries(open); }, [open, loadDeliveries]);

  const done = async (what: string, call: () => Promise<{ response: Response; error?: unknown }>) => {
    const { response, error } = await call();
    if (!response.ok) return setNotice({ kind: 'error', text: `${what}: ${problemOf(error, response).detail}` });
    setNotice({ kind: 'ok', text: `${what}: done.` });
    await load();
    if (open !== undefined) await loadDeliveries(open);
  };
  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    const { data, error, response } = await api.POST('/v1/webhook-endpoints', { body: { url, ...(description === '' ? {} : { description }) } });
    if (data === undefined) return setNotice({ kind: 'error', text: problemOf(error, response).detail });
    setSecret(data.secret);
    setUrl('');
    setDescription('');
    setNotice(undefined);
    await load();
  };
  const opened = endpoints.find((endpoint) => endpoint.id === open);
  return (
    <section className="card" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">Webhooks</h2>
      {view}
      {secret ? <div className="notice ok" role="status">Signing secret, shown only now: <code data-testid="webhook-secret">{secret}</code></div> : null}
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Webhook endpoints table">
        <table>
          <thead><tr><th scope="col">URL</th><th scope="col">Events</th><th scope="col">Format</th><th scope="col">State</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
          <tbody>
            {endpoints.map((endpoint) => (
              <tr key={endpoint.id}>
                <td>{endpoint.url}{endpoint.description ? <><br /><span className="muted">{endpoint.description}</span></> : null}</td>
                <td>{endpoint.event_types.join(', ')}</td>
                <td>{endpoint.format}</td>
                <td>{endpoint.enabled ? 'on' : `off${endpoint.disabled_reason ? ` (${endpoint.disabled_reason})` : ''}`}{endpoint.failure_count > 0 ? ` · ${endpoint.failure_count} failures` : ''}</td>
                <td className="nowrap">
                  <button type="button" className="secondary" aria-expanded={open === endpoint.id} onClick={() => setOpen(open === endpoint.id ? undefined : endpoint.id)}>Delivery log</button>{' '}
                  {canAct ? <>
                    <button type="button" className="secondary" onClick={() => void done('Test message', () => api.POST('/v1/webhook-endpoints/{id}/test', { params: { path: { id: endpoint.id } } }))}>Send test</button>{' '}
                    <button type="button" className="secondary" onClick={() => void done(endpoint.enabled ? 'Switch off' : 'Switch on', () => api.PATCH('/v1/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } }, body: { enabled: !endpoint.enabled } }))}>{endpoint.enabled ? 'Switch off' : 'Switch on'}</button>
                  </> : null}
                </td>
              </tr>
            ))}
            {endpoints.length === 0 ? <tr><td colSpan={5}>No webhook endpoints yet.</td></tr> : null}
          </tbody>
        </table>
      </div>
      {opened !== undefined ? (
        <>
          <h3>Delivery log of {opened.url}</h3>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Delivery log table">
            <table data-testid="deliveries">
              <thead><tr><th scope="col">Event</th><th scope="col">Status</th><th scope="col">Attempts</th><th scope="col">Last answer</th><th scope="col">Created</th><th scope="col"><span className="sr-only">Retry</span></th></tr></thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {canAct ? (
        <form onSubmit={(event) => void create(event)}>
          <h3>Add an endpoint</h3>
          <div className="row">
            <div style={{ flex: '1 1 20rem' }}><label htmlFor="webhook-url">URL</label><input id="webhook-url" type="url" required value={url} onChange={(event) => setUrl(event.target.value)} style={{ width: '100%' }} /></div>
            <div><label htmlFor="webhook-description">Description</label><input id="webhook-description" value={description} onChange={(event) => setDescription(event.target.value)} /></div>
            <button type="submit">Add endpoint</button>
          </div>
          <p className="muted">Every event, in the native format (Standard Webhooks signatures). Private and loopback addresses are refused.</p>
        </form>
      ) : null}
    </section>
  );
}
