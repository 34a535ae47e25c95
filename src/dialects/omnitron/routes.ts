import type { FastifyPluginAsync } from 'fastify';
import type { Core } from '../../core/core.js';

/** The omnitron dialect, mounted under /compat/omnitron. */
export const omnitron: FastifyPluginAsync<{ core: Core }> = async () => {};
