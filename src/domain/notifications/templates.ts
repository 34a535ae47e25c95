import { toDecimalString } from '../money.js';
import type { Notice, NotifiedStatus } from './notices.js';

// The words of every email, per language. A store declares its languages best first; an
// email is written in the first of them we have words for, else English. The customer has
// no language of their own on record yet, so the store's choice is theirs too.

export type EmailLanguage = 'en' | 'tr' | 'de';
export const EMAIL_LANGUAGES: readonly EmailLanguage[] = ['en', 'tr', 'de'];

export function emailLanguage(storeLanguages: readonly string[]): EmailLanguage {
  for (const tag of storeLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const found = EMAIL_LANGUAGES.find((language) => language === primary);
    if (found !== undefined) return found;
  }
  return 'en';
}

export interface EmailFacts {
  storeName: string;
  claimNumber: string;
  /** Who the email greets: the customer's first name, or the console user's name. */
  readerName: string;
  /** Where the reader follows the claim: the portal for a customer, the console for an agent. */
  link: string;
  /** A merchant message's text, for a merchant_message notice. */
  messageBody?: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

interface Words {
  greeting: (name: string) => string;
  status: Record<NotifiedStatus, string>;
  refundIssued: (amount: string) => string;
  message: string;
  assigned: string;
  /** The acknowledgement: the statement in the reader's words, and when it was made. */
  withdrawal: (name: string, claimNumber: string, declaredAt: string) => string;
  subject: (notice: Notice, claimNumber: string) => string;
  follow: string;
  signOff: (store: string) => string;
}

const WORDS: Record<EmailLanguage, Words> = {
  en: {
    greeting: (name) => `Hello ${name},`,
    status: {
      approved: 'your request has been approved.',
      rejected: 'we are sorry: your request has been declined.',
      received: 'we have received your return.',
      completed: 'your request has been resolved.',
      closed: 'your request has been closed.',
    },
    refundIssued: (amount) => `a refund of ${amount} is on its way to you.`,
    message: 'there is a new message about your request:',
    assigned: 'this claim has been assigned to you.',
    withdrawal: (name, number, at) => `we have received your withdrawal from the contract, made on ${at} (UTC). Your statement: "I, ${name}, withdraw from the contract for the goods of request ${number}." We will tell you how to return anything already delivered.`,
    subject: (notice, number) => ({
      status_changed: `Your request ${number} has been updated`,
      refund_issued: `Refund issued for ${number}`,
      merchant_message: `New message about ${number}`,
      claim_assigned: `Claim ${number} assigned to you`,
      withdrawal_received: `We have received your withdrawal (${number})`,
    })[notice.kind],
    follow: 'Follow your request here:',
    signOff: (store) => `— ${store}`,
  },
  tr: {
    greeting: (name) => `Merhaba ${name},`,
    status: {
      approved: 'talebiniz onaylandı.',
      rejected: 'üzgünüz: talebiniz reddedildi.',
      received: 'iade ürününüz elimize ulaştı.',
      completed: 'talebiniz sonuçlandı.',
      closed: 'talebiniz kapatıldı.',
    },
    refundIssued: (amount) => `${amount} tutarındaki iadeniz yola çıktı.`,
    message: 'talebinizle ilgili yeni bir mesaj var:',
    assigned: 'bu talep size atandı.',
    withdrawal: (name, number, at) => `sözleşmeden cayma bildiriminiz elimize ulaştı; bildirim zamanı: ${at} (UTC). Bildiriminiz: "Ben, ${name}, ${number} numaralı talepteki ürünlere ilişkin sözleşmeden cayıyorum." Teslim edilmiş ürünleri nasıl geri göndereceğinizi size bildireceğiz.`,
    subject: (notice, number) => ({
      status_changed: `${number} numaralı talebiniz güncellendi`,
      refund_issued: `${number} için iade yapıldı`,
      merchant_message: `${number} hakkında yeni mesaj`,
      claim_assigned: `${number} numaralı talep size atandı`,
      withdrawal_received: `Cayma bildiriminiz alındı (${number})`,
    })[notice.kind],
    follow: 'Talebinizi buradan takip edebilirsiniz:',
    signOff: (store) => `— ${store}`,
  },
  de: {
    greeting: (name) => `Hallo ${name},`,
    status: {
      approved: 'Ihre Anfrage wurde genehmigt.',
      rejected: 'es tut uns leid: Ihre Anfrage wurde abgelehnt.',
      received: 'Ihre Rücksendung ist bei uns eingegangen.',
      completed: 'Ihre Anfrage wurde erledigt.',
      closed: 'Ihre Anfrage wurde geschlossen.',
    },
    refundIssued: (amount) => `eine Erstattung über ${amount} ist unterwegs zu Ihnen.`,
    message: 'es gibt eine neue Nachricht zu Ihrer Anfrage:',
    assigned: 'dieser Fall wurde Ihnen zugewiesen.',
    withdrawal: (name, number, at) => `wir haben Ihren Widerruf des Vertrags erhalten, erklärt am ${at} (UTC). Ihre Erklärung: „Hiermit widerrufe ich, ${name}, den Vertrag über die Waren der Anfrage ${number}.“ Wie Sie bereits gelieferte Waren zurücksenden, teilen wir Ihnen mit.`,
    subject: (notice, number) => ({
      status_changed: `Ihre Anfrage ${number} wurde aktualisiert`,
      refund_issued: `Erstattung für ${number} veranlasst`,
      merchant_message: `Neue Nachricht zu ${number}`,
      claim_assigned: `Fall ${number} wurde Ihnen zugewiesen`,
      withdrawal_received: `Eingangsbestätigung Ihres Widerrufs (${number})`,
    })[notice.kind],
    follow: 'Hier verfolgen Sie Ihre Anfrage:',
    signOff: (store) => `— ${store}`,
  },
};

function lineOf(words: Words, notice: Notice, claimNumber: string): string {
  switch (notice.kind) {
    case 'status_changed': return words.status[notice.to];
    case 'refund_issued': return words.refundIssued(`${toDecimalString(notice.amountMinor, notice.currency)} ${notice.currency}`);
    case 'merchant_message': return words.message;
    case 'claim_assigned': return words.assigned;
    case 'withdrawal_received': return words.withdrawal(notice.name, claimNumber, notice.declaredAt.replace('T', ' ').replace(/\.\d+Z$/, '').replace(/Z$/, ''));
  }
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);

/** An email's subject, plain text and simple HTML, in one language. */
export function renderEmail(notice: Notice, language: EmailLanguage, facts: EmailFacts): RenderedEmail {
  const words = WORDS[language];
  const line = lineOf(words, notice, facts.claimNumber);
  const quoted = notice.kind === 'merchant_message' && facts.messageBody !== undefined ? facts.messageBody : undefined;
  const subject = `${words.subject(notice, facts.claimNumber)} · ${facts.storeName}`;
  const text = [
    words.greeting(facts.readerName), '', line,
    ...(quoted === undefined ? [] : ['', ...quoted.split('\n').map((row) => `> ${row}`)]),
    '', words.follow, facts.link, '', words.signOff(facts.storeName), '',
  ].join('\n');
  const html = [
    `<p>${escapeHtml(words.greeting(facts.readerName))}</p>`,
    `<p>${escapeHtml(line)}</p>`,
    ...(quoted === undefined ? [] : [`<blockquote>${escapeHtml(quoted).replace(/\n/g, '<br>')}</blockquote>`]),
    `<p>${escapeHtml(words.follow)} <a href="${escapeHtml(facts.link)}">${escapeHtml(facts.link)}</a></p>`,
    `<p>${escapeHtml(words.signOff(facts.storeName))}</p>`,
  ].join('\n');
  return { subject, text, html };
}

/** Where a customer follows a claim: the store's portal on the public address. */
export function portalLink(publicOrigin: string, storeCode: string, claimUuid: string): string {
  return `${publicOrigin}/portal/${encodeURIComponent(storeCode)}/claims/${encodeURIComponent(claimUuid)}`;
}

/** Where a console user opens a claim. */
export function consoleLink(publicOrigin: string, claimUuid: string): string {
  return `${publicOrigin}/console/claims/${encodeURIComponent(claimUuid)}`;
}
