import { useEffect, useRef, useState } from 'react';
import type { Claim } from '../../api/client.js';
import { useT } from '../i18n/index.js';

// The claim's photos (the customer's evidence and the merchant's rejection images) as
// thumbnails, each opening a modal viewer that steps through them.

export function Evidence({ claim }: { claim: Claim }) {
  const { t } = useT();
  const [viewer, setViewer] = useState<number | undefined>();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (viewer === undefined) dialog.current?.close();
    else if (dialog.current?.open === false) dialog.current.showModal();
  }, [viewer]);

  const photos = [...claim.attachments.map((attachment) => attachment.url), ...(claim.rejection?.images ?? [])];
  if (photos.length === 0) return null;
  return (
    <section className="card" aria-labelledby="evidence">
      <h2 id="evidence">{t('claim.evidence')}</h2>
      <div className="thumbs">
        {photos.map((url, index) => (
          <button key={url} type="button" onClick={() => setViewer(index)} aria-label={t('claim.openPhoto', { n: index + 1, count: photos.length })}>
            <img src={url} alt="" />
          </button>
        ))}
      </div>
      <dialog ref={dialog} onClose={() => setViewer(undefined)} aria-label={t('claim.photoViewer')}>
        {viewer !== undefined ? <img src={photos[viewer]} alt={t('claim.evidencePhoto', { n: viewer + 1, count: photos.length })} /> : null}
        <div className="row" style={{ justifyContent: 'space-between', marginTop: '.5rem' }}>
          <button type="button" className="secondary" disabled={viewer === 0} onClick={() => setViewer((viewer ?? 1) - 1)}>{t('claim.previousPhoto')}</button>
          <a href={viewer === undefined ? '#' : photos[viewer]} target="_blank" rel="noreferrer">{t('claim.fullSize')}</a>
          <button type="button" className="secondary" disabled={viewer === photos.length - 1} onClick={() => setViewer((viewer ?? 0) + 1)}>{t('claim.nextPhoto')}</button>
          <button type="button" onClick={() => setViewer(undefined)}>{t('claim.closeViewer')}</button>
        </div>
      </dialog>
    </section>
  );
}
