import { ENGLISH_POLICY_WORDS, type PolicyWords, type ValueRange } from '../../../../src/domain/policy/sentences.js';
import type { Language } from '../../shared/languages.js';
import * as claim from './claim.js';
import * as common from './common.js';

// The policy's plain sentences (src/domain/policy/sentences.ts) in the console's other
// languages. The domain holds the structure and the English; here are the same sentences in
// Turkish and German, with their own grammar rather than English word order: German counts
// "1 Tag", "14 Tage", "innerhalb von 14 Tagen"; Turkish keeps a noun after a number singular
// ("14 gün") and is phrased so that no suffix ever hangs on a value from the policy ("SKU'su
// SALE-* ile eşleşen", "talep türü iade ise"), whose last vowel we cannot know. Values from the
// policy — SKU patterns, reason ids, queues, tags, rule ids, descriptions, currencies, time
// zones, rejection reasons — are shown as written. Kinds of claim and incident types are the
// console's own words (common.kind_*, claim.type_*).

type Table = Readonly<Record<string, string>>;
/** A word named at run time, or the value itself (underscores as spaces) when the catalogue has none. */
const named = (table: Table, prefix: string, value: string) => table[`${prefix}${value}`] ?? value.replaceAll('_', ' ');
/** "a, b oder c". */
const joined = (items: readonly (string | number)[], last: string) => {
  const words = items.map(String);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;
};
/** German and Turkish write a decimal comma. */
const num = (value: number) => String(value).replace('.', ',');

// German.

const deKind = (kind: string) => named(common.de, 'common.kind_', kind);
/** "eine Rücksendung": every kind the console knows is feminine; an unknown one is named as a kind of Antrag. */
const eine = (kind: string) => (Object.hasOwn(common.de, `common.kind_${kind}`) ? `eine ${deKind(kind)}` : `ein Antrag der Art ${kind}`);
const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const oder = (items: readonly (string | number)[]) => joined(items, 'oder');
const und = (items: readonly (string | number)[]) => joined(items, 'und');
/** Nominative and accusative: "1 Tag", "14 Tage". */
const tage = (count: number) => `${num(count)} ${count === 1 ? 'Tag' : 'Tage'}`;
/** Dative, after "innerhalb von" and "nach": "1 Tag", "14 Tagen". */
const tagen = (count: number) => `${num(count)} ${count === 1 ? 'Tag' : 'Tagen'}`;
/** "1 Stunde", "24 Stunden" (the same in the dative). */
const stunden = (count: number) => `${num(count)} ${count === 1 ? 'Stunde' : 'Stunden'}`;
const fotos = (count: number) => `${num(count)} ${count === 1 ? 'Foto' : 'Fotos'}`;
const inDenLetzten = (days: number) => (days === 1 ? 'innerhalb des letzten Tages' : `in den letzten ${tagen(days)}`);
/** "der beantragte Betrag in der kleinsten Währungseinheit höchstens 5000 beträgt" (a clause after "wenn"). */
const betrag = (subject: string, range: ValueRange) => {
  const amount = `${subject} in der kleinsten Währungseinheit`;
  if (range.min !== undefined && range.max !== undefined) return `${amount} zwischen ${num(range.min)} und ${num(range.max)} liegt`;
  if (range.min !== undefined) return `${amount} mindestens ${num(range.min)} beträgt`;
  return `${amount} höchstens ${num(range.max ?? 0)} beträgt`;
};
/** The customer's other claims, in the accusative: "1 weiteren Antrag", "5 weitere Anträge". */
const weitere = (count: number) => (count === 1 ? '1 weiteren Antrag' : `${num(count)} weitere Anträge`);

