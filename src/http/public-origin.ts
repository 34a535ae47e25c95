import type { FastifyRequest } from 'fastify';
import type { AddressInfo } from 'node:net';
import { hostHeaderTrusted, listenOrigin, publicUrl } from '../config.js';

// Links this service writes into its answers (a DRF page's next and previous, an upload's
// URL) are built on its configured public address, never on a Host header a client chose:
// RECOURSE_PUBLIC_URL, else the request's Host only when RECOURSE_TRUST_HOST_HEADER=1, else
// the listen address.

/** The origin (and path prefix, when the public URL has one) links start with; no trailing slash. */
export function publicOrigin(request: FastifyRequest): string {
  const configured = publicUrl();
  if (configured !== undefined) return configured;
  if (hostHeaderTrusted()) return `${request.protocol}://${request.host}`;
  return boundOrigin(request) ?? listenOrigin();
}

/**
 * The address the server is actually bound to (PORT=0 picks one at start); for a wildcard
 * bind, the local address of the connection the request came in on. Both are the server's
 * own, never what a client wrote. Undefined when nothing listens (an injected request).
 */
function boundOrigin(request: FastifyRequest): string | undefined {
  const bound = request.server.server.address() as AddressInfo | string | null;
  if (bound === null || typeof bound === 'string') return undefined;
  const wildcard = bound.address === '0.0.0.0' || bound.address === '::';
  const host = wildcard ? request.socket.localAddress : bound.address;
  if (host === undefined) return undefined;
  const plain = host.startsWith('::ffff:') ? host.slice('::ffff:'.length) : host;
  return `http://${plain.includes(':') ? `[${plain}]` : plain}:${bound.port}`;
}

/** An absolute link to `path` (which starts with /) on this service. */
export function publicLink(request: FastifyRequest, path: string): URL {
  // Concatenated, not resolved: a path such as //evil.example/x stays a path.
  return new URL(`${publicOrigin(request)}${path.startsWith('/') ? path : `/${path}`}`);
}
