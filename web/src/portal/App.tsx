import { useCallback, useEffect, useMemo, useState } from 'react';
import { problemOf, type Api, type PortalSession } from '../api/client.js';
import { EmailInput } from '../shared/EmailInput.js';
import { pageTitle, usePage } from '../shared/page.js';
import { matchPath, navigate, useLocation } from '../shared/router.js';
import { ClaimForm } from './ClaimForm.js';
import { ClaimStatus } from './ClaimStatus.js';
import { chooseLanguage, LANGUAGE_NAMES, offeredLanguages, type Language } from '../shared/languages.js';
import { I18nContext, i18nFor, useI18n } from './i18n.js';

const LANGUAGE_KEY = 'recourse.portal.language';

export function PortalApp({ api }: { api: Api }) {
  const { path } = useLocation();
  const storeCode = path.split('/')[2] ?? '';
  const [session, setSession] = useState<PortalSession | null | undefined>(undefined);
  // Before the order is found the store is not known: every language the portal speaks is
  // offered; once it is, the store's declared ones.
  const offered = useMemo(() => offeredLanguages(session?.store.languages), [session?.store.languages]);
  const [saved, setSaved] = useState(() => window.localStorage.getItem(LANGUAGE_KEY));
  const language = chooseLanguage(offered, saved, navigator.languages ?? [navigator.language]);
  const setLanguage = useCallback((next: Language) => {
    window.localStorage.setItem(LANGUAGE_KEY, next);
    setSaved(next);
  }, []);
  const i18n = useMemo(() => i18nFor(language, setLanguage), [language, setLanguage]);

  useEffect(() => { document.documentElement.lang = language; }, [language]);
  useEffect(() => {
    void api.GET('/v1/sessions/current').then(({ data }) => {
      if (data !== undefined && data.kind === 'portal' && data.store.code === storeCode) {
        api.setCsrfToken(data.csrf_token);
        setSession(data);
      } else {
        setSession(null);
      }
    });
  }, [api, storeCode]);

  const signedIn = (opened: PortalSession) => {
    api.setCsrfToken(opened.csrf_token);
    setSession(opened);
    navigate(`/portal/${encodeURIComponent(storeCode)}/order`);
  };
  const signOut = async () => {
    await api.DELETE('/v1/sessions/current');
    api.setCsrfToken(undefined);
    setSession(null);
    navigate(`/portal/${encodeURIComponent(storeCode)}`);
  };

  const claimRoute = matchPath('/portal/:store/claims/:id', path);
  return (
    <I18nContext.Provider value={i18n}>
      <a className="skip" href="#content">Skip to content</a>
      <header className="bar">
        <strong>{session?.store.name ?? i18n.t('title')}</strong>
        <div className="who">
          {offered.length < 2 ? null : (
            <>
              <label className="inline" htmlFor="language">{i18n.t('language')}</label>
              <select id="language" value={language} onChange={(event) => { const next = offered.find((code) => code === event.target.value); if (next) setLanguage(next); }}>
                {offered.map((code) => <option key={code} value={code}>{LANGUAGE_NAMES[code]}</option>)}
              </select>
            </>
          )}
          {session ? <button type="button" className="secondary" onClick={() => void signOut()}>{i18n.t('signOut')}</button> : null}
        </div>
      </header>
      <main id="content" className="narrow" tabIndex={-1}>
        {session === undefined ? <p aria-live="polite">…</p>
          : session === null ? <Lookup api={api} storeCode={storeCode} onOpened={signedIn} />
          : claimRoute !== undefined ? <ClaimStatus api={api} claimId={claimRoute.id ?? ''} storeCode={storeCode} storeName={session.store.name} />
          : <ClaimForm api={api} session={session} storeCode={storeCode} onExpired={() => { api.setCsrfToken(undefined); setSession(null); }} />}
      </main>
    </I18nContext.Provider>
  );
}

function Lookup({ api, storeCode, onOpened }: { api: Api; storeCode: string; onOpened: (session: PortalSession) => void }) {
  const { t } = useI18n();
  const [orderNumber, setOrderNumber] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  usePage(pageTitle(t('findOrder'), t('title')));
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const { data, error: failure, response } = await api.POST('/v1/portal/sessions', { body: { store_code: storeCode, order_number: orderNumber, email } });
    setBusy(false);
    if (data !== undefined) return onOpened(data);
    const problem = problemOf(failure, response);
    setError(problem.status === 404 ? t('notFound') : problem.status === 429 ? t('throttled') : t('failed'));
  };
  return (
    <section className="card" aria-labelledby="find-order">
      <h1 id="find-order">{t('findOrder')}</h1>
      <p className="muted">{t('findOrderHelp')}</p>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor="order-number">{t('orderNumber')}</label>
        <input id="order-number" name="order-number" required autoComplete="off" value={orderNumber} onChange={(event) => setOrderNumber(event.target.value)} />
        <label htmlFor="email">{t('email')}</label>
        <EmailInput id="email" name="email" required autoComplete="email" value={email} onChange={(event) => setEmail(event.target.value)} />
        {error ? <p className="notice error" role="alert">{error}</p> : null}
        <p><button type="submit" disabled={busy}>{t('continue')}</button></p>
      </form>
    </section>
  );
}
