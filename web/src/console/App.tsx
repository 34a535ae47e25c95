import { useEffect, useState } from 'react';
import { problemOf, type Api, type ConsoleSession } from '../api/client.js';
import { EmailInput } from '../shared/EmailInput.js';
import { pageTitle, usePage } from '../shared/page.js';
import { matchPath, navigate, useLocation } from '../shared/router.js';
import { ClaimPage } from './ClaimPage.js';
import { Overview } from './Overview.js';
import { Queue } from './Queue.js';
import { Console } from './session.js';
import { Settings } from './Settings.js';

const STORE_KEY = 'recourse.console.store';

export function ConsoleApp({ api }: { api: Api }) {
  const { path } = useLocation();
  const [session, setSession] = useState<ConsoleSession | null | undefined>(undefined);

  useEffect(() => {
    document.documentElement.lang = 'en';
    void api.GET('/v1/sessions/current').then(({ data }) => {
      if (data !== undefined && data.kind === 'console') {
        api.setCsrfToken(data.csrf_token);
        setSession(data);
      } else {
        setSession(null);
      }
    });
  }, [api]);

  if (session === undefined) return <main><p aria-live="polite">Loading…</p></main>;
  if (session === null) {
    return <SignIn api={api} onSignedIn={(signedIn) => { api.setCsrfToken(signedIn.csrf_token); setSession(signedIn); }} />;
  }
  const signOut = async () => {
    await api.DELETE('/v1/sessions/current');
    api.setCsrfToken(undefined);
    setSession(null);
    navigate('/console');
  };
  const claim = matchPath('/console/claims/:id', path);
  const section = path.startsWith('/console/overview') ? 'overview' : path.startsWith('/console/settings') ? 'settings' : 'queue';
  const link = (href: string, text: string, current: boolean) => (
    <a href={href} aria-current={current ? 'page' : undefined} onClick={(event) => { event.preventDefault(); navigate(href); }}>{text}</a>
  );
  return (
    <Console.Provider value={{ api, session, canAct: session.user.role !== 'viewer', isOwner: session.user.role === 'owner' }}>
      <a className="skip" href="#content">Skip to content</a>
      <header className="bar">
        <strong>{session.store.name}</strong>
        <nav aria-label="Main">
          {link('/console', 'Queue', section === 'queue')}
          {link('/console/overview', 'Overview', section === 'overview')}
          {link('/console/settings', 'Settings', section === 'settings')}
        </nav>
        <div className="who">
          <span>{session.user.name} · {session.user.role}</span>
          <button type="button" className="secondary" onClick={() => void signOut()}>Sign out</button>
        </div>
      </header>
      <main id="content" tabIndex={-1}>
        {session.user.role === 'viewer' ? <p className="notice warn" role="status">You have read-only access: you can look at claims but not act on them.</p> : null}
        {claim !== undefined ? <ClaimPage id={claim.id ?? ''} key={claim.id} />
          : section === 'overview' ? <Overview />
          : section === 'settings' ? <Settings />
          : <Queue />}
      </main>
    </Console.Provider>
  );
}

function SignIn({ api, onSignedIn }: { api: Api; onSignedIn: (session: ConsoleSession) => void }) {
  const [store, setStore] = useState(() => window.localStorage.getItem(STORE_KEY) ?? '');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  usePage(pageTitle('Sign in', 'Recourse console'));
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const { data, error: failure, response } = await api.POST('/v1/sessions', { body: { store_code: store.trim(), email: email.trim(), password } });
    setBusy(false);
    if (data !== undefined) {
      window.localStorage.setItem(STORE_KEY, store.trim());
      return onSignedIn(data);
    }
    const problem = problemOf(failure, response);
    setError(problem.status === 401 ? 'The store, email or password is not right.' : problem.detail);
  };
  return (
    <main className="narrow" id="content">
      <section className="card" aria-labelledby="sign-in">
        <h1 id="sign-in">Sign in to the Recourse console</h1>
        <form onSubmit={(event) => void submit(event)}>
          <label htmlFor="store">Store code</label>
          <input id="store" name="store" required autoComplete="organization" value={store} onChange={(event) => setStore(event.target.value)} />
          <label htmlFor="email">Email</label>
          <EmailInput id="email" name="email" required autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} />
          <label htmlFor="password">Password</label>
          <input id="password" name="password" type="password" required autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
          {error ? <p className="notice error" role="alert">{error}</p> : null}
          <p><button type="submit" disabled={busy}>Sign in</button></p>
        </form>
      </section>
    </main>
  );
}
