import { useCallback, useEffect, useMemo, useState } from 'react';
import { problemOf, type Api, type ConsoleSession } from '../api/client.js';
import { EmailInput } from '../shared/EmailInput.js';
import { chooseLanguage, LANGUAGE_NAMES, offeredLanguages, type Language } from '../shared/languages.js';
import { pageTitle, usePage } from '../shared/page.js';
import { matchPath, navigate, useLocation } from '../shared/router.js';
import { ClaimPage } from './ClaimPage.js';
import { consoleI18n, ConsoleI18nContext, useT } from './i18n/index.js';
import { Overview } from './Overview.js';
import { Queue } from './Queue.js';
import { Console } from './session.js';
import { Settings } from './Settings.js';

const STORE_KEY = 'recourse.console.store';
const LANGUAGE_KEY = 'recourse.console.language';

/** The console's language: among the store's declared ones once signed in, any we speak before. */
function useLanguage(storeLanguages: readonly string[] | undefined) {
  const offered = useMemo(() => offeredLanguages(storeLanguages), [storeLanguages]);
  const [saved, setSaved] = useState(() => window.localStorage.getItem(LANGUAGE_KEY));
  const language = chooseLanguage(offered, saved, navigator.languages ?? [navigator.language]);
  const choose = useCallback((next: Language) => { window.localStorage.setItem(LANGUAGE_KEY, next); setSaved(next); }, []);
  useEffect(() => { document.documentElement.lang = language; }, [language]);
  return { offered, language, choose };
}

function LanguageSelect({ offered, language, choose }: ReturnType<typeof useLanguage>) {
  const { t } = useT();
  if (offered.length < 2) return null;
  return (
    <>
      <label className="inline" htmlFor="console-language">{t('app.language')}</label>
      <select id="console-language" value={language} onChange={(event) => { const next = offered.find((code) => code === event.target.value); if (next) choose(next); }}>
        {offered.map((code) => <option key={code} value={code}>{LANGUAGE_NAMES[code]}</option>)}
      </select>
    </>
  );
}

export function ConsoleApp({ api }: { api: Api }) {
  const [session, setSession] = useState<ConsoleSession | null | undefined>(undefined);
  const languages = useLanguage(session?.store.languages);
  const i18n = useMemo(() => consoleI18n(languages.language), [languages.language]);

  useEffect(() => {
    void api.GET('/v1/sessions/current').then(({ data }) => {
      if (data !== undefined && data.kind === 'console') {
        api.setCsrfToken(data.csrf_token);
        setSession(data);
      } else {
        setSession(null);
      }
    });
  }, [api]);

  return (
    <ConsoleI18nContext.Provider value={i18n}>
      {session === undefined ? <main><p aria-live="polite">{i18n.t('app.loading')}</p></main>
        : session === null ? <SignIn api={api} languages={languages} onSignedIn={(signedIn) => { api.setCsrfToken(signedIn.csrf_token); setSession(signedIn); }} />
        : <SignedIn api={api} session={session} languages={languages} onSignedOut={() => setSession(null)} />}
    </ConsoleI18nContext.Provider>
  );
}

function SignedIn({ api, session, languages, onSignedOut }: { api: Api; session: ConsoleSession; languages: ReturnType<typeof useLanguage>; onSignedOut: () => void }) {
  const { path } = useLocation();
  const { t, tn } = useT();
  const signOut = async () => {
    await api.DELETE('/v1/sessions/current');
    api.setCsrfToken(undefined);
    onSignedOut();
    navigate('/console');
  };
  const claim = matchPath('/console/claims/:id', path);
  const section = path.startsWith('/console/overview') ? 'overview' : path.startsWith('/console/settings') ? 'settings' : 'queue';
  const link = (href: string, text: string, current: boolean) => (
    <a href={href} aria-current={current ? 'page' : undefined} onClick={(event) => { event.preventDefault(); navigate(href); }}>{text}</a>
  );
  return (
    <Console.Provider value={{ api, session, canAct: session.user.role !== 'viewer', isOwner: session.user.role === 'owner' }}>
      <a className="skip" href="#content">{t('app.skip')}</a>
      <header className="bar">
        <strong>{session.store.name}</strong>
        <nav aria-label={t('app.main')}>
          {link('/console', t('app.queue'), section === 'queue')}
          {link('/console/overview', t('app.overview'), section === 'overview')}
          {link('/console/settings', t('app.settings'), section === 'settings')}
        </nav>
        <div className="who">
          <LanguageSelect {...languages} />
          <span>{session.user.name} · {tn('app.role_', session.user.role)}</span>
          <button type="button" className="secondary" onClick={() => void signOut()}>{t('app.signOut')}</button>
        </div>
      </header>
      <main id="content" tabIndex={-1}>
        {session.user.role === 'viewer' ? <p className="notice warn" role="status">{t('app.readOnly')}</p> : null}
        {claim !== undefined ? <ClaimPage id={claim.id ?? ''} key={claim.id} />
          : section === 'overview' ? <Overview />
          : section === 'settings' ? <Settings />
          : <Queue />}
      </main>
    </Console.Provider>
  );
}

function SignIn({ api, languages, onSignedIn }: { api: Api; languages: ReturnType<typeof useLanguage>; onSignedIn: (session: ConsoleSession) => void }) {
  const { t } = useT();
  const [store, setStore] = useState(() => window.localStorage.getItem(STORE_KEY) ?? '');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  usePage(pageTitle(t('app.signIn'), t('app.consoleTitle')));
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
    setError(problem.status === 401 ? t('app.badCredentials') : problem.detail);
  };
  return (
    <main className="narrow" id="content">
      <p className="who"><LanguageSelect {...languages} /></p>
      <section className="card" aria-labelledby="sign-in">
        <h1 id="sign-in">{t('app.signInHeading')}</h1>
        <form onSubmit={(event) => void submit(event)}>
          <label htmlFor="store">{t('app.storeCode')}</label>
          <input id="store" name="store" required autoComplete="organization" value={store} onChange={(event) => setStore(event.target.value)} />
          <label htmlFor="email">{t('app.email')}</label>
          <EmailInput id="email" name="email" required autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} />
          <label htmlFor="password">{t('app.password')}</label>
          <input id="password" name="password" type="password" required autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
          {error ? <p className="notice error" role="alert">{error}</p> : null}
          <p><button type="submit" disabled={busy}>{t('app.signIn')}</button></p>
        </form>
      </section>
    </main>
  );
}
