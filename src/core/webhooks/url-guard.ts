import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

// The SSRF guard: a webhook may only call the public internet, never the service's own
// network, unless the operator allows it (RECOURSE_ALLOW_PRIVATE_WEBHOOKS=1, for tests and
// single-host setups). The host name is resolved when the endpoint is saved and again, by
// the sender, on every connection, so a name that later points inward is refused too.

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

export function privateWebhooksAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS === '1';
}

export type ResolveHost = (host: string) => Promise<string[]>;

const resolveHost: ResolveHost = async (host) => (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/** Why `raw` cannot be a webhook URL, or undefined when it can. */
export async function checkWebhookUrl(
  raw: string, options: { allowPrivate: boolean; resolve?: ResolveHost } = { allowPrivate: privateWebhooksAllowed() },
): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url is not a URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'url must use http or https';
  if (url.hash !== '') return 'url must not have a fragment';
  if (options.allowPrivate) return undefined;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host) !== 0) return isNonPublicAddress(host) ? 'url points to a private or loopback address' : undefined;
  let addresses: string[];
  try {
    addresses = await (options.resolve ?? resolveHost)(host);
  } catch {
    return `the host ${host} does not resolve`;
  }
  if (addresses.length === 0) return `the host ${host} does not resolve`;
  if (addresses.some(isNonPublicAddress)) return `the host ${host} resolves to a private or loopback address`;
  return undefined;
}
