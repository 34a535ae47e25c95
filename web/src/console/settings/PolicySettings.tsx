import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Policy } from '../../../../src/domain/policy/document.js';
import { policySentences } from '../../../../src/domain/policy/sentences.js';
import { problemOf } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import { useT, type Translate } from '../i18n/index.js';
import { POLICY_WORDS } from '../i18n/policy-words.js';
import { NoticeLine, type Notice } from '../notice.js';
import { useConsole } from '../session.js';
import { SettingsCard } from './SettingsCard.js';

// The store's policy: what it does in plain sentences, the document itself to edit as JSON,
// "try it on the last 30 days" (the simulator replays the store's recent claims and changes
// nothing), and saving as a new version with If-Match — an owner's edit made on a version
// someone else replaced meanwhile is refused, not silently overwritten. The sentences come from
// the server's own module, in the words of the console's language (i18n/policy-words.ts).

type Simulation = paths['/v1/policy/simulate']['post']['responses'][200]['content']['application/json'];
const TRY_DAYS = 30;

/** The editor's text as a policy object, or why it is not one (the parser's own words are the browser's). */
function parsed(text: string, t: Translate): { policy: Policy } | { error: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: t('settings.policyNotObject') };
    return { policy: value as Policy };
  } catch (error) {
    if (error instanceof SyntaxError) return { error: t('settings.notJson', { message: error.message }) };
    throw error;
  }
}

export function PolicySettings() {
  const { api, canAct, isOwner } = useConsole();
  const { t, tn, language } = useT();
  const [version, setVersion] = useState<number | null | undefined>();
  const [saved, setSaved] = useState<Policy>({});
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<Notice | undefined>();
  const [simulation, setSimulation] = useState<Simulation | undefined>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const { data, error, response } = await api.GET('/v1/policy');
    if (data === undefined && response.status !== 404) return setNotice({ kind: 'error', text: problemOf(error, response).detail });
    const policy: Policy = data?.policy ?? {};
    setVersion(data?.version ?? null);
    setSaved(policy);
    setText(JSON.stringify(policy, null, 2));
  }, [api]);
  useEffect(() => { void load(); }, [load]);

  const draft = useMemo(() => parsed(text, t), [text, t]);
  const sentences = useMemo(() => policySentences('policy' in draft ? draft.policy : saved, POLICY_WORDS[language]), [draft, saved, language]);
  const changed = 'policy' in draft && JSON.stringify(draft.policy) !== JSON.stringify(saved);

  const tryIt = async () => {
    if (!('policy' in draft)) return;
    setBusy(true);
    const { data, error, response } = await api.POST('/v1/policy/simulate', { body: { policy: draft.policy, since_days: TRY_DAYS } });
    setBusy(false);
    if (data === undefined) return setNotice({ kind: 'error', text: problemOf(error, response).detail });
    setNotice(undefined);
    setSimulation(data);
  };

  const save = async () => {
    if (!('policy' in draft)) return;
    const headers = version === null || version === undefined ? {} : { 'if-match': `"${version}"` };
    const { data, error, response } = await api.PUT('/v1/policy', { headers, body: draft.policy });
    if (response.status === 412) return setNotice({ kind: 'error', text: t('settings.policyStale') });
    if (data === undefined) return setNotice({ kind: 'error', text: problemOf(error, response).detail });
    setVersion(data.version);
    setSaved(data.policy);
    setText(JSON.stringify(data.policy, null, 2));
    setNotice({ kind: 'ok', text: t('settings.savedVersion', { version: data.version }) });
  };

  return (
    <SettingsCard name="policy" title={version ? t('settings.policyVersion', { version }) : version === null ? t('settings.policyNone') : t('settings.policy')} notices={[notice]}>
      <h3>{t('settings.whatItDoes')}</h3>
      {version === undefined ? <p aria-live="polite">{t('app.loading')}</p> : <ul data-testid="policy-sentences">{sentences.map((sentence) => <li key={sentence}>{sentence}</li>)}</ul>}
      <h3><label htmlFor="policy-json">{t('settings.policyDocument')}</label></h3>
      <textarea id="policy-json" spellCheck={false} rows={18} value={text} readOnly={!isOwner} aria-describedby="policy-json-help"
        onChange={(event) => setText(event.target.value)} style={{ width: '100%', fontFamily: 'monospace' }} />
      <p id="policy-json-help" className="muted">
        {'error' in draft ? <span className="overdue" role="alert">{draft.error}</span> : changed ? t('settings.draftChanged') : t('settings.asSaved')}
        {isOwner ? '' : ` ${t('settings.ownerOnlyPolicy')}`}
      </p>
      <p className="row">
        {canAct ? <button type="button" className="secondary" disabled={!('policy' in draft) || busy} onClick={() => void tryIt()}>{t('settings.tryOn', { days: TRY_DAYS })}</button> : null}
        {isOwner ? <button type="button" disabled={!changed} onClick={() => void save()}>{t('settings.saveVersion')}</button> : null}
        {changed ? <button type="button" className="link" onClick={() => void load()}>{t('settings.discard')}</button> : null}
      </p>
      {simulation?.summary === undefined ? null : (
        <div data-testid="policy-simulation">
          <p>{t(simulation.summary.claims === 1 ? 'settings.simOneClaim' : 'settings.simClaims', {
            count: simulation.summary.claims, days: TRY_DAYS, refused: simulation.summary.refused, decided: simulation.summary.decided, undecided: simulation.summary.undecided,
          })}</p>
          <ul>
            {(simulation.claims ?? []).filter((entry) => entry.verdict.outcome !== 'undecided').slice(0, 20).map((entry) => (
              <li key={entry.claim.id}>{t('settings.simEntry', {
                number: entry.claim.number, kind: tn('common.kind_', entry.claim.kind), status: tn('common.status_', entry.claim.status),
                outcome: entry.verdict.outcome === 'refused'
                  ? t('settings.simRefused', { message: entry.verdict.refusal?.message ?? entry.verdict.refusal?.code ?? '' })
                  : t('settings.simDecided', { action: tn('settings.action_', entry.verdict.decision?.action ?? ''), rule: entry.verdict.decision?.rule_id ?? '' }),
              })}</li>
            ))}
          </ul>
        </div>
      )}
    </SettingsCard>
  );
}
