import { useState } from 'react';
import type { Reason } from '../../api/client.js';
import type { Language } from '../../shared/languages.js';
import { useT } from '../i18n/index.js';
import { useConsole } from '../session.js';
import type { Run } from '../useLoadedList.js';
import { SettingsForm } from './SettingsCard.js';

// A reason, new or changed: its kind, its subject in each of the store's languages (the first
// language's is the subject itself), and whether the customer must describe the problem or
// add photos. A language left empty falls back to the subject where the reason is shown. The
// store's languages are named in the console's own ("Turkish", "Türkçe", "Türkisch").

type Kind = 'cancellation' | 'return' | 'incident';
/** In the order the kind select offers them: a return is the usual one. */
const KINDS: readonly Kind[] = ['return', 'cancellation', 'incident'];

const namesIn = (displayIn: Language) => new Intl.DisplayNames([displayIn], { type: 'language' });
const languageNames: Record<Language, Intl.DisplayNames> = { en: namesIn('en'), tr: namesIn('tr'), de: namesIn('de') };

/** "English" for en-us, named in `displayIn` (the console's language); the code too when two of the store's languages share a name. */
export function languageLabel(language: string, languages: readonly string[], displayIn: Language): string {
  const base = language.split('-')[0] ?? language;
  const name = languageNames[displayIn].of(base) ?? language;
  const shared = languages.filter((other) => (other.split('-')[0] ?? other) === base).length > 1;
  return shared ? `${name} (${language})` : name;
}

export function ReasonForm({ run, reason, onDone }: { run: Run; reason?: Reason; onDone?: () => void }) {
  const { api, session } = useConsole();
  const { t, tn, language: consoleLanguage } = useT();
  const languages = session.store.languages.length > 0 ? session.store.languages : ['en-us'];
  const [first, ...others] = languages;
  const [kind, setKind] = useState<Kind>(reason?.kind === 'cancellation' || reason?.kind === 'incident' ? reason.kind : 'return');
  const [texts, setTexts] = useState<Record<string, string>>(() => ({
    ...reason?.translations, ...(reason === undefined || first === undefined ? {} : { [first]: reason.translations[first] ?? reason.subject }),
  }));
  const [needsDescription, setNeedsDescription] = useState(reason?.requires_description ?? false);
  const [needsEvidence, setNeedsEvidence] = useState(reason?.requires_evidence ?? false);
  const subject = first === undefined ? '' : texts[first] ?? '';
  // Every language typed, and those the reason already had in languages the store no longer lists.
  const translations = Object.fromEntries(Object.entries(texts).flatMap(([language, text]) => (text.trim() === '' ? [] : [[language, text.trim()]])));
  const body = { subject, translations, requires_description: needsDescription, requires_evidence: needsEvidence };
  const save = async () => {
    const saved = reason === undefined
      ? await run(() => api.POST('/v1/reasons', { body: { kind, ...body } }), { done: t('settings.reasonAdded') })
      : await run(() => api.PATCH('/v1/reasons/{id}', { params: { path: { id: reason.id } }, body }), { done: t('settings.reasonSaved') });
    if (!saved) return;
    if (reason === undefined) setTexts({});
    onDone?.();
  };
  const prefix = reason === undefined ? 'reason' : `reason-${reason.id}`;
  return (
    <SettingsForm title={reason === undefined ? t('settings.addAReason') : t('settings.change', { name: reason.subject })} onSubmit={save}>
      <div className="row">
        {reason === undefined ? (
          <div><label htmlFor={`${prefix}-kind`}>{t('settings.kind')}</label>
            <select id={`${prefix}-kind`} value={kind} onChange={(event) => setKind(event.target.value === 'cancellation' ? 'cancellation' : event.target.value === 'incident' ? 'incident' : 'return')}>
              {KINDS.map((value) => <option key={value} value={value}>{tn('common.kind_', value)}</option>)}
            </select></div>
        ) : null}
        {first === undefined ? null : (
          <div><label htmlFor={`${prefix}-subject`}>{t('settings.subjectIn', { language: languageLabel(first, languages, consoleLanguage) })}</label>
            <input id={`${prefix}-subject`} required maxLength={200} value={subject} onChange={(event) => setTexts({ ...texts, [first]: event.target.value })} /></div>
        )}
        {others.map((language) => (
          <div key={language}><label htmlFor={`${prefix}-${language}`}>{languageLabel(language, languages, consoleLanguage)}</label>
            <input id={`${prefix}-${language}`} lang={language} maxLength={200} value={texts[language] ?? ''} onChange={(event) => setTexts({ ...texts, [language]: event.target.value })} /></div>
        ))}
      </div>
      <p className="row">
        <label className="inline"><input type="checkbox" checked={needsDescription} onChange={(event) => setNeedsDescription(event.target.checked)} /> {t('settings.needsDescription')}</label>
        <label className="inline"><input type="checkbox" checked={needsEvidence} onChange={(event) => setNeedsEvidence(event.target.checked)} /> {t('settings.needsPhotos')}</label>
      </p>
      <p className="row">
        <button type="submit">{reason === undefined ? t('settings.addReason') : t('settings.saveReason')}</button>
        {onDone !== undefined ? <button type="button" className="secondary" onClick={onDone}>{t('common.cancel')}</button> : null}
      </p>
    </SettingsForm>
  );
}
