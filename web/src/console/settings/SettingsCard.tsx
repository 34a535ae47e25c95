import type { ReactNode } from 'react';
import { NoticeLine, type Notice } from '../notice.js';

// What every settings tab is made of: a card with its heading and the notices of its lists,
// and forms that add to them.

export function SettingsCard({ name, title, notices, children }: { name: string; title: string; notices: Array<Notice | undefined>; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={`${name}-title`}>
      <h2 id={`${name}-title`}>{title}</h2>
      {notices.map((notice, index) => <NoticeLine key={index} notice={notice} />)}
      {children}
    </section>
  );
}

export function SettingsForm({ title, onSubmit, children }: { title: string; onSubmit: () => Promise<unknown>; children: ReactNode }) {
  return (
    <form onSubmit={(event) => { event.preventDefault(); void onSubmit(); }}>
      <h3>{title}</h3>
      {children}
    </form>
  );
}

/** A sentence with an element where its {placeholder} stands, wherever the language puts it. */
export function Sentence({ text, placeholder, children }: { text: string; placeholder: string; children: ReactNode }) {
  const [before = '', after = ''] = text.split(`{${placeholder}}`);
  return <>{before}{children}{after}</>;
}
