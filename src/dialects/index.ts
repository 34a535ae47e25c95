import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Core } from '../core/core.js';
import { renderOmnitronError } from './omnitron/render-error.js';
import { omnitron } from './omnitron/routes.js';
import { renderOrderProtectionError } from './orderprotection/render-error.js';
import { orderProtection } from './orderprotection/routes.js';
import { renderRefundsV2Error } from './refunds-v2/render-error.js';
import { refundsV2 } from './refunds-v2/routes.js';
import { renderSellerCenterError } from './seller-center/render-error.js';
import { sellerCenter } from './seller-center/routes.js';

/** Each dialect is one encapsulated plugin: its error handler and auth stay inside its prefix. */
export const DIALECTS = [
  { name: 'seller-center', plugin: sellerCenter, renderError: renderSellerCenterError },
  { name: 'omnitron', plugin: omnitron, renderError: renderOmnitronError },
  { name: 'orderprotection', plugin: orderProtection, renderError: renderOrderProtectionError },
  { name: 'refunds-v2', plugin: refundsV2, renderError: renderRefundsV2Error },
] as const;

/**
 * The error renderer of the door a URL belongs to, for errors the router raises before any
 * door's own handler runs (a malformed URL); undefined outside the dialects.
 */
export function dialectErrorRenderer(url: string): ((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => FastifyReply) | undefined {
  return DIALECTS.find((dialect) => url.startsWith(`/compat/${dialect.name}/`))?.renderError;
}

export async function registerDialects(app: FastifyInstance, core: Core): Promise<void> {
  for (const dialect of DIALECTS) await app.register(dialect.plugin, { prefix: `/compat/${dialect.name}`, core });
}
