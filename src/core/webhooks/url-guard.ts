import { lookup } from 'node:dns/promises';
import { privateWebhooksAllowed } from '../../config.js';
import { isNonPublicAddress, webhookUrlShape } from '../../domain/webhooks/url.js';

// The SSRF guard when an endpoint is saved: the URL's shape, then its host's addresses,
// unless the operator allows private webhooks (RECOURSE_ALLOW_PRIVATE_WEBHOOKS=1, for tests
// and single-host setups). The sender resolves the name again on every connection, so a
// name that later points inward is refused too.

export type ResolveHost = (host: string) => Promise<string[]>;

const resolveHost: ResolveHost = async (host) => (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/** Why `raw` cannot be a webhook URL, or undefined when it can. */
export async function checkWebhookUrl(
  raw: string, options: { allowPrivate: boolean; resolve?: ResolveHost } = { allowPrivate: privateWebhooksAllowed() },
): Promise<string | undefined> {
  const shape = webhookUrlShape(raw);
  if (shape.problem !== undefined) return shape.problem;
  if (options.allowPrivate) return undefined;
  const { host } = shape;
  if (shape.isAddress) return isNonPublicAddress(host) ? 'url points to a private or loopback address' : undefined;
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
