import type { FastifyRequest } from 'fastify';
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
  return listenOrigin();
}

/** An absolute link to `path` (which starts with /) on this service. */
export function publicLink(request: FastifyRequest, path: string): URL {
  // Concatenated, not resolved: a path such as //evil.example/x stays a path.
  return new URL(`${publicOrigin(request)}${path.startsWith('/') ? path : `/${path}`}`);
}
