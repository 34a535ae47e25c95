import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { isNonPublicAddress } from '../domain/webhooks/url.js';

// One HTTP POST of a webhook: a hard timeout, no redirects followed (a 3xx is a failure),
// and, unless private webhooks are allowed, a connection only to public addresses,
// checked on the address actually dialled so a host name cannot be re-pointed inward.

export interface SendOptions {
  timeoutMs: number;
  allowPrivate: boolean;
}

export interface SendResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export type SendWebhook = (url: string, headers: Record<string, string>, body: string, options: SendOptions) => Promise<SendResult>;

const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error !== null) return callback(error, '', 0);
    const refused = addresses.find((entry) => isNonPublicAddress(entry.address));
    if (refused !== undefined || addresses.length === 0) {
      return callback(new Error(`${hostname} resolves to a private or loopback address`), '', 0);
    }
    if (options.all === true) return callback(null, addresses);
    const [first] = addresses;
    return callback(null, first?.address ?? '', first?.family ?? 4);
  });
};

export const sendWebhook: SendWebhook = (url, headers, body, options) => {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const target = new URL(url);
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!options.allowPrivate && isIP(host) !== 0 && isNonPublicAddress(host)) {
    return Promise.resolve({ statusCode: null, error: `${host} is a private or loopback address`, durationMs: 0 });
  }
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (statusCode: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ statusCode, error, durationMs: elapsed() });
    };
    const request = client.request(target, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'Recourse-Webhooks/1' },
      ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
    }, (response) => {
      // Only the status matters; the body is read and dropped so the connection can be reused.
      response.resume();
      finish(response.statusCode ?? null, null);
    });
    const timer = setTimeout(() => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs);
    request.on('error', (error) => finish(null, error.message));
    request.end(body);
  });
};
