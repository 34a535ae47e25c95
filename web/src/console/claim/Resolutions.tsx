import { useState } from 'react';
import type { Claim } from '../../api/client.js';
import { label, useConsole } from '../session.js';
import { claimPath, type Act } from './useClaim.js';

// How the claim was settled, recorded with its type and details, and the resolutions so far.

const RESOLUTION_TYPES = ['REFUND', 'STORE_CREDIT', 'REPLACEMENT', 'RESHIP', 'EXCHANGE', 'RETURN', 'OTHER', 'NOT_COVERED', 'POTENTIAL_FRAUD', 'NO_RESPONSE'] as const;
type ResolutionType = (typeof RESOLUTION_TYPES)[number];

export function Resolutions({ claim, act }: { claim: Claim; act: Act }) {
  const { api } = useConsole();
  const [type, setType] = useState<ResolutionType>('REFUND');
  const [details, setDetails] = useState('');
  const record = () => act('Resolution', () => api.POST('/v1/claims/{id}/resolutions', { params: claimPath(claim), body: { type, ...(details === '' ? {} : { details }) } }));
  return (
    <section className="card" aria-labelledby="resolution">
      <h2 id="resolution">Resolution</h2>
      <form onSubmit={(event) => { event.preventDefault(); void record(); }}>
        <label htmlFor="resolution-type">Type</label>
        <select id="resolution-type" value={type} onChange={(event) => setType(RESOLUTION_TYPES.find((candidate) => candidate === event.target.value) ?? 'REFUND')}>
          {RESOLUTION_TYPES.map((candidate) => <option key={candidate} value={candidate}>{label(candidate.toLowerCase())}</option>)}
        </select>
        <label htmlFor="resolution-details">Details</label>
        <input id="resolution-details" value={details} onChange={(event) => setDetails(event.target.value)} style={{ width: '100%' }} />
        <p><button type="submit" className="secondary">Record resolution</button></p>
      </form>
      {claim.resolutions.length > 0 ? <ul>{claim.resolutions.map((entry) => <li key={entry.id}>{entry.type} ({entry.outcome}){entry.details ? ` — ${entry.details}` : ''}</li>)}</ul> : null}
    </section>
  );
}
