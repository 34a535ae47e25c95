import { describe, expect, it } from 'vitest';
import { checkWebhookUrl } from '../../src/core/webhooks/url-guard.js';
import { afterAttempt, DEFAULT_DISABLE_POLICY, DEFAULT_RETRY_POLICY, retryDelayMs, shouldDisable } from '../../src/domain/webhooks/retry.js';
import { checkSubscription, FORMAT_EVENT_TYPES, subscribesTo, WEBHOOK_EVENT_TYPES } from '../../src/domain/webhooks/subscriptions.js';
import { isNonPublicAddress } from '../../src/domain/webhooks/url.js';
import { OP_TOPIC_OF } from '../../src/webhooks/orderprotection.js';

const HOUR = 3_600_000;

describe('the retry schedule', () => {
  it('grows exponentially from 30 s and stops growing at 8 h', () => {
    const middle = (attempt: number) => retryDelayMs(DEFAULT_RETRY_POLICY, attempt, 0.5);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(middle)).toEqual([30_000, 90_000, 270_000, 810_000, 2_430_000, 7_290_000, 21_870_000, 8 * HOUR, 8 * HOUR]);
  });

  it('spreads each wait by ±20 % of jitter', () => {
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, 0)).toBe(24_000);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, 0.999_999)).toBeCloseTo(36_000, -1);
    for (let attempt = 1; attempt < 12; attempt += 1) {
      const delay = retryDelayMs(DEFAULT_RETRY_POLICY, attempt, Math.random());
      const base = retryDelayMs(DEFAULT_RETRY_POLICY, attempt, 0.5);
      expect(delay).toBeGreaterThanOrEqual(base * 0.8 - 1);
      expect(delay).toBeLessThanOrEqual(base * 1.2 + 1);
    }
  });

  it('spends about a day over the default ten attempts', () => {
    let total = 0;
    for (let attempt = 1; attempt < DEFAULT_RETRY_POLICY.attemptsMax; attempt += 1) total += retryDelayMs(DEFAULT_RETRY_POLICY, attempt, 0.5);
    expect(total / HOUR).toBeGreaterThan(20);
    expect(total / HOUR).toBeLessThan(30);
  });

  it('schedules the next attempt after a failure, and gives up after the last one', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    expect(afterAttempt(DEFAULT_RETRY_POLICY, { attemptCount: 1, attemptsMax: 10 }, false, at, 0.5))
      .toEqual({ status: 'pending', nextAttemptAt: new Date('2026-01-01T00:00:30Z') });
    expect(afterAttempt(DEFAULT_RETRY_POLICY, { attemptCount: 10, attemptsMax: 10 }, false, at, 0.5)).toEqual({ status: 'failed' });
    expect(afterAttempt(DEFAULT_RETRY_POLICY, { attemptCount: 10, attemptsMax: 10 }, true, at, 0.5)).toEqual({ status: 'succeeded' });
  });
});

describe('switching a failing endpoint off', () => {
  const at = new Date('2026-01-10T00:00:00Z');
  it('waits for both enough failures and a long enough run', () => {
    expect(shouldDisable(DEFAULT_DISABLE_POLICY, { failureCount: 30, failingSince: new Date('2026-01-07T00:00:00Z') }, at)).toBe(true);
    expect(shouldDisable(DEFAULT_DISABLE_POLICY, { failureCount: 29, failingSince: new Date('2026-01-01T00:00:00Z') }, at)).toBe(false);
    expect(shouldDisable(DEFAULT_DISABLE_POLICY, { failureCount: 500, failingSince: new Date('2026-01-07T00:00:01Z') }, at)).toBe(false);
    expect(shouldDisable(DEFAULT_DISABLE_POLICY, { failureCount: 500, failingSince: null }, at)).toBe(false);
  });
});

