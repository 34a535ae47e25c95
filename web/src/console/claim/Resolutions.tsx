import { useState } from 'react';
import type { Claim } from '../../api/client.js';
import { useT } from '../i18n/index.js';
import { useConsole } from '../session.js';
import { claimPath, type Act } from './useClaim.js';

// How the claim was settled, recorded with its type and details, and the resolutions so far.

const RESOLUTION_TYPES = ['REFUND', 'STORE_CREDIT', 'REPLACEMENT', 'RESHIP', 'EXCHANGE', 'RETURN', 'OTHER', 'NOT_COVERED', 'POTENTIAL_FRAUD', 'NO_RESPONSE'] as const;
type ResolutionType = (typeof RESOLUTION_TYPES)[number];

export function Resolutions({ claim, act }: { claim: Claim; act: Act }) {
  const { api } = useConsole();
  const { t, tn } = useT();
  const [type, setType] = useState<ResolutionType>('REFUND');
  const [details, setDetails] = useState('');
  const record = () => act(t('claim.resolution'), () => api.POST('/v1/claims/{id}/resolutions', { params: claimPath(claim), body: { type, ...(details === '' ? {} : { details }) } }));
  return (
    <section className="card" aria-labelledby="resolution">
      <h2 id="resolution">{t('claim.resolution')}</h2>
      <form onSubmit={(event) => { event.preventDefault(); void record(); }}>
        <label htmlFor="resolution-type">{t('claim.resolutionType')}</label>
        <select id="resolution-type" value={type} onChange={(event) => setType(RESOLUTION_TYPES.find((candidate) => candidate === event.target.value) ?? 'REFUND')}>
          {RESOLUTION_TYPES.map((candidate) => <option key={candidate} value={candidate}>{tn('claim.resolution_', candidate.toLowerCase())}</option>)}
        </select>
        <label htmlFor="resolution-details">{t('claim.details')}</label>
        <input id="resolution-details" value={details} onChange={(event) => setDetails(event.target.value)} style={{ width: '100%' }} />
        <p><button type="submit" className="secondary">{t('claim.recordResolution')}</button></p>
      </form>
      {claim.resolutions.length > 0 ? <ul>{claim.resolutions.map((entry) => <li key={entry.id}>{tn('claim.resolutionCode_', entry.type)} ({tn('claim.outcome_', entry.outcome)}){entry.details ? ` — ${entry.details}` : ''}</li>)}</ul> : null}
    </section>
  );
}
