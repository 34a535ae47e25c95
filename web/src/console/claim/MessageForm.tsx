import { useRef, useState } from 'react';
import type { Claim } from '../../api/client.js';
import { useShortcuts } from '../shortcuts.js';
import { useConsole } from '../session.js';
import { TemplatePicker } from './TemplatePicker.js';
import { claimPath, type Act } from './useClaim.js';

// A message to the customer or an internal note the customer does not see; `m` and `n`
// start one; a store's message templates fill the box. The text is kept until the API has taken it.

export function MessageForm({ claim, act }: { claim: Claim; act: Act }) {
  const { api } = useConsole();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const start = (asNote: boolean) => { setInternal(asNote); box.current?.focus(); };
  useShortcuts({ m: () => start(false), n: () => start(true) });
  const send = async () => {
    const sent = await act(internal ? 'Internal note' : 'Message', () => api.POST('/v1/claims/{id}/messages', { params: claimPath(claim), body: { body, internal } }));
    if (sent) setBody('');
  };
  return (
    <section className="card" aria-labelledby="write">
      <h2 id="write">Message</h2>
      <form onSubmit={(event) => { event.preventDefault(); void send(); }}>
        <TemplatePicker kind="message" claim={claim} id="message-template" onPick={(text) => { setBody(text); box.current?.focus(); }} />
        <label htmlFor="message-body">{internal ? 'Internal note (the customer does not see it)' : 'Message to the customer'}</label>
        <textarea id="message-body" ref={box} required value={body} onChange={(event) => setBody(event.target.value)} />
        <label className="inline"><input type="checkbox" checked={internal} onChange={(event) => setInternal(event.target.checked)} /> Internal note</label>
        <p><button type="submit">{internal ? 'Add note' : 'Send message'}</button></p>
      </form>
    </section>
  );
}
