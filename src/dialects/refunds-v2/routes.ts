import type { FastifyPluginAsync } from 'fastify';
import type { Core } from '../../core/core.js';

/** The refunds-v2 dialect, mounted under /compat/refunds-v2. */
export const refundsV2: FastifyPluginAsync<{ core: Core }> = async () => {};