const GERMAN: PolicyWords = {
  days: tage,
  hours: stunden,
  photos: fotos,
  anyOf: oder,
  allOf: und,
  kind: deKind,

  cancellationWindow: (hours) => `Artikel können bis zum Versand storniert werden, längstens bis ${stunden(hours)} nach der Bestellung.`,
  returnWindow: (days, zone) => `Artikel können innerhalb von ${tagen(days)} nach der Zustellung zurückgegeben werden (jeder Tag endet um Mitternacht, Zeitzone ${zone}).`,
  returnOverride: (target, days) => {
    const which = und([target.sku === undefined ? '' : `SKU ${oder(target.sku)}`, target.reasons === undefined ? '' : `Grund ${oder(target.reasons)}`].filter(Boolean));
    const items = which === '' ? 'Alle Artikel' : `Artikel mit ${which}`;
    return days === 0
      ? `${items} können nach dem Tag der Zustellung nicht mehr zurückgegeben werden.`
      : `${items} können stattdessen innerhalb von ${tagen(days)} nach der Zustellung zurückgegeben werden.`;
  },
  incidentWindow: (days, expected) => `Probleme können bis ${tage(days)} nach der erwarteten Zustellung gemeldet werden `
    + `(das ist die Zustellung oder, solange die Bestellung nicht zugestellt ist, ${tage(expected)} nach der Bestellung).`,
  noWindows: 'Anträge können jederzeit gestellt werden: Die Richtlinie legt keine Fristen fest.',

  requirement: (target, needs) => {
    const who = target.kinds === undefined ? (target.reasons === undefined ? 'Jeder Antrag' : 'Ein Antrag') : capital(oder(target.kinds.map(eine)));
    const which = target.reasons === undefined ? who : `${who} mit Grund ${oder(target.reasons)}`;
    const what = [needs.description ? 'eine Beschreibung' : '', needs.photos === undefined ? '' : `mindestens ${fotos(needs.photos)}`, needs.receipt ? 'einen Kaufbeleg' : ''];
    return `${which} erfordert ${und(what.filter(Boolean))}.`;
  },

  sla: (kind, hours) => {
    const parts = [
      hours.firstResponse === undefined ? '' : `eine erste Antwort innerhalb von ${stunden(hours.firstResponse)}`,
      hours.resolution === undefined ? '' : `eine Entscheidung innerhalb von ${stunden(hours.resolution)}`,
    ];
    return `${capital(eine(kind))} erhält ${und(parts.filter(Boolean))} ab Antragstellung.`;
  },
  waitingOnCustomer: (close, lead) => `Ein Antrag, der auf den Kunden wartet, wird nach ${tagen(close)} geschlossen`
    + `${lead > 0 ? `; ${tage(lead)} vorher erhält der Kunde eine Erinnerung` : ''}.`,
  expireUnshippedReturns: 'Eine genehmigte Rücksendung, deren Rücksendecode ungenutzt abgelaufen ist, wird geschlossen.',
  refundProcessingAlert: (hours) => `Eine Erstattung, die nach ${stunden(hours)} noch in Bearbeitung ist, löst eine Warnung aus.`,
  noEuWithdrawal: 'Das Portal bietet keine EU-Widerrufsfunktion an (der Shop unterliegt nicht dem Verbraucherrecht der EU).',

  // Clauses after "wenn", the verb last.
  condition: {
    kinds: (kinds) => `es sich um ${oder(kinds.map(eine))} handelt`,
    reasons: (refs) => `der Grund ${oder(refs)} ist`,
    incidentTypes: (types) => `die Problemart ${oder(types.map((type) => `„${named(claim.de, 'claim.type_', type)}“`))} ist`,
    currencies: (currencies) => `die Bestellwährung ${oder(currencies)} ist`,
    claimedAmount: (range) => betrag('der beantragte Betrag', range),
    skuAll: (patterns) => `jede SKU des Antrags auf ${oder(patterns)} passt`,
    skuAny: (patterns) => `mindestens eine SKU des Antrags auf ${oder(patterns)} passt`,
    orderAgeDays: (range) => {
      if (range.min !== undefined && range.max !== undefined) return `die Bestellung zwischen ${num(range.min)} und ${tage(range.max)} alt ist`;
      if (range.min !== undefined) return `die Bestellung mindestens ${tage(range.min)} alt ist`;
      return `die Bestellung höchstens ${tage(range.max ?? 0)} alt ist`;
    },
    customerClaims: (range, days) => {
      const count = range.min !== undefined && range.max !== undefined ? `zwischen ${num(range.min)} und ${num(range.max)} weitere Anträge`
        : range.min !== undefined ? `mindestens ${weitere(range.min)}`
          : range.max === 0 || range.max === undefined ? 'keine weiteren Anträge' : `höchstens ${weitere(range.max)}`;
      return `der Kunde ${inDenLetzten(days)} ${count} gestellt hat`;
    },
    customerRefunded: (range, days) => betrag(`der dem Kunden ${inDenLetzten(days)} erstattete Betrag`, range),
  },
  action: (action) => {
    switch (action.type) {
      case 'approve': return 'genehmigen';
      case 'approve_and_refund': return 'genehmigen und den geschuldeten Betrag erstatten';
      case 'reject': return `ablehnen („${action.reason}“)`;
      case 'flag': return `mit ${action.tag} markieren`;
      case 'assign': return `der Warteschlange ${action.queue} zuweisen`;
    }
  },
  rule: ({ id, description, conditions, actions }) => {
    const condition = conditions.length === 0 ? 'Für jeden Antrag' : `Wenn ${conditions.join(' und ')}`;
    return `${condition}: ${actions.join(', dann ')} (Regel ${id}${description ? ` — ${description}` : ''}).`;
  },
  noRules: 'Keine Regeln: Jeder Antrag wartet auf einen Bearbeiter.',
  rulesInOrder: 'Die Regeln werden in dieser Reihenfolge geprüft; ein Antrag, den keine Regel entscheidet, wartet auf einen Bearbeiter.',
};

