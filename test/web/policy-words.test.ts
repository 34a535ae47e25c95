import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/domain/policy/document.js';
import { ENGLISH_POLICY_WORDS, policySentences } from '../../src/domain/policy/sentences.js';
import { POLICY_WORDS } from '../../web/src/console/i18n/policy-words.js';

// The policy read aloud in the console's other languages: the same sentences as in English, one
// for one, with their own grammar — German "1 Tag" and "innerhalb von 14 Tagen", Turkish with no
// suffix hung on a value — and the policy's own values (SKU patterns, reason ids, queues, tags,
// rule ids, descriptions, currencies, the time zone, a rejection reason) as written.

const POLICY: Policy = {
  time_zone: 'Europe/Istanbul',
  windows: {
    cancellation: { hours_after_order: 1 },
    return: {
      days_after_delivery: 14,
      overrides: [
        { sku: ['SALE-*'], days_after_delivery: 0 },
        { sku: ['PHONE-*', 'LAPTOP-*'], reasons: [7], days_after_delivery: 1 },
        { reasons: [3, 'abc'], days_after_delivery: 30 },
      ],
    },
    incident: { days_after_expected_delivery: 21, expected_delivery_days: 5 },
  },
  requirements: [
    { kinds: ['incident'], description: true, min_photos: 2 },
    { kinds: ['cancellation', 'return'], reasons: [4], receipt: true },
    { min_photos: 1 },
  ],
  deadlines: {
    waiting_on_customer: { close_after_days: 7, remind_before_days: 1 },
    sla: { return: { first_response_hours: 24, resolution_hours: 1 }, incident: { first_response_hours: 8 } },
    expire_unshipped_returns: true,
    refund_processing_alert_hours: 48,
  },
  eu_withdrawal: false,
  rules: [
    { id: 'serial-5', description: 'Serial 5+', when: { customer: { within_days: 90, claims: { min: 5 } } }, then: [{ type: 'flag', tag: 'risk:serial' }, { type: 'assign', queue: 'risk' }] },
    { id: 'small-eur', when: { kinds: ['cancellation'], currencies: ['EUR', 'TRY'], claimed_amount: { max: 5000 } }, then: [{ type: 'approve_and_refund' }] },
    {
      id: 'late-60',
      when: { kinds: ['incident'], incident_types: ['delivered_not_received', 'missing_item'], claimed_amount: { min: 20000 }, order_age_days: { min: 60 } },
      then: [{ type: 'reject', reason: 'Too late' }],
    },
    {
      id: 'trusted',
      when: {
        kinds: ['return', 'incident'], reasons: [3, 'abc'], sku_all: ['SHIRT-*'], order_age_days: { min: 1, max: 30 },
        customer: { within_days: 1, claims: { max: 0 }, refunded_amount: { min: 100, max: 900 } },
      },
      then: [{ type: 'approve' }],
    },
    {
      id: 'phones',
      when: {
        sku_any: ['PHONE-*', 'TABLET-*'], claimed_amount: { min: 100, max: 900 }, order_age_days: { max: 1 },
        customer: { within_days: 30, claims: { max: 1 }, refunded_amount: { max: 10000 } },
      },
      then: [{ type: 'flag', tag: 'high_value' }, { type: 'assign', queue: 'senior' }],
    },
    { id: 'triage', then: [{ type: 'assign', queue: 'triage' }] },
  ],
};

