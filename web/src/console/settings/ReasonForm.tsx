import { useState } from 'react';
import { useConsole } from '../session.js';
import type { Run } from '../useLoadedList.js';
import { SettingsForm } from './SettingsCard.js';

// A new reason: its kind, its English subject and Turkish translation, and whether the
// customer must describe the problem or add photos.

type Kind = 'cancellation' | 'return' | 'incident';

export function ReasonForm({ run }: { run: Run }) {
  const { api } = useConsole();
  const [kind, setKind] = useState<Kind>('return');
  const [subject, setSubject] = useState('');
  const [turkish, setTurkish] = useState('');
  const [needsDescription, setNeedsDescription] = useState(false);
  const [needsEvidence, setNeedsEvidence] = useState(false);
  const create = async () => {
    const added = await run(() => api.POST('/v1/reasons', {
      body: { kind, subject, translations: { 'en-us': subject, ...(turkish === '' ? {} : { 'tr-tr': turkish }) }, requires_description: needsDescription, requires_evidence: needsEvidence },
    }), { done: 'Reason added.' });
    if (added) [setSubject, setTurkish].forEach((clear) => clear(''));
  };
  return (
    <SettingsForm title="Add a reason" onSubmit={create}>
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
    </SettingsForm>
  );
}
