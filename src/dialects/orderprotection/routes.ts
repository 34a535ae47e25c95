import type { FastifyPluginAsync } from 'fastify';
import type { Core } from '../../core/core.js';

/** The orderprotection dialect, mounted under /compat/orderprotection. */
export const orderProtection: FastifyPluginAsync<{ core: Core }> = async () => {};
