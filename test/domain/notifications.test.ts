import { describe, expect, it } from 'vitest';
import { noticeOf } from '../../src/domain/notifications/notices.js';
import { emailLanguage, portalLink, renderEmail } from '../../src/domain/notifications/templates.js';

// Who is told of what, and in which words (docs/email.md).

const event = (type: string, data: Record<string, unknown>) => ({ type: type as never, data, claimId: 7 });

describe('which events are news to whom', () => {
  it('tells the customer of a decision, the parcel, the end and money on its way', () => {
    expect(noticeOf(event('claim.status_changed', { from: 'new', to: 'approved' }))).toEqual({ kind: 'status_changed', to: 'approved' });
    expect(noticeOf(event('claim.status_changed', { from: 'new', to: 'dismissed' }))).toEqual({ kind: 'status_changed', to: 'rejected' });
    expect(noticeOf(event('claim.status_changed', { from: 'in_return_transit', to: 'received' }))).toEqual({ kind: 'status_changed', to: 'received' });
    expect(noticeOf(event('refund.issued', { amount_minor: 11980, currency: 'EUR' }))).toEqual({ kind: 'refund_issued', amountMinor: 11980, currency: 'EUR' });
  });

  it('says nothing of moves that are no news: reviewing, approving what was confirmed, closing what was already told', () => {
    expect(noticeOf(event('claim.status_changed', { from: 'new', to: 'open' }))).toBeUndefined();
    expect(noticeOf(event('claim.status_changed', { from: 'confirmed', to: 'approved' }))).toBeUndefined();
    expect(noticeOf(event('claim.status_changed', { from: 'completed', to: 'closed' }))).toBeUndefined();
    expect(noticeOf(event('claim.status_changed', { from: 'approved', to: 'closed' }))).toEqual({ kind: 'status_changed', to: 'closed' });
  });

  it("passes on the merchant's public messages, never internal notes nor the customer's own words", () => {
    expect(noticeOf(event('message.created', { internal: false, message_id: 'm1', sender_type: 'merchant' }))).toEqual({ kind: 'merchant_message', messageId: 'm1' });
    expect(noticeOf(event('message.created', { internal: true, message_id: 'm2', sender_type: 'merchant' }))).toBeUndefined();
    expect(noticeOf(event('message.created', { internal: false, message_id: 'm3', sender_type: 'customer' }))).toBeUndefined();
  });

  it('tells an agent of an assignment naming them, and nobody of a queue assignment or an event without a claim', () => {
    expect(noticeOf(event('claim.assigned', { assignee_user_id: 'c0ffee00-0000-4000-8000-000000000001' }))).toEqual({ kind: 'claim_assigned', assignee: 'c0ffee00-0000-4000-8000-000000000001' });
    expect(noticeOf(event('claim.assigned', { queue: 'risk', from: null }))).toBeUndefined();
    expect(noticeOf({ type: 'refund.issued', data: { amount_minor: 100, currency: 'EUR' }, claimId: null })).toBeUndefined();
  });
});

describe('the words of an email', () => {
  it("is written in the store's first language that has words, else English", () => {
    expect(emailLanguage(['de-AT', 'en'])).toBe('de');
    expect(emailLanguage(['fr', 'tr'])).toBe('tr');
    expect(emailLanguage(['fr'])).toBe('en');
  });

  it('quotes the message in the text and escapes it in the HTML, with the link in both', () => {
    const link = portalLink('https://returns.example', 'demo', 'c0ffee00-0000-4000-8000-000000000001');
    const email = renderEmail({ kind: 'merchant_message', messageId: 'm1' }, 'en', {
      storeName: 'Demo Store', claimNumber: 'R-5100000', readerName: 'Ayşe', link, messageBody: 'Send it <b>back</b>\nthanks',
    });
    expect(email.subject).toContain('R-5100000');
    expect(email.text).toContain('> Send it <b>back</b>\n> thanks');
    expect(email.text).toContain(link);
    expect(email.html).toContain('Send it &lt;b&gt;back&lt;/b&gt;<br>thanks');
    expect(email.html).not.toContain('<b>back</b>');
  });

  it('states a refund in the currency\'s own digits', () => {
    const email = renderEmail({ kind: 'refund_issued', amountMinor: 12345, currency: 'HUF' }, 'de', {
      storeName: 'Demo', claimNumber: 'R-1', readerName: 'Jana', link: 'https://returns.example/portal/demo/claims/x',
    });
    expect(email.text).toContain('123.45 HUF');
  });
});
