import { useState } from 'react';
import type { Claim } from '../../api/client.js';
import { useT } from '../i18n/index.js';
import { useConsole } from '../session.js';
import { claimPath, type Act } from './useClaim.js';

// A return's parcel: its carrier and tracking number, and its arrival.

export function ReturnShipment({ claim, act }: { claim: Claim; act: Act }) {
  const { api } = useConsole();
  const { t } = useT();
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const params = claimPath(claim);
  const register = () => act(t('claim.returnShipment'), () => api.POST('/v1/claims/{id}/return-shipment', { params, body: { ...(carrier === '' ? {} : { carrier }), ...(tracking === '' ? {} : { tracking_number: tracking }) } }));
  const receive = () => act(t('claim.markReceived'), () => api.POST('/v1/claims/{id}/return-shipment/received', { params, body: {} }));
  return (
    <section className="card" aria-labelledby="shipment">
      <h2 id="shipment">{t('claim.returnShipment')}</h2>
      <form onSubmit={(event) => { event.preventDefault(); void register(); }}>
        <div className="row">
          <div><label htmlFor="carrier">{t('claim.carrier')}</label><input id="carrier" value={carrier} onChange={(event) => setCarrier(event.target.value)} /></div>
          <div><label htmlFor="tracking">{t('claim.trackingNumber')}</label><input id="tracking" value={tracking} onChange={(event) => setTracking(event.target.value)} /></div>
        </div>
        <p className="row">
          <button type="submit" className="secondary">{t('claim.registerShipment')}</button>
          <button type="button" className="secondary" onClick={() => void receive()}>{t('claim.markReceived')}</button>
        </p>
      </form>
    </section>
  );
}
