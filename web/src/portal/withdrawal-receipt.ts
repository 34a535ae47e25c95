import type { Claim } from '../api/client.js';
import { fill } from '../shared/languages.js';
import type { MessageKey } from './i18n.js';

// The withdrawal's confirmation on a durable medium, beside the email: a plain-text file the
// customer keeps, written from what the store recorded on the claim (the statement's name and
// the moment it was received), not from what the page remembers, so it reads the same on any
// later visit.

export interface RecordedWithdrawal {
  name: string;
  declaredAt: Date;
}

/** The statement recorded on a claim filed by a withdrawal, or undefined for any other claim. */
export function recordedWithdrawal(claim: Pick<Claim, 'attributes'>): RecordedWithdrawal | undefined {
  const recorded = claim.attributes.withdrawal;
  if (recorded === null || typeof recorded !== 'object' || !('name' in recorded) || !('declared_at' in recorded)) return undefined;
  const { name, declared_at: declaredAt } = recorded;
  if (typeof name !== 'string' || typeof declaredAt !== 'string') return undefined;
  const at = new Date(declaredAt);
  return Number.isNaN(at.getTime()) ? undefined : { name, declaredAt: at };
}

export interface ReceiptContext {
  storeName: string;
  t: (key: MessageKey) => string;
  locale: string;
  /** The zone the time is written in; the customer's own when not given. */
  timeZone?: string;
}

export function withdrawalReceipt(claim: Pick<Claim, 'number' | 'order' | 'lines'>, withdrawal: RecordedWithdrawal, context: ReceiptContext): string {
  const { t, locale } = context;
  const received = withdrawal.declaredAt.toLocaleString(locale, { dateStyle: 'long', timeStyle: 'long', timeZone: context.timeZone });
  return [
    t('receiptTitle'),
    '',
    fill(t('receiptIntro'), { store: context.storeName }),
    '',
    `“${fill(t('receiptStatement'), { order: claim.order.number })}”`,
    '',
    `${t('receiptDeclaredBy')}: ${withdrawal.name}`,
    `${t('receiptDeclaredAt')}: ${received}`,
    `${t('receiptRequest')}: ${claim.number}`,
    '',
    ...claim.lines.map((line) => `- ${line.quantity} × ${line.name} (${line.sku})`),
    '',
  ].join('\n');
}

/** A link target that downloads the text as a file, without a server round trip or an object URL to revoke. */
export function textFileHref(text: string): string {
  return `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
}
