import { useCallback, useState } from 'react';
import type { Reason } from '../../api/client.js';
import { ListTable } from '../ListTable.js';
import { useConsole } from '../session.js';
import { useLoadedList } from '../useLoadedList.js';
import { ReasonForm } from './ReasonForm.js';
import { SettingsCard } from './SettingsCard.js';

// The store's reasons with their translations and what each requires, changed, switched on and off.

export function Reasons() {
  const { api, canAct } = useConsole();
  const reasons = useLoadedList<Reason>(useCallback(() => api.GET('/v1/reasons'), [api]));
  const [editing, setEditing] = useState<number | undefined>();
  const toggle = (reason: Reason) => reasons.run(() => api.PATCH('/v1/reasons/{id}', { params: { path: { id: reason.id } }, body: { active: !reason.active } }));
  return (
    <SettingsCard name="reasons" title="Reasons" notices={[reasons.notice]}>
      <ListTable name="Reasons" columns={['Kind', 'Subject', 'Translations', 'Needs', 'Active']}>
        {reasons.items.map((reason) => (
          <tr key={reason.id}>
            <td>{reason.kind}</td><td>{reason.subject}</td>
            <td>{Object.entries(reason.translations).map(([language, text]) => `${language}: ${text}`).join(' · ')}</td>
            <td>{[reason.requires_description ? 'description' : '', reason.requires_evidence ? 'photos' : ''].filter(Boolean).join(', ') || '—'}</td>
            <td>{canAct ? (
              <>
                <button type="button" className="secondary" aria-label={`Edit ${reason.subject}`} onClick={() => setEditing(reason.id)}>Edit</button>{' '}
                <button type="button" className="secondary" onClick={() => void toggle(reason)}>{reason.active ? 'Deactivate' : 'Activate'}</button>
              </>
            ) : reason.active ? 'yes' : 'no'}</td>
          </tr>
        ))}
      </ListTable>
      {canAct && editing !== undefined ? (() => {
        const reason = reasons.items.find((candidate) => candidate.id === editing);
        return reason === undefined ? null : <ReasonForm key={reason.id} run={reasons.run} reason={reason} onDone={() => setEditing(undefined)} />;
      })() : null}
      {canAct ? <ReasonForm run={reasons.run} /> : null}
    </SettingsCard>
  );
}
