import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo, demoInstructions, DEMO_OWNER, pathTo, type DemoResult } from '../../src/cli/seed.js';
import { REASONS } from '../../src/cli/demo-texts.js';
import { fileClaim } from '../../src/core/claims/file-claim.js';
import { createCore } from '../../src/core/core.js';
import type { Actor } from '../../src/domain/actor.js';
import { CLAIM_STATUSES, isUndecided, type ClaimStatus } from '../../src/domain/claim/status.js';
import { checkClaimTransition } from '../../src/domain/claim/transitions.js';
import { openTestDatabase, type TestDatabase } from '../support/databases.js';

// The demo must feel like a shop on its first day in the console: weeks of history, mostly
// finished, a backlog with some of it overdue, the policy's decisions, queues and flags, real
// words and a few photos, and printed steps that lead to a working console and portal.

const DAY_MS = 86_400_000;
const FINISHED: readonly ClaimStatus[] = ['completed', 'completed_by_merchant', 'closed', 'archived', 'rejected', 'cancelled', 'dismissed'];

describe('recourse seed --demo', () => {
  let database: TestDatabase;
  let result: DemoResult;
  const uploads = mkdtempSync(join(tmpdir(), 'recourse-seed-test-'));
  const started = new Date();

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    result = await buildDemo(createCore(database.db), 160, () => undefined, { origin: 'http://localhost:8080', uploadsFolder: uploads });
  }, 180_000);

  afterAll(async () => {
    await database.dispose();
  });

  it('finds a legal path from new to every status, and from one status to another', () => {
    for (const target of CLAIM_STATUSES.filter((status) => status !== 'new')) {
      const path = pathTo(target);
      expect(path.at(-1)).toBe(target);
      ['new', ...path].slice(0, -1).forEach((from, index) => expect(checkClaimTransition(from as never, path[index] as never)).toBeUndefined());
    }
    expect(pathTo('closed', 'approved')).toEqual(['closed']);
    expect(pathTo('new', 'closed')).toEqual([]);
  });

  it('spreads the claims over weeks, more of them recent, mostly finished, with an open backlog', async () => {
    const claims = await database.db.selectFrom('claims').select(['status', 'created_at']).execute();
    expect(claims.length).toBe(result.claimCount);
    expect(claims.length).toBeGreaterThan(50);
    const ages = claims.map((claim) => (started.getTime() - claim.created_at.getTime()) / DAY_MS);
    expect(Math.max(...ages)).toBeGreaterThan(35);
    expect(Math.min(...ages)).toBeGreaterThan(0);
    expect(ages.filter((age) => age < 14).length).toBeGreaterThan(ages.filter((age) => age >= 28 && age < 42).length);
    const finished = claims.filter((claim) => FINISHED.includes(claim.status)).length;
    const undecided = claims.filter((claim) => isUndecided(claim.status)).length;
    expect(finished / claims.length).toBeGreaterThan(0.5);
    expect(undecided).toBeGreaterThanOrEqual(8);
    // Claims finished long ago; the backlog is recent, apart from a few that were forgotten.
    const oldOpen = claims.filter((claim) => isUndecided(claim.status) && started.getTime() - claim.created_at.getTime() > 7 * DAY_MS).length;
    expect(oldOpen).toBeLessThan(undecided / 2);
  });

  it('shows the policy at work: automatic decisions, queues, flags and breached service levels', async () => {
    const claims = await database.db.selectFrom('claims').select(['queue', 'risk_flags', 'policy_decision']).execute();
    expect(claims.filter((claim) => claim.policy_decision !== null).length).toBeGreaterThan(10);
    expect(new Set(claims.map((claim) => claim.queue).filter((queue) => queue !== null))).toContain('risk');
    const flags = claims.flatMap((claim) => claim.risk_flags);
    expect(flags).toContain('serial_returner');
    expect(flags.some((flag) => flag.startsWith('sla_'))).toBe(true);
  });

  it('writes varied words, incident types that match their reasons, and photos that exist', async () => {
    const claims = await database.db.selectFrom('claims').leftJoin('reasons', 'reasons.id', 'claims.reason_id')
      .select(['claims.id', 'claims.kind', 'claims.incident_type', 'claims.description', 'reasons.subject']).execute();
    const descriptions = claims.map((claim) => claim.description ?? '');
    const counts = new Map<string, number>();
    for (const text of descriptions) counts.set(text, (counts.get(text) ?? 0) + 1);
    expect(counts.size).toBeGreaterThan(15);
    expect(Math.max(...counts.values()) / claims.length).toBeLessThan(0.2);
    for (const claim of claims.filter((candidate) => candidate.kind === 'incident')) {
      expect(claim.incident_type).toBe(REASONS.find((reason) => reason.subject === claim.subject)?.incidentType);
    }
    const messages = await database.db.selectFrom('messages').select('body').execute();
    expect(new Set(messages.map((message) => message.body)).size).toBeGreaterThan(10);
    const attachments = await database.db.selectFrom('attachments').select('url').where('store_id', '=', result.storeId).execute();
    const { rows: files } = await sql<{ uuid: string; path: string }>`SELECT uuid, path FROM uploads WHERE store_id = ${result.storeId}`.execute(database.db);
    const attached = files.filter((file) => attachments.some((attachment) => attachment.url === `http://localhost:8080/v1/uploads/${file.uuid}`));
    expect(attached.length).toBeGreaterThan(5);
    expect(attached.length).toBe(attachments.length);
    expect(attached.every((file) => existsSync(join(uploads, file.path)))).toBe(true);
  });

  it('prints the console address, the owner step, and a portal order and email that can file a return', async () => {
    const printed = demoInstructions(result).join('\n');
    expect(printed).toContain('http://localhost:8080/console');
    expect(printed).toContain(`store code demo, email ${DEMO_OWNER.email}, password ${DEMO_OWNER.password}`);
    expect(printed).toContain(`curl -s -X POST http://localhost:8080/v1/users -H "Authorization: Bearer ${result.merchantKey}"`);
    expect(printed).toContain(`-d '${JSON.stringify(DEMO_OWNER)}'`);
    expect(printed).toContain(`order ${result.portal.orderNumber}, email ${result.portal.email}`);

    const order = await database.db.selectFrom('orders').innerJoin('customers', 'customers.id', 'orders.customer_id')
      .select(['orders.id', 'orders.customer_id', 'customers.email']).where('orders.number', '=', result.portal.orderNumber).executeTakeFirstOrThrow();
    expect(order.email).toBe(result.portal.email);
    const item = await database.db.selectFrom('order_items').select('id').where('order_id', '=', order.id).executeTakeFirstOrThrow();
    const customer: Actor = { role: 'customer', keyId: 0, name: 'Sofia Yılmaz', storeId: result.storeId, customerId: order.customer_id, scopes: [] };
    const reason = await database.db.selectFrom('reasons').select('id').where('subject', '=', 'Too small').executeTakeFirstOrThrow();
    const filed = await fileClaim(createCore(database.db), customer, {
      order: { id: order.id }, kind: 'return', reason: { id: reason.id }, source: 'portal', lines: [{ orderItemId: item.id, quantity: 1 }],
    });
    expect(filed.kind).toBe('return');
  });
});
