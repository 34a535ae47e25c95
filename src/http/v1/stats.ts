import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../core/core.js';
import { getOverview } from '../../core/stores/overview.js';
import { countClaimsByStatus } from '../../core/claims/read-claims.js';
import { CLAIM_STATUSES } from '../../domain/claim/status.js';
import { filterOf, ListQuery } from './claims.js';
import { withErrors } from './schemas.js';

const DAY_MS = 86_400_000;

const OverviewSchema = Type.Object({
  from: Type.String(), to: Type.String(),
  claims_per_day: Type.Array(Type.Object({ day: Type.String(), kind: Type.String(), status: Type.String(), count: Type.Integer() })),
  refund_totals: Type.Array(Type.Object({ currency: Type.String(), status: Type.String(), amount: Type.Integer(), count: Type.Integer() })),
  first_response: Type.Object({ median_seconds: Type.Union([Type.Number(), Type.Null()]), claims: Type.Integer() }),
  resolution: Type.Object({ median_seconds: Type.Union([Type.Number(), Type.Null()]), claims: Type.Integer() }),
  top_reasons: Type.Array(Type.Object({ reason_id: Type.Union([Type.Integer(), Type.Null()]), subject: Type.Union([Type.String(), Type.Null()]), count: Type.Integer() })),
  top_skus: Type.Array(Type.Object({ sku: Type.String(), claims: Type.Integer(), quantity: Type.Integer() })),
}, { $id: 'Overview' });

export const statsRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  const { cursor: _cursor, limit: _limit, include_deleted: _deleted, ...filters } = ListQuery.properties;
  app.get('/stats/claims-by-status', {
    schema: {
      operationId: 'countClaimsByStatus',
      tags: ['stats'], summary: 'How many claims match the list filters, per status (for status tabs)',
      querystring: Type.Object({ ...filters, status: Type.Optional(Type.String({ maxLength: 0, description: 'not accepted here: the counts are per status' })) }),
      response: withErrors({ 200: Type.Object({ total: Type.Integer(), counts: Type.Record(Type.String(), Type.Integer()) }) }),
    },
  }, async (request) => {
    const counts = await countClaimsByStatus(core, request.actor, filterOf({ ...request.query, status: undefined }, request.actor));
    const complete = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, counts[status] ?? 0]));
    return { total: Object.values(complete).reduce((sum, count) => sum + count, 0), counts: complete };
  });

  app.get('/stats/overview', {
    schema: {
      operationId: 'getOverview',
      tags: ['stats'], summary: 'Claims per day by kind and status, refund totals, median response and resolution times, top reasons and SKUs',
      querystring: Type.Object({
        from: Type.Optional(Type.String({ format: 'date-time', description: 'default: 30 days before `to`' })),
        to: Type.Optional(Type.String({ format: 'date-time', description: 'default: now' })),
        store_id: Type.Optional(Type.Integer({ minimum: 1, description: 'admin keys only' })),
      }),
      response: withErrors({ 200: OverviewSchema }),
    },
  }, async (request) => {
    const to = request.query.to === undefined ? core.clock() : new Date(request.query.to);
    const from = request.query.from === undefined ? new Date(to.getTime() - 30 * DAY_MS) : new Date(request.query.from);
    const found = await getOverview(core, request.actor, { storeId: request.query.store_id, from, to });
    return {
      from: found.range.from.toISOString(), to: found.range.to.toISOString(),
      claims_per_day: found.claimsPerDay.map((row) => ({ day: row.day, kind: row.kind, status: row.status, count: row.total })),
      refund_totals: found.refundTotals.map((row) => ({ currency: row.currency, status: row.status, amount: row.amountMinor, count: row.total })),
      first_response: { median_seconds: found.firstResponse.seconds, claims: found.firstResponse.claims },
      resolution: { median_seconds: found.resolution.seconds, claims: found.resolution.claims },
      top_reasons: found.topReasons.map((row) => ({ reason_id: row.reasonId, subject: row.subject, count: row.total })),
      top_skus: found.topSkus,
    };
  });
};
