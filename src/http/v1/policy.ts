import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Core } from '../../core/core.js';
import { getPolicy, listPolicyVersions, POLICY_VERSIONS_PAGE_MAX, putPolicy } from '../../core/policies/documents.js';
import { SIMULATION_CLAIMS_MAX, simulateHypothetical, simulateOnStoredClaims, type Verdict } from '../../core/policies/simulate.js';
import { CLAIM_KINDS, INCIDENT_TYPES } from '../../domain/claim/status.js';
import { PolicyDocument } from '../../domain/policy/document.js';
import type { StoredPolicy } from '../../domain/policy/stored-policy.js';
import { RefusalError } from '../../domain/refusal.js';
import { expectedVersion } from './claims.js';
import { AmountMinor, Currency, IfMatchHeaders, withErrors } from './schemas.js';
import { StringEnum } from '../string-enum.js';

// The store's policy: one versioned JSON document (GET/PUT), its history, and a simulator
// that runs a draft against a hypothetical claim or the store's recent claims.

const StoreQuery = Type.Object({ store_id: Type.Optional(Type.Integer({ minimum: 1, description: 'required with an admin key' })) });

const PolicyVersionSchema = Type.Object({
  store_id: Type.Integer(), version: Type.Integer(), policy: PolicyDocument,
  created_by: Type.Object({ type: Type.String(), name: Type.String(), key_id: Type.Optional(Type.Integer()) }),
  created_at: Type.String(),
}, { $id: 'PolicyVersion' });

const Timestamp = Type.String({ format: 'date-time' });

const HypotheticalClaim = Type.Object({
  kind: StringEnum(CLAIM_KINDS),
  reason_id: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.String({ format: 'uuid' })])),
  type: Type.Optional(StringEnum(INCIDENT_TYPES)),
  description: Type.Optional(Type.String({ maxLength: 10_000 })),
  photos: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  receipts: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  currency: Currency,
  order_placed_at: Timestamp,
  filed_at: Type.Optional(Timestamp),
  items: Type.Array(Type.Object({
    sku: Type.String({ minLength: 1, maxLength: 255 }), quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }), unit_price: AmountMinor,
    fulfillment_status: Type.Optional(StringEnum(['unfulfilled', 'shipped', 'delivered'] as const)),
    shipped_at: Type.Optional(Timestamp), delivered_at: Type.Optional(Timestamp),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 100 }),
  customer: Type.Optional(Type.Object({
    claims: Type.Optional(Type.Integer({ minimum: 0 })), refunded_amount: Type.Optional(AmountMinor),
  }, { additionalProperties: false, description: "the customer's history in every window the rules name" })),
}, { additionalProperties: false });

const SimulateBody = Type.Object({
  policy: PolicyDocument,
  claim: Type.Optional(HypotheticalClaim),
  since_days: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, description: "replay the store's claims filed in the last N days" })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: SIMULATION_CLAIMS_MAX, default: 100 })),
}, { additionalProperties: false });

const VerdictSchema = Type.Object({
  outcome: StringEnum(['refused', 'decided', 'undecided'] as const),
  refusal: Type.Optional(Type.Object({ code: Type.String(), message: Type.String() }, { additionalProperties: true })),
  decision: Type.Optional(Type.Object({
    rule_id: Type.String(), action: Type.String(), reason: Type.Optional(Type.String()), refund_amount: Type.Optional(Type.Integer()),
  })),
  flags: Type.Array(Type.Object({ tag: Type.String(), rule_id: Type.String() })),
  queue: Type.Optional(Type.Object({ queue: Type.String(), rule_id: Type.String() })),
  matched_rules: Type.Array(Type.String()),
});

const SimulationSchema = Type.Object({
  verdict: Type.Optional(VerdictSchema),
  claims: Type.Optional(Type.Array(Type.Object({
    claim: Type.Object({
      id: Type.Integer(), uuid: Type.String(), number: Type.String(), kind: Type.String(), status: Type.String(),
      decision: Type.Union([Type.String(), Type.Null()]), policy_version: Type.Union([Type.Integer(), Type.Null()]), created_at: Type.String(),
    }),
    verdict: VerdictSchema,
  }))),
  summary: Type.Optional(Type.Object({ claims: Type.Integer(), refused: Type.Integer(), decided: Type.Integer(), undecided: Type.Integer() })),
});

function renderPolicy(policy: StoredPolicy) {
  return {
    store_id: policy.storeId, version: policy.version, policy: policy.document, created_by: policy.createdBy,
    created_at: policy.createdAt.toISOString(),
  };
}

function renderVerdict(verdict: Verdict) {
  const { refusal, decision, queue } = verdict;
  return {
    outcome: verdict.outcome,
    ...(refusal === undefined ? {} : { refusal }),
    ...(decision === undefined ? {} : {
      decision: {
        rule_id: decision.ruleId, action: decision.action, ...(decision.reason === undefined ? {} : { reason: decision.reason }),
        ...(decision.refundAmountMinor === undefined ? {} : { refund_amount: decision.refundAmountMinor }),
      },
    }),
    flags: verdict.flags.map((flag) => ({ tag: flag.tag, rule_id: flag.ruleId })),
    ...(queue === undefined ? {} : { queue: { queue: queue.queue, rule_id: queue.ruleId } }),
    matched_rules: verdict.matched,
  };
}

