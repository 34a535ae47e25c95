import type { FastifyInstance } from 'fastify';
import type { Core } from '../core/core.js';
import { omnitron } from './omnitron/routes.js';
import { orderProtection } from './orderprotection/routes.js';
import { refundsV2 } from './refunds-v2/routes.js';
import { sellerCenter } from './seller-center/routes.js';

/** Each dialect is one encapsulated plugin: its error handler and auth stay inside its prefix. */
export const DIALECTS = [
  { name: 'seller-center', plugin: sellerCenter },
  { name: 'omnitron', plugin: omnitron },
  { name: 'orderprotection', plugin: orderProtection },
  { name: 'refunds-v2', plugin: refundsV2 },
] as const;

export async function registerDialects(app: FastifyInstance, core: Core): Promise<void> {
  for (const dialect of DIALECTS) await app.register(dialect.plugin, { prefix: `/compat/${dialect.name}`, core });
}