// Turkish.

const trKind = (kind: string) => named(common.tr, 'common.kind_', kind);
/** Turkish capitals: "iade" → "İade". */
const trCapital = (text: string) => `${text.charAt(0).toLocaleUpperCase('tr')}${text.slice(1)}`;
const veya = (items: readonly (string | number)[]) => joined(items, 'veya');
const ve = (items: readonly (string | number)[]) => joined(items, 've');
/** "… en az 5", "… 100 ile 900 arasında" — the predicate before "ise". */
const trBounds = (range: ValueRange) => {
  if (range.min !== undefined && range.max !== undefined) return `${num(range.min)} ile ${num(range.max)} arasında`;
  if (range.min !== undefined) return `en az ${num(range.min)}`;
  return `en fazla ${num(range.max ?? 0)}`;
};
const tutar = (subject: string, range: ValueRange) => `${subject} (en küçük para birimi cinsinden) ${trBounds(range)} ise`;

const TURKISH: PolicyWords = {
  days: (count) => `${num(count)} gün`,
  hours: (count) => `${num(count)} saat`,
  photos: (count) => `${num(count)} fotoğraf`,
  anyOf: veya,
  allOf: ve,
  kind: trKind,

  cancellationWindow: (hours) => `Ürünler kargoya verilene kadar ve en geç siparişten ${num(hours)} saat sonrasına kadar iptal edilebilir.`,
  returnWindow: (days, zone) => `Ürünler teslimattan sonra ${num(days)} gün içinde iade edilebilir (her gün gece yarısı biter, saat dilimi: ${zone}).`,
  returnOverride: (target, days) => {
    const which = ve([target.sku === undefined ? '' : `SKU'su ${veya(target.sku)} ile eşleşen`, target.reasons === undefined ? '' : `iade nedeni ${veya(target.reasons)} olan`].filter(Boolean));
    if (days === 0) return which === '' ? 'Hiçbir ürün teslimat gününden sonra iade edilemez.' : `${trCapital(which)} ürünler teslimat gününden sonra iade edilemez.`;
    return `${which === '' ? 'Tüm ürünler' : `${trCapital(which)} ürünler`} bunun yerine teslimattan sonra ${num(days)} gün içinde iade edilebilir.`;
  },
  incidentWindow: (days, expected) => `Sorunlar beklenen teslimattan ${num(days)} gün sonrasına kadar bildirilebilir `
    + `(teslim edilmiş siparişlerde teslimat, henüz teslim edilmemiş siparişlerde siparişten ${num(expected)} gün sonrası esas alınır).`,
  noWindows: 'Talepler her zaman oluşturulabilir: politika hiçbir süre sınırı belirlemez.',

  requirement: (target, needs) => {
    const claims = target.kinds === undefined ? (target.reasons === undefined ? 'her talep' : 'talepler') : `${veya(target.kinds.map(trKind))} talepleri`;
    const which = target.reasons === undefined ? claims : `nedeni ${veya(target.reasons)} olan ${claims}`;
    const what = [needs.description ? 'açıklama' : '', needs.photos === undefined ? '' : `en az ${num(needs.photos)} fotoğraf`, needs.receipt ? 'fatura' : ''];
    return `${trCapital(which)} için ${ve(what.filter(Boolean))} gerekir.`;
  },

  sla: (kind, hours) => {
    const parts = [
      hours.firstResponse === undefined ? '' : `${num(hours.firstResponse)} saat içinde ilk yanıt`,
      hours.resolution === undefined ? '' : `${num(hours.resolution)} saat içinde karar`,
    ];
    return `${trCapital(trKind(kind))} talepleri için hizmet süresi: talep açıldıktan sonra ${ve(parts.filter(Boolean))}.`;
  },
  waitingOnCustomer: (close, lead) => `Müşteriden yanıt bekleyen bir talep ${num(close)} gün sonra kapanır`
    + `${lead > 0 ? `; kapanmadan ${num(lead)} gün önce müşteriye hatırlatma gönderilir` : ''}.`,
  expireUnshippedReturns: 'İade kodu kullanılmadan süresi dolan onaylı bir iade kapatılır.',
  refundProcessingAlert: (hours) => `Bir geri ödeme ${num(hours)} saat sonra hâlâ işleniyorsa uyarı verilir.`,
  noEuWithdrawal: 'Portal, AB cayma işlevini sunmaz (mağaza AB tüketici hukukuna tabi değildir).',

  // Each a conditional clause of its own ("… ise", "…yorsa"), so none hangs a suffix on a value.
  condition: {
    kinds: (kinds) => `talep türü ${veya(kinds.map(trKind))} ise`,
    reasons: (refs) => `talep nedeni ${veya(refs)} ise`,
    incidentTypes: (types) => `sorun türü ${veya(types.map((type) => `“${named(claim.tr, 'claim.type_', type)}”`))} ise`,
    currencies: (currencies) => `sipariş para birimi ${veya(currencies)} ise`,
    claimedAmount: (range) => tutar('talep edilen tutar', range),
    skuAll: (patterns) => `talepteki her SKU ${veya(patterns)} ile eşleşiyorsa`,
    skuAny: (patterns) => `talepteki en az bir SKU ${veya(patterns)} ile eşleşiyorsa`,
    orderAgeDays: (range) => {
      if (range.min !== undefined && range.max !== undefined) return `siparişten bu yana ${num(range.min)} ile ${num(range.max)} gün arasında geçtiyse`;
      if (range.min !== undefined) return `siparişten bu yana en az ${num(range.min)} gün geçtiyse`;
      return `siparişten bu yana en fazla ${num(range.max ?? 0)} gün geçtiyse`;
    },
    customerClaims: (range, days) => (range.min === undefined && (range.max ?? 0) === 0
      ? `müşterinin son ${num(days)} günde başka talebi yoksa`
      : `müşterinin son ${num(days)} gündeki diğer taleplerinin sayısı ${trBounds(range)} ise`),
    customerRefunded: (range, days) => tutar(`müşteriye son ${num(days)} günde geri ödenen tutar`, range),
  },
  action: (action) => {
    switch (action.type) {
      case 'approve': return 'onaylanır';
      case 'approve_and_refund': return 'onaylanır ve ödenmesi gereken tutar geri ödenir';
      case 'reject': return `reddedilir (“${action.reason}”)`;
      case 'flag': return `${action.tag} olarak işaretlenir`;
      case 'assign': return `${action.queue} kuyruğuna alınır`;
    }
  },
  rule: ({ id, description, conditions, actions }) => {
    const then = actions.join(', ardından ');
    const rule = `(${id} kuralı${description ? ` — ${description}` : ''})`;
    return conditions.length === 0 ? `Her talep ${then} ${rule}.` : `${trCapital(ve(conditions))}: talep ${then} ${rule}.`;
  },
  noRules: 'Kural yok: her talep bir temsilciyi bekler.',
  rulesInOrder: 'Kurallar bu sırayla denenir; hiçbir kuralın karara bağlamadığı bir talep bir temsilciyi bekler.',
};

/** The policy's sentences in each language the console speaks. */
export const POLICY_WORDS: Record<Language, PolicyWords> = { en: ENGLISH_POLICY_WORDS, tr: TURKISH, de: GERMAN };