describe('subscriptions', () => {
  it('takes "*" alone or a list of known event types', () => {
    expect(checkSubscription('native', ['*'])).toBeUndefined();
    expect(checkSubscription('native', ['claim.created', 'refund.issued'])).toBeUndefined();
    expect(checkSubscription('native', ['*', 'claim.created'])).toMatch(/alone/);
    expect(checkSubscription('native', [])).toMatch(/at least one/);
    expect(checkSubscription('native', ['claim.exploded'])).toMatch(/not an event type/);
  });

  it('refuses event types the OrderProtection format has no topic for', () => {
    expect(checkSubscription('orderprotection', ['claim.rejected', 'message.created'])).toBeUndefined();
    expect(checkSubscription('orderprotection', ['refund.issued'])).toMatch(/no topic for refund.issued/);
  });

  it('sends "*" only what the format carries', () => {
    expect(subscribesTo({ format: 'native', eventTypes: ['*'] }, 'refund.issued')).toBe(true);
    expect(subscribesTo({ format: 'orderprotection', eventTypes: ['*'] }, 'refund.issued')).toBe(false);
    expect(subscribesTo({ format: 'native', eventTypes: ['claim.created'] }, 'claim.approved')).toBe(false);
  });

  it('carries every event the issue names', () => {
    for (const type of ['claim.created', 'claim.status_changed', 'claim.approved', 'claim.rejected', 'claim.completed', 'message.created',
      'refund.created', 'refund.issued', 'refund.cancelled', 'return_shipment.updated', 'webhook_endpoint.disabled']) {
      expect(WEBHOOK_EVENT_TYPES).toContain(type);
    }
  });

  it('maps every OrderProtection event type to its documented topic', () => {
    expect(Object.keys(OP_TOPIC_OF).sort()).toEqual([...FORMAT_EVENT_TYPES.orderprotection].sort());
    expect(Object.values(OP_TOPIC_OF).sort()).toEqual(['claim.approved', 'claim.created', 'claim.denied', 'message.created']);
  });
});

describe('the SSRF guard', () => {
  it('knows private, loopback, link-local and reserved addresses', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '224.0.0.1']) {
      expect(isNonPublicAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111']) expect(isNonPublicAddress(address), address).toBe(false);
  });

  it('knows every IPv6 form of a private IPv4 address: compatible, mapped, translated, NAT64, 6to4, Teredo', async () => {
    const forms = [
      '::127.0.0.1', '::7f00:1', '::10.0.0.1', '::a00:1', '0:0:0:0:0:0:192.168.1.1', // IPv4-compatible
      '::ffff:127.0.0.1', '::ffff:7f00:1', '0:0:0:0:0:ffff:a9fe:a9fe', '::FFFF:10.1.2.3', // IPv4-mapped
      '::ffff:0:7f00:1', '::ffff:0:127.0.0.1', '::ffff:0:a00:1', '::ffff:0:0:a00:1', // IPv4-translated and other ::/8 shapes
      '64:ff9b::7f00:1', '64:ff9b::10.0.0.1', '64:ff9b:1::a00:1', // NAT64
      '2002:7f00:1::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', '::1%lo', 'fe80::1%eth0', '3fff::1', '100::1',
    ];
    for (const address of forms) expect(isNonPublicAddress(address), address).toBe(true);
    for (const address of ['::ffff:8.8.8.8', '::ffff:808:808', '2a00:1450:4001:82a::200e', '2606:4700::1111']) expect(isNonPublicAddress(address), address).toBe(false);
    for (const url of ['http://[::127.0.0.1]/hook', 'http://[::7f00:1]/hook', 'http://[::ffff:0:7f00:1]/hook', 'http://[::ffff:127.0.0.1]/hook', 'http://[64:ff9b::169.254.169.254]/hook', 'http://[::ffff:0:a9fe:a9fe]/']) {
      expect(await checkWebhookUrl(url, { allowPrivate: false }), url).toMatch(/private or loopback/);
    }
    expect(await checkWebhookUrl('http://[2606:4700::1111]/hook', { allowPrivate: false })).toBeUndefined();
  });

  const publicHost = async () => ['93.184.216.34'];
  it('refuses schemes other than http(s)', async () => {
    expect(await checkWebhookUrl('ftp://example.com/x', { allowPrivate: false, resolve: publicHost })).toMatch(/http or https/);
    expect(await checkWebhookUrl('file:///etc/passwd', { allowPrivate: true })).toMatch(/http or https/);
    expect(await checkWebhookUrl('not a url', { allowPrivate: true })).toMatch(/not a URL/);
  });

  it('refuses literal and resolved private addresses unless allowed', async () => {
    expect(await checkWebhookUrl('http://127.0.0.1:8080/hook', { allowPrivate: false })).toMatch(/private or loopback/);
    expect(await checkWebhookUrl('http://[::1]/hook', { allowPrivate: false })).toMatch(/private or loopback/);
    expect(await checkWebhookUrl('https://inside.example/hook', { allowPrivate: false, resolve: async () => ['93.184.216.34', '10.0.0.5'] })).toMatch(/resolves to a private/);
    expect(await checkWebhookUrl('https://nowhere.example/hook', { allowPrivate: false, resolve: async () => { throw new Error('ENOTFOUND'); } })).toMatch(/does not resolve/);
    expect(await checkWebhookUrl('https://shop.example/hook', { allowPrivate: false, resolve: publicHost })).toBeUndefined();
    expect(await checkWebhookUrl('http://127.0.0.1:8080/hook', { allowPrivate: true })).toBeUndefined();
  });
});
