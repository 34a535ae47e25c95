import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Policy } from '../../../../src/domain/policy/document.js';
import { policySentences } from '../../../../src/domain/policy/sentences.js';
import { problemOf } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import { NoticeLine, type Notice } from '../notice.js';
import { label, useConsole } from '../session.js';
import { SettingsCard } from './SettingsCard.js';

// The store's policy: what it does in plain sentences, the document itself to edit as JSON,
// "try it on the last 30 days" (the simulator replays the store's recent claims and changes
// nothing), and saving as a new version with If-Match — an owner's edit made on a version
// someone else replaced meanwhile is refused, not silently overwritten.

type Simulation = paths['/v1/policy/simulate']['post']['responses'][200]['content']['application/json'];
const TRY_DAYS = 30;

/** The editor's text as a policy object, or why it is not one. */
function parsed(text: string): { policy: Policy } | { error: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'The policy is a JSON object ({ … }).' };
    return { policy: value as Policy };
  } catch (error) {
    if (error instanceof SyntaxError) return { error: `Not JSON: ${error.message}` };
    throw error;
  }
}

export function PolicySettings() {
  const { api, canAct, isOwner } = useConsole();
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

  const draft = useMemo(() => parsed(text), [text]);
  const sentences = useMemo(() => policySentences('policy' in draft ? draft.policy : saved), [draft, saved]);
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
    if (response.status === 412) return setNotice({ kind: 'error', text: 'Someone saved another version of the policy since you opened it. Reload it, then make your change again.' });
    if (data === undefined) return setNotice({ kind: 'error', text: problemOf(error, response).detail });
    setVersion(data.version);
    setSaved(data.policy);
    setText(JSON.stringify(data.policy, null, 2));
    setNotice({ kind: 'ok', text: `Saved as version ${data.version}.` });
  };

  return (
    <SettingsCard name="policy" title={`Policy${version ? ` · version ${version}` : version === null ? ' · none yet' : ''}`} notices={[notice]}>
      <h3>What it does</h3>
      {version === undefined ? <p aria-live="polite">Loading…</p> : <ul data-testid="policy-sentences">{sentences.map((sentence) => <li key={sentence}>{sentence}</li>)}</ul>}
      <h3><label htmlFor="policy-json">The policy document (JSON)</label></h3>
      <textarea id="policy-json" spellCheck={false} rows={18} value={text} readOnly={!isOwner} aria-describedby="policy-json-help"
        onChange={(event) => setText(event.target.value)} style={{ width: '100%', fontFamily: 'monospace' }} />
      <p id="policy-json-help" className="muted">
        {'error' in draft ? <span className="overdue" role="alert">{draft.error}</span> : changed ? 'Changed: the sentences above describe your draft.' : 'As saved.'}
        {isOwner ? '' : ' Only an owner may change the policy.'}
      </p>
      <p className="row">
        {canAct ? <button type="button" className="secondary" disabled={!('policy' in draft) || busy} onClick={() => void tryIt()}>Try on the last {TRY_DAYS} days</button> : null}
        {isOwner ? <button type="button" disabled={!changed} onClick={() => void save()}>Save as a new version</button> : null}
        {changed ? <button type="button" className="link" onClick={() => void load()}>Discard changes</button> : null}
      </p>
      {simulation?.summary === undefined ? null : (
        <div data-testid="policy-simulation">
          <p>On the {simulation.summary.claims === 1 ? 'one claim' : `${simulation.summary.claims} claims`} of the last {TRY_DAYS} days this draft would have refused {simulation.summary.refused},
            decided {simulation.summary.decided} and left {simulation.summary.undecided} to an agent. Nothing was changed.</p>
          <ul>
            {(simulation.claims ?? []).filter((entry) => entry.verdict.outcome !== 'undecided').slice(0, 20).map((entry) => (
              <li key={entry.claim.id}>{entry.claim.number} ({entry.claim.kind}, now {label(entry.claim.status)}): {entry.verdict.outcome === 'refused'
                ? `refused — ${entry.verdict.refusal?.message ?? entry.verdict.refusal?.code ?? ''}`
                : `${label(entry.verdict.decision?.action ?? '')} by rule ${entry.verdict.decision?.rule_id ?? ''}`}</li>
            ))}
          </ul>
        </div>
      )}
    </SettingsCard>
  );
}
