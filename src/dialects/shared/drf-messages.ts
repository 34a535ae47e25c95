// DRF's messages are its English sentences with {named} placeholders ("Ensure this value is
// greater than or equal to {min}."). The shared DRF toolkit speaks only in those sentences;
// each door says them in its own words: Omnitron in English, Seller Center in the reader's
// language, looked up by the sentence as Django's gettext does.

export type MessageParams = Record<string, string | number>;

/** How a door says a DRF sentence: the sentence and its values in, the door's message out. */
export type Say<M> = (msgid: string, params?: MessageParams) => M;

/** A template with its {named} placeholders filled; a placeholder without a value stays as written. */
export function fillPlaceholders(template: string, params: MessageParams | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params?.[name] ?? whole));
}

/** DRF's own wording, untranslated. */
export const english: Say<string> = (msgid, params) => fillPlaceholders(msgid, params);
