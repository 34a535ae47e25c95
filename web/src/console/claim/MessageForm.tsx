import { useRef, useState } from 'react';
import type { Claim } from '../../api/client.js';
import { useT } from '../i18n/index.js';
import { useShortcuts } from '../shortcuts.js';
import { useConsole } from '../session.js';
import { TemplatePicker } from './TemplatePicker.js';
import { claimPath, type Act } from './useClaim.js';

// A message to the customer or an internal note the customer does not see; `m` and `n`
// start one; a store's message templates fill the box. The text is kept until the API has taken it.

export function MessageForm({ claim, act }: { claim: Claim; act: Act }) {
  const { api } = useConsole();
  const { t } = useT();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const start = (asNote: boolean) => { setInternal(asNote); box.current?.focus(); };
  useShortcuts({ m: () => start(false), n: () => start(true) });
  const send = async () => {
    const sent = await act(internal ? t('claim.internalNote') : t('claim.message'), () => api.POST('/v1/claims/{id}/messages', { params: claimPath(claim), body: { body, internal } }));
    if (sent) setBody('');
  };
  return (
    <section className="card" aria-labelledby="write">
      <h2 id="write">{t('claim.message')}</h2>
      <form onSubmit={(event) => { event.preventDefault(); void send(); }}>
        <TemplatePicker kind="message" claim={claim} id="message-template" onPick={(text) => { setBody(text); box.current?.focus(); }} />
        <label htmlFor="message-body">{internal ? t('claim.internalNoteLabel') : t('claim.messageToCustomer')}</label>
        <textarea id="message-body" ref={box} required value={body} onChange={(event) => setBody(event.target.value)} />
        <label className="inline"><input type="checkbox" checked={internal} onChange={(event) => setInternal(event.target.checked)} /> {t('claim.internalNote')}</label>
        <p><button type="submit">{internal ? t('claim.addNote') : t('claim.sendMessage')}</button></p>
      </form>
    </section>
  );
}
