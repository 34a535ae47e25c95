import type { FastifyPluginAsync } from 'fastify';
import type { Core } from '../../core/core.js';

/** The seller-center dialect, mounted under /compat/seller-center. */
export const sellerCenter: FastifyPluginAsync<{ core: Core }> = async () => {};