const GERMAN = [
  'Artikel können bis zum Versand storniert werden, längstens bis 1 Stunde nach der Bestellung.',
  'Artikel können innerhalb von 14 Tagen nach der Zustellung zurückgegeben werden (jeder Tag endet um Mitternacht, Zeitzone Europe/Istanbul).',
  'Artikel mit SKU SALE-* können nach dem Tag der Zustellung nicht mehr zurückgegeben werden.',
  'Artikel mit SKU PHONE-* oder LAPTOP-* und Grund 7 können stattdessen innerhalb von 1 Tag nach der Zustellung zurückgegeben werden.',
  'Artikel mit Grund 3 oder abc können stattdessen innerhalb von 30 Tagen nach der Zustellung zurückgegeben werden.',
  'Probleme können bis 21 Tage nach der erwarteten Zustellung gemeldet werden (das ist die Zustellung oder, solange die Bestellung nicht zugestellt ist, 5 Tage nach der Bestellung).',
  'Eine Reklamation erfordert eine Beschreibung und mindestens 2 Fotos.',
  'Eine Stornierung oder eine Rücksendung mit Grund 4 erfordert einen Kaufbeleg.',
  'Jeder Antrag erfordert mindestens 1 Foto.',
  'Eine Rücksendung erhält eine erste Antwort innerhalb von 24 Stunden und eine Entscheidung innerhalb von 1 Stunde ab Antragstellung.',
  'Eine Reklamation erhält eine erste Antwort innerhalb von 8 Stunden ab Antragstellung.',
  'Ein Antrag, der auf den Kunden wartet, wird nach 7 Tagen geschlossen; 1 Tag vorher erhält der Kunde eine Erinnerung.',
  'Eine genehmigte Rücksendung, deren Rücksendecode ungenutzt abgelaufen ist, wird geschlossen.',
  'Eine Erstattung, die nach 48 Stunden noch in Bearbeitung ist, löst eine Warnung aus.',
  'Das Portal bietet keine EU-Widerrufsfunktion an (der Shop unterliegt nicht dem Verbraucherrecht der EU).',
  'Wenn der Kunde in den letzten 90 Tagen mindestens 5 weitere Anträge gestellt hat: mit risk:serial markieren, dann der Warteschlange risk zuweisen (Regel serial-5 — Serial 5+).',
  'Wenn es sich um eine Stornierung handelt und die Bestellwährung EUR oder TRY ist und der beantragte Betrag in der kleinsten Währungseinheit höchstens 5000 beträgt: '
    + 'genehmigen und den geschuldeten Betrag erstatten (Regel small-eur).',
  'Wenn es sich um eine Reklamation handelt und die Problemart „zugestellt, aber nicht erhalten“ oder „fehlender Artikel“ ist und der beantragte Betrag in der kleinsten Währungseinheit '
    + 'mindestens 20000 beträgt und die Bestellung mindestens 60 Tage alt ist: ablehnen („Too late“) (Regel late-60).',
  'Wenn es sich um eine Rücksendung oder eine Reklamation handelt und der Grund 3 oder abc ist und jede SKU des Antrags auf SHIRT-* passt und die Bestellung zwischen 1 und 30 Tage alt ist '
    + 'und der Kunde innerhalb des letzten Tages keine weiteren Anträge gestellt hat und der dem Kunden innerhalb des letzten Tages erstattete Betrag in der kleinsten Währungseinheit '
    + 'zwischen 100 und 900 liegt: genehmigen (Regel trusted).',
  'Wenn der beantragte Betrag in der kleinsten Währungseinheit zwischen 100 und 900 liegt und mindestens eine SKU des Antrags auf PHONE-* oder TABLET-* passt und die Bestellung höchstens '
    + '1 Tag alt ist und der Kunde in den letzten 30 Tagen höchstens 1 weiteren Antrag gestellt hat und der dem Kunden in den letzten 30 Tagen erstattete Betrag in der kleinsten '
    + 'Währungseinheit höchstens 10000 beträgt: mit high_value markieren, dann der Warteschlange senior zuweisen (Regel phones).',
  'Für jeden Antrag: der Warteschlange triage zuweisen (Regel triage).',
  'Die Regeln werden in dieser Reihenfolge geprüft; ein Antrag, den keine Regel entscheidet, wartet auf einen Bearbeiter.',
];

const TURKISH = [
  'Ürünler kargoya verilene kadar ve en geç siparişten 1 saat sonrasına kadar iptal edilebilir.',
  'Ürünler teslimattan sonra 14 gün içinde iade edilebilir (her gün gece yarısı biter, saat dilimi: Europe/Istanbul).',
  "SKU'su SALE-* ile eşleşen ürünler teslimat gününden sonra iade edilemez.",
  "SKU'su PHONE-* veya LAPTOP-* ile eşleşen ve iade nedeni 7 olan ürünler bunun yerine teslimattan sonra 1 gün içinde iade edilebilir.",
  'İade nedeni 3 veya abc olan ürünler bunun yerine teslimattan sonra 30 gün içinde iade edilebilir.',
  'Sorunlar beklenen teslimattan 21 gün sonrasına kadar bildirilebilir (teslim edilmiş siparişlerde teslimat, henüz teslim edilmemiş siparişlerde siparişten 5 gün sonrası esas alınır).',
  'Sorun bildirimi talepleri için açıklama ve en az 2 fotoğraf gerekir.',
  'Nedeni 4 olan iptal veya iade talepleri için fatura gerekir.',
  'Her talep için en az 1 fotoğraf gerekir.',
  'İade talepleri için hizmet süresi: talep açıldıktan sonra 24 saat içinde ilk yanıt ve 1 saat içinde karar.',
  'Sorun bildirimi talepleri için hizmet süresi: talep açıldıktan sonra 8 saat içinde ilk yanıt.',
  'Müşteriden yanıt bekleyen bir talep 7 gün sonra kapanır; kapanmadan 1 gün önce müşteriye hatırlatma gönderilir.',
  'İade kodu kullanılmadan süresi dolan onaylı bir iade kapatılır.',
  'Bir geri ödeme 48 saat sonra hâlâ işleniyorsa uyarı verilir.',
  'Portal, AB cayma işlevini sunmaz (mağaza AB tüketici hukukuna tabi değildir).',
  'Müşterinin son 90 gündeki diğer taleplerinin sayısı en az 5 ise: talep risk:serial olarak işaretlenir, ardından risk kuyruğuna alınır (serial-5 kuralı — Serial 5+).',
  'Talep türü iptal ise, sipariş para birimi EUR veya TRY ise ve talep edilen tutar (en küçük para birimi cinsinden) en fazla 5000 ise: '
    + 'talep onaylanır ve ödenmesi gereken tutar geri ödenir (small-eur kuralı).',
  'Talep türü sorun bildirimi ise, sorun türü “teslim edildi görünüyor ama ulaşmadı” veya “eksik ürün” ise, talep edilen tutar (en küçük para birimi cinsinden) en az 20000 ise '
    + 've siparişten bu yana en az 60 gün geçtiyse: talep reddedilir (“Too late”) (late-60 kuralı).',
  'Talep türü iade veya sorun bildirimi ise, talep nedeni 3 veya abc ise, talepteki her SKU SHIRT-* ile eşleşiyorsa, siparişten bu yana 1 ile 30 gün arasında geçtiyse, '
    + 'müşterinin son 1 günde başka talebi yoksa ve müşteriye son 1 günde geri ödenen tutar (en küçük para birimi cinsinden) 100 ile 900 arasında ise: talep onaylanır (trusted kuralı).',
  'Talep edilen tutar (en küçük para birimi cinsinden) 100 ile 900 arasında ise, talepteki en az bir SKU PHONE-* veya TABLET-* ile eşleşiyorsa, siparişten bu yana en fazla 1 gün geçtiyse, '
    + 'müşterinin son 30 gündeki diğer taleplerinin sayısı en fazla 1 ise ve müşteriye son 30 günde geri ödenen tutar (en küçük para birimi cinsinden) en fazla 10000 ise: '
    + 'talep high_value olarak işaretlenir, ardından senior kuyruğuna alınır (phones kuralı).',
  'Her talep triage kuyruğuna alınır (triage kuralı).',
  'Kurallar bu sırayla denenir; hiçbir kuralın karara bağlamadığı bir talep bir temsilciyi bekler.',
];

