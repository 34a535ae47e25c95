import { BlockList, isIP } from 'node:net';

// The SSRF rule, pure: a webhook may only call the public internet, never the service's
// own network. The core resolves host names (url-guard.ts) and the sender checks every
// connection; both ask this file which addresses are out of bounds.

const NON_PUBLIC_V4 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NON_PUBLIC_V4.addSubnet(network, prefix, 'ipv4');

// IPv6 is public only inside global unicast (2000::/3) and outside these. Everything below
// 2000:: is out, which takes the IPv4-compatible (::a.b.c.d), the IPv4-translated
// (::ffff:0:a.b.c.d) and the NAT64 forms (64:ff9b::/96, 64:ff9b:1::/48) of every address
// with it, whatever the IPv4 inside; IPv4-mapped addresses (::ffff:a.b.c.d) are read as the
// IPv4 address they are.
const NON_PUBLIC_V6 = new BlockList();
for (const [network, prefix] of [
  ['::', 3], ['4000::', 2], ['8000::', 1],
  ['2001::', 32], ['2001:db8::', 32], ['2002::', 16], ['3fff::', 20],
] as const) NON_PUBLIC_V6.addSubnet(network, prefix, 'ipv6');

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail read as two), or undefined. */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.toLowerCase();
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);
  const dotted = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted !== null) {
    const [a, b, c, d] = dotted.slice(2).map(Number) as [number, number, number, number];
    text = `${dotted[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const part = (half: string | undefined) => (half === undefined || half === '' ? [] : half.split(':').map((group) => Number.parseInt(group, 16)));
  const head = part(halves[0]);
  const tail = part(halves[1]);
  const groups = halves.length === 2 ? [...head, ...Array<number>(8 - head.length - tail.length).fill(0), ...tail] : head;
  return groups.length === 8 && groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : undefined;
}

/** Loopback, private, link-local, carrier-grade NAT, documentation, multicast and reserved ranges, in either family and any IPv6 form of an IPv4 one. */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 4) return NON_PUBLIC_V4.check(address, 'ipv4');
  const groups = ipv6Groups(address);
  if (groups === undefined) return true;
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    const [high = 0, low = 0] = groups.slice(6);
    return NON_PUBLIC_V4.check(`${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`, 'ipv4');
  }
  return NON_PUBLIC_V6.check(address.split('%')[0] ?? address, 'ipv6');
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