export const policyRoutes: FastifyPluginAsyncTypebox<{ core: Core }> = async (app, { core }) => {
  app.get('/policy', {
    schema: { operationId: 'getPolicy', tags: ['policy'], summary: "The store's current policy", querystring: StoreQuery, response: withErrors({ 200: PolicyVersionSchema }) },
  }, async (request, reply) => {
    const policy = await getPolicy(core, request.actor, { storeId: request.query.store_id });
    return reply.header('etag', `"${policy.version}"`).send(renderPolicy(policy));
  });

  app.put('/policy', {
    schema: {
      operationId: 'replacePolicy',
      tags: ['policy'], summary: 'Replace the policy with a new version (If-Match for optimistic concurrency)',
      querystring: StoreQuery, headers: IfMatchHeaders, body: PolicyDocument, response: withErrors({ 200: PolicyVersionSchema }),
    },
  }, async (request, reply) => {
    const policy = await putPolicy(core, request.actor, { storeId: request.query.store_id, document: request.body, expectedVersion: expectedVersion(request) });
    return reply.header('etag', `"${policy.version}"`).send(renderPolicy(policy));
  });

  app.get('/policy/versions', {
    schema: {
      operationId: 'listPolicyVersions',
      tags: ['policy'], summary: 'Every version of the policy, newest first',
      querystring: Type.Object({
        store_id: Type.Optional(Type.Integer({ minimum: 1 })),
        before: Type.Optional(Type.Integer({ minimum: 1, description: 'versions below this one' })),
        limit: Type.Integer({ minimum: 1, maximum: POLICY_VERSIONS_PAGE_MAX, default: 20 }),
      }),
      response: withErrors({ 200: Type.Object({ data: Type.Array(PolicyVersionSchema), next_before: Type.Union([Type.Integer(), Type.Null()]) }) }),
    },
  }, async (request) => {
    const { store_id: storeId, before, limit } = request.query;
    const versions = await listPolicyVersions(core, request.actor, { storeId, beforeVersion: before, limit });
    const last = versions.at(-1);
    return { data: versions.map(renderPolicy), next_before: versions.length === limit && last !== undefined && last.version > 1 ? last.version : null };
  });

  app.get('/policy/versions/:version', {
    schema: {
      operationId: 'getPolicyVersion',
      tags: ['policy'], summary: 'One version of the policy', querystring: StoreQuery,
      params: Type.Object({ version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) }), response: withErrors({ 200: PolicyVersionSchema }),
    },
  }, async (request) => renderPolicy(await getPolicy(core, request.actor, { storeId: request.query.store_id, version: request.params.version })));

  app.post('/policy/simulate', {
    schema: {
      operationId: 'simulatePolicy',
      tags: ['policy'], summary: 'Run a draft policy against a hypothetical claim or recent claims, changing nothing',
      querystring: StoreQuery, body: SimulateBody, response: withErrors({ 200: SimulationSchema }),
    },
  }, async (request) => {
    const body = request.body;
    const storeId = request.query.store_id;
    if ((body.claim === undefined) === (body.since_days === undefined)) {
      throw new RefusalError({ code: 'invalid_input', message: 'give either claim (a hypothetical claim) or since_days (replay recent claims)', path: '/claim' });
    }
    if (body.claim !== undefined) {
      const claim = body.claim;
      const reasonId = claim.reason_id;
      const verdict = await simulateHypothetical(core, request.actor, {
        storeId, policy: body.policy,
        claim: {
          kind: claim.kind, ...(reasonId === undefined ? {} : { reason: typeof reasonId === 'number' ? { id: reasonId } : { uuid: reasonId } }),
          incidentType: claim.type, description: claim.description, photos: claim.photos ?? 0, receipts: claim.receipts ?? 0,
          currency: claim.currency.toUpperCase(), orderPlacedAt: new Date(claim.order_placed_at),
          ...(claim.filed_at === undefined ? {} : { filedAt: new Date(claim.filed_at) }),
          items: claim.items.map((item) => ({
            sku: item.sku, quantity: item.quantity, unitPriceMinor: item.unit_price, fulfillmentStatus: item.fulfillment_status ?? 'delivered',
            shippedAt: item.shipped_at === undefined ? null : new Date(item.shipped_at),
            deliveredAt: item.delivered_at === undefined ? null : new Date(item.delivered_at),
          })),
          customer: { claims: claim.customer?.claims ?? 0, refundedMinor: claim.customer?.refunded_amount ?? 0 },
        },
      });
      return { verdict: renderVerdict(verdict) };
    }
    const replayed = await simulateOnStoredClaims(core, request.actor, { storeId, policy: body.policy, sinceDays: body.since_days ?? 30, limit: body.limit ?? 100 });
    const count = (outcome: Verdict['outcome']) => replayed.filter((entry) => entry.verdict.outcome === outcome).length;
    return {
      claims: replayed.map(({ claim, verdict }) => ({
        claim: {
          id: claim.id, uuid: claim.uuid, number: claim.number, kind: claim.kind, status: claim.status, decision: claim.decision,
          policy_version: claim.policyVersion, created_at: claim.createdAt.toISOString(),
        },
        verdict: renderVerdict(verdict),
      })),
      summary: { claims: replayed.length, refused: count('refused'), decided: count('decided'), undecided: count('undecided') },
    };
  });
};