/** English that must not be left in a translation (the policy's own values above contain none of it). */
const ENGLISH = [' the ', 'the ', 'claim', 'Claim', 'days', ' day', 'hour', 'photo', 'reason', ' or ', ' and ', 'When', 'For every', 'every', 'Items',
  'queue', 'approve', 'refund', 'reject', 'flag it', 'within', 'minor units', 'delivery', 'rule ', 'Rules', 'agent', 'withdrawal', 'missing item', 'incident', 'return '];

describe('the policy in Turkish and German', () => {
  it('uses the English words of the domain for English', () => {
    expect(POLICY_WORDS.en).toBe(ENGLISH_POLICY_WORDS);
    expect(policySentences(POLICY, POLICY_WORDS.en)).toEqual(policySentences(POLICY));
  });

  it.each([['de', GERMAN], ['tr', TURKISH]] as const)('reads every window, requirement, deadline and rule in %s, one sentence for each English one', (language, expected) => {
    const sentences = policySentences(POLICY, POLICY_WORDS[language]);
    expect(sentences).toEqual(expected);
    expect(sentences).toHaveLength(policySentences(POLICY).length);
    for (const sentence of sentences) for (const english of ENGLISH) expect(sentence, `${english} in ${sentence}`).not.toContain(english);
  });

  it('says what an empty policy means in German and Turkish', () => {
    expect(policySentences({}, POLICY_WORDS.de)).toEqual(['Anträge können jederzeit gestellt werden: Die Richtlinie legt keine Fristen fest.', 'Keine Regeln: Jeder Antrag wartet auf einen Bearbeiter.']);
    expect(policySentences({}, POLICY_WORDS.tr)).toEqual(['Talepler her zaman oluşturulabilir: politika hiçbir süre sınırı belirlemez.', 'Kural yok: her talep bir temsilciyi bekler.']);
  });

  it('counts German days and hours in the right case and number', () => {
    const de = (policy: Policy) => policySentences(policy, POLICY_WORDS.de);
    expect(de({ windows: { return: { days_after_delivery: 1 } } })[0]).toContain('innerhalb von 1 Tag nach');
    expect(de({ windows: { cancellation: { hours_after_order: 24 } } })[0]).toContain('bis 24 Stunden nach');
    expect(de({ windows: { incident: { days_after_expected_delivery: 1, expected_delivery_days: 1 } } })).toContain(
      'Probleme können bis 1 Tag nach der erwarteten Zustellung gemeldet werden (das ist die Zustellung oder, solange die Bestellung nicht zugestellt ist, 1 Tag nach der Bestellung).');
    expect(de({ deadlines: { waiting_on_customer: { close_after_days: 1 } } })).toContain('Ein Antrag, der auf den Kunden wartet, wird nach 1 Tag geschlossen.');
    expect(de({ deadlines: { waiting_on_customer: { close_after_days: 10 } } })).toContain(
      'Ein Antrag, der auf den Kunden wartet, wird nach 10 Tagen geschlossen; 2 Tage vorher erhält der Kunde eine Erinnerung.');
  });
});
