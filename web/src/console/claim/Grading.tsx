import { useState } from 'react';
import type { Claim } from '../../api/client.js';
import { DISPOSITIONS, GRADABLE_STATUSES, type Disposition } from '../../../../src/domain/claim/grading.js';
import { CLAIM_STATUSES } from '../../../../src/domain/claim/status.js';
import { useT } from '../i18n/index.js';
import { useConsole } from '../session.js';
import { claimPath, type Act } from './useClaim.js';

// What the store found in the parcel: per returned line a disposition and a note, recorded
// once (a restock puts the units back in the catalogue). Shown once the goods are in.

export function Grading({ claim, act, canAct }: { claim: Claim; act: Act; canAct: boolean }) {
  const { api } = useConsole();
  const { t, tn } = useT();
  const [grades, setGrades] = useState<Record<number, { disposition?: Disposition; note: string }>>({});
  const graded = claim.lines.filter((line) => line.disposition !== null);
  const status = CLAIM_STATUSES.find((known) => known === claim.status);
  const open = status !== undefined && GRADABLE_STATUSES.includes(status) ? claim.lines.filter((line) => line.disposition === null) : [];
  if (graded.length === 0 && open.length === 0) return null;
  const chosen = open.flatMap((line) => {
    const grade = grades[line.id];
    return grade?.disposition === undefined ? [] : [{ line_id: line.id, disposition: grade.disposition, ...(grade.note.trim() === '' ? {} : { note: grade.note.trim() }) }];
  });
  const submit = () => act(t('claim.gradeSubmit'), () => api.POST('/v1/claims/{id}/grades', { params: claimPath(claim), body: { lines: chosen } }));
  const set = (lineId: number, change: Partial<{ disposition: Disposition; note: string }>) =>
    setGrades((current) => ({ ...current, [lineId]: { note: '', ...current[lineId], ...change } }));
  return (
    <section className="card" aria-labelledby="grading">
      <h2 id="grading">{t('claim.grading')}</h2>
      {graded.length > 0 ? (
        <ul data-testid="grades">
          {graded.map((line) => (
            <li key={line.id}>{t('claim.gradeLine', { quantity: line.quantity, name: line.name })}: <strong>{tn('claim.disposition_', line.disposition ?? '')}</strong>
              {line.disposition_note ? <span className="muted"> ({line.disposition_note})</span> : null}</li>
          ))}
        </ul>
      ) : null}
      {canAct && open.length > 0 ? (
        <form onSubmit={(event) => { event.preventDefault(); void submit(); }}>
          {open.map((line) => (
            <div className="row" key={line.id}>
              <div>
                <label htmlFor={`grade-${line.id}`}>{t('claim.gradeLine', { quantity: line.quantity, name: line.name })}</label>
                <select id={`grade-${line.id}`} value={grades[line.id]?.disposition ?? ''}
                  onChange={(event) => set(line.id, { disposition: DISPOSITIONS.find((disposition) => disposition === event.target.value) })}>
                  <option value="">{t('claim.gradeChoose')}</option>
                  {DISPOSITIONS.map((disposition) => <option key={disposition} value={disposition}>{tn('claim.disposition_', disposition)}</option>)}
                </select>
              </div>
              <div>
                <label htmlFor={`grade-note-${line.id}`}>{t('claim.gradeNote')}</label>
                <input id={`grade-note-${line.id}`} maxLength={2000} value={grades[line.id]?.note ?? ''} onChange={(event) => set(line.id, { note: event.target.value })} />
              </div>
            </div>
          ))}
          <p><button type="submit" className="secondary" disabled={chosen.length === 0}>{t('claim.gradeSubmit')}</button></p>
        </form>
      ) : null}
    </section>
  );
}
