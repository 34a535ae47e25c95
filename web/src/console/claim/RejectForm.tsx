import { useRef, useState } from 'react';
import type { Claim } from '../../api/client.js';
import { useT } from '../i18n/index.js';
import { useShortcuts } from '../shortcuts.js';
import { useConsole } from '../session.js';
import { TemplatePicker } from './TemplatePicker.js';
import { claimPath, ifMatch, type Act } from './useClaim.js';

// Rejection with the reason the customer will see and, if any, image URLs that show why.
// `r` puts the cursor in the reason; the store's rejection templates fill it.

export function RejectForm({ claim, act }: { claim: Claim; act: Act }) {
  const { api } = useConsole();
  const { t } = useT();
  const [reason, setReason] = useState('');
  const [images, setImages] = useState('');
  const reasonBox = useRef<HTMLInputElement>(null);
  useShortcuts({ r: () => reasonBox.current?.focus() });
  const reject = () => {
    const urls = images.split(/\s+/).filter((url) => url !== '');
    return act(t('claim.reject'), () => api.POST('/v1/claims/{id}/reject', { params: claimPath(claim), headers: ifMatch(claim), body: { reason, ...(urls.length === 0 ? {} : { images: urls }) } }));
  };
  return (
    <form onSubmit={(event) => { event.preventDefault(); void reject(); }}>
      <TemplatePicker kind="rejection" claim={claim} id="reject-template" onPick={(text) => { setReason(text); reasonBox.current?.focus(); }} />
      <label htmlFor="reject-reason">{t('claim.rejectReason')}</label>
      <input id="reject-reason" ref={reasonBox} required value={reason} onChange={(event) => setReason(event.target.value)} style={{ width: '100%' }} />
      <label htmlFor="reject-images">{t('claim.rejectImages')}</label>
      <textarea id="reject-images" value={images} onChange={(event) => setImages(event.target.value)} style={{ minHeight: '2.5rem' }} />
      <p><button type="submit" className="danger">{t('claim.reject')}</button></p>
    </form>
  );
}
