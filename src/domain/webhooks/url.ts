import { BlockList, isIP } from 'node:net';

// The SSRF rule, pure: a webhook may only call the public internet, never the service's
// own network. The core resolves host names (url-guard.ts) and the sender checks every
// connection; both ask this file which addresses are out of bounds.

const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 32], ['2001:db8::', 32],
  ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) NON_PUBLIC.addSubnet(network, prefix, 'ipv6');

/** Loopback, private, link-local, carrier-grade NAT, documentation, multicast and reserved ranges. */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return NON_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** What a URL's text alone says: why it cannot be a webhook URL, or the host to check further. */
export type WebhookUrlShape =
  | { problem: string }
  | { problem?: undefined; host: string; isAddress: boolean };

export function webhookUrlShape(raw: string): WebhookUrlShape {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: 'url is not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'url must use http or https' };
  if (url.hash !== '') return { problem: 'url must not have a fragment' };
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return { host, isAddress: isIP(host) !== 0 };
}
