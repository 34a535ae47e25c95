import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserOrigin, distributeTables, uploadsFolder, type Config } from '../config.js';
import { addMessage } from '../core/claims/add-message.js';
import { authenticate, createApiKey } from '../core/identity/api-keys.js';
import { createCore, type Core } from '../core/core.js';
import { fileClaim } from '../core/claims/file-claim.js';
import { importOrder } from '../core/orders/orders.js';
import { createReason } from '../core/claims/reasons.js';
import { putPolicy } from '../core/policies/documents.js';
import { runDueTimers } from '../core/policies/timers-worker.js';
import { changeRefund, requestRefund } from '../core/refunds/refunds.js';
import { addResolution } from '../core/claims/resolutions.js';
import { markReturnReceived, registerReturnShipment } from '../core/claims/return-shipment.js';
import { storeUpload } from '../core/claims/uploads.js';
import { createStore } from '../core/stores/stores.js';
import { transitionClaim } from '../core/claims/transition-claim.js';
import type { Actor } from '../domain/actor.js';
import type { Reason } from '../domain/claim/reason.js';
import { type ClaimKind, type ClaimSource, type ClaimStatus } from '../domain/claim/status.js';
import { CLAIM_TRANSITIONS, canTransition } from '../domain/claim/transitions.js';
import type { OrderWithItems } from '../domain/order.js';
import { RefusalError } from '../domain/refusal.js';
import { FASHION_POLICY } from '../domain/policy/examples.js';
import { openDatabase } from '../store/db.js';
import { migrateToLatest } from '../store/migrate.js';
import { findStoreByCode } from '../store/stores.js';
import {
  CUSTOMER_OPENERS, CUSTOMER_REPLIES, DEMO_PHOTOS, FIRST_NAMES, LAST_NAMES, MERCHANT_QUESTIONS, MERCHANT_UPDATES, PRODUCTS, REASONS, REJECTIONS,
  type DemoPhoto, type DemoReason,
} from './demo-texts.js';

// `recourse seed --demo`: a store that looks like a shop after eight weeks. The policy is
// installed first, so every claim meets it as a real one would (automatic decisions, queues,
// flags, service levels); each claim is filed at its own time in the past and worked through
// the engine's own use cases on a clock that walks forward, so most old claims are finished,
// the last days are a backlog, and a few old ones are overdue.

const CLI_ADMIN: Actor = { role: 'admin', keyId: 0, name: 'seed', scopes: [] };
export const DEMO_CODE = 'demo';
export const DEMO_OWNER = { email: 'owner@demo.test', name: 'Demo Owner', role: 'owner', password: 'demo-password' } as const;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const HISTORY_DAYS = 56;
const PHOTOS_FOLDER = new URL('./demo-photos/', import.meta.url);

/** Deterministic pseudo-random numbers, so every demo looks the same. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Shortest way through the transition table from one status to another (new by default). */
export function pathTo(target: ClaimStatus, from: ClaimStatus = 'new'): ClaimStatus[] {
  const previous = new Map<ClaimStatus, ClaimStatus>();
  const queue: ClaimStatus[] = [from];
  const seen = new Set<ClaimStatus>([from]);
  while (queue.length > 0) {
    const status = queue.shift() as ClaimStatus;
    if (status === target) break;
    for (const next of CLAIM_TRANSITIONS[status]) {
      if (seen.has(next)) continue;
      seen.add(next);
      previous.set(next, status);
      queue.push(next);
    }
  }
  if (!seen.has(target)) return [];
  const path: ClaimStatus[] = [];
  for (let status: ClaimStatus | undefined = target; status !== undefined && status !== from; status = previous.get(status)) path.unshift(status);
  return path;
}

export async function seedDemo(config: Config, options: { orders: number }): Promise<void> {
  const database = await openDatabase(config.database);
  try {
    await migrateToLatest(database.db, { distribute: distributeTables() });
    const core = createCore(database.db);
    if ((await findStoreByCode(database.db, DEMO_CODE)) !== undefined) {
      console.log(`a store with code "${DEMO_CODE}" already exists; create keys for it with: recourse keys create --store ${DEMO_CODE} --role merchant`);
      return;
    }
    const result = await buildDemo(core, Math.max(10, Math.min(options.orders, 5000)), (line) => console.log(line), {
      origin: browserOrigin(), uploadsFolder: uploadsFolder(),
    });
    for (const line of demoInstructions(result)) console.log(line);
  } finally {
    await database.close();
  }
}

export interface DemoResult {
  origin: string;
  storeId: number;
  merchantKey: string;
  customerKey: string;
  customerId: number;
  claimCount: number;
  orderCount: number;
  /** An order with delivered items and no claim yet, inside the return window: the portal's example. */
  portal: { orderNumber: string; email: string };
}

/** What the seed prints: enough to open the console and the portal, step by step. */
export function demoInstructions(result: DemoResult): string[] {
  const { origin } = result;
  const owner = JSON.stringify(DEMO_OWNER);
  return [
    '',
    `Demo store ready: ${result.orderCount} orders and ${result.claimCount} claims over the last ${HISTORY_DAYS / 7} weeks, under the fashion policy (docs/policies.md).`,
    '',
    '1. Start the service (with PGlite, after this command has finished):',
    '     npm start',
    '2. Create the store\'s owner, once, while the service runs:',
    `     curl -s -X POST ${origin}/v1/users -H "Authorization: Bearer ${result.merchantKey}" -H 'content-type: application/json' -d '${owner}'`,
    `3. Console: ${origin}/console`,
    `     store code ${DEMO_CODE}, email ${DEMO_OWNER.email}, password ${DEMO_OWNER.password}`,
    `4. Portal: ${origin}/portal/${DEMO_CODE}`,
    `     order ${result.portal.orderNumber}, email ${result.portal.email} (delivered three days ago: its items can be returned)`,
    '',
    'The API with the merchant key:',
    `  export KEY=${result.merchantKey}`,
    `  curl -s -H "Authorization: Bearer $KEY" ${origin}/v1/claims?limit=5`,
    `  curl -s -H "Authorization: Token $KEY" ${origin}/compat/seller-center/api/i2/claims/`,
    `  curl -s -H "Authorization: $KEY" ${origin}/compat/omnitron/api/channel/${result.storeId}/cancellation_requests/`,
    `  curl -s -H "Authorization: Bearer $KEY" ${origin}/compat/orderprotection/v1/claims?size=5`,
    `A customer key (customer ${result.customerId}, Refunds v2 CUSTOMER role): ${result.customerKey}`,
  ];
}

interface ClaimPlan {
  order: OrderWithItems;
  kind: ClaimKind;
  reason: Reason;
  demo: DemoReason;
  filedAt: Date;
}

export async function buildDemo(
  realCore: Core, orderCount: number, log: (line: string) => void,
  options: { origin?: string; uploadsFolder?: string } = {},
): Promise<DemoResult> {
  const origin = options.origin ?? browserOrigin();
  const folder = options.uploadsFolder ?? mkdtempSync(join(tmpdir(), 'recourse-demo-uploads-'));
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (probability: number) => next() < probability;
  const now = realCore.clock();
  // The history is written on a clock the seed moves; everything it writes is dated by it.
  let at = new Date(now.getTime() - (HISTORY_DAYS + 2) * DAY_MS);
  const core: Core = { ...realCore, clock: () => at };
  const started = Date.now();

  const store = await createStore(core, CLI_ADMIN, { name: 'Demo Store', code: DEMO_CODE, currency: 'EUR', languages: ['en-us', 'tr-tr', 'de-de'] });
  const { key: merchantKey } = await createApiKey(core, CLI_ADMIN, { storeId: store.id, role: 'merchant', name: 'demo merchant' });
  const merchant = await authenticate(core, merchantKey);
  if (merchant === undefined) throw new Error('the demo merchant key does not authenticate');
  const agent: Actor = { ...merchant, name: pick(['Aylin (support)', 'Marco (support)']) };

  // The policy first: the claims below meet it, as a store's real claims would.
  const policy = await putPolicy(core, merchant, { document: FASHION_POLICY });
  log(`policy version ${policy.version} installed (see docs/policies.md)`);

  const reasons: Array<{ reason: Reason; demo: DemoReason }> = [];
  for (const [position, demo] of REASONS.entries()) {
    const reason = await createReason(core, merchant, {
      kind: demo.kind, subject: demo.subject, translations: { 'en-us': demo.subject, 'tr-tr': demo.tr, 'de-de': demo.de },
      requiresDescription: demo.requiresDescription ?? false, position: (position + 1) * 10,
    });
    reasons.push({ reason, demo });
  }

  // Orders over the last eight weeks, more of them recently (the shop is growing), imported
  // in the order they were placed, each at the time its items reached the state it has.
  const placed = Array.from({ length: orderCount }, () => new Date(now.getTime() - Math.floor((1 - Math.sqrt(next())) * HISTORY_DAYS * DAY_MS)))
    .sort((a, b) => a.getTime() - b.getTime());
  // A few customers come back often (the policy's serial-returner rule finds them).
  const frequent = [0, 1, 2].map(() => ({ firstName: pick(FIRST_NAMES), lastName: pick(LAST_NAMES) }));
  const plans: ClaimPlan[] = [];
  const orders: OrderWithItems[] = [];
  for (const [index, placedAt] of placed.entries()) {
    const ageHours = (now.getTime() - placedAt.getTime()) / HOUR_MS;
    const regular = index % 9 === 4 ? frequent[index % 3] : undefined;
    const firstName = regular?.firstName ?? pick(FIRST_NAMES);
    const lastName = regular?.lastName ?? pick(LAST_NAMES);
    const emailNumber = regular === undefined ? 10 + (index % 150) : index % 3;
    // Most orders were delivered three days after they were placed; the newest are still on the way.
    const shipment = ageHours < 20 || chance(0.12) ? 'unfulfilled' : ageHours < 72 ? 'shipped' : 'delivered';
    at = new Date(placedAt.getTime() + (shipment === 'delivered' ? 3 * DAY_MS : shipment === 'shipped' ? 20 * HOUR_MS : 0));
    const itemCount = 1 + Math.floor(next() * 2.4);
    const order = await importOrder(core, merchant, {
      number: `D-${100_000 + index}`, currency: 'EUR', placedAt,
      customer: { email: `${firstName}.${lastName}.${emailNumber}@example.com`.toLowerCase(), firstName, lastName },
      shippingAmountMinor: pick([0, 499, 499, 999]),
      items: Array.from({ length: itemCount }, (_, position) => {
        const product = PRODUCTS[Math.floor(next() * PRODUCTS.length)] ?? PRODUCTS[0];
        return {
          sku: product?.sku ?? 'SKU', name: product?.name ?? 'Item', quantity: chance(0.8) ? 1 : 2, unitPriceMinor: product?.price ?? 1000,
          taxRate: 20, packageItem: `${2_595_053_219_311_870 + index}-${position + 1}`,
          fulfillmentStatus: shipment, trackingNumber: shipment === 'unfulfilled' ? undefined : `TRK${1_000_000 + index}`,
        };
      }),
    });
    orders.push(order);
    const plan = planClaim(order, at, shipment, regular !== undefined);
    if (plan !== undefined) plans.push(plan);
    if ((index + 1) % 100 === 0 || index + 1 === orderCount) log(`orders ${index + 1}/${orderCount} (${Date.now() - started} ms)`);
  }

  function planClaim(order: OrderWithItems, importedAt: Date, shipment: string, regular: boolean): ClaimPlan | undefined {
    if (!regular && !chance(0.45)) return undefined;
    const kind: ClaimKind = shipment === 'unfulfilled' ? 'cancellation' : shipment === 'shipped' ? 'incident' : chance(0.72) ? 'return' : 'incident';
    const choice = pick(reasons.filter((candidate) => candidate.demo.kind === kind && (shipment !== 'shipped' || candidate.demo.incidentType !== 'damaged')));
    const hoursAfter = kind === 'cancellation' ? 1 + next() * 18 : kind === 'incident' ? 2 + next() * 96 : 12 + next() * 12 * 24;
    const filedAt = new Date(importedAt.getTime() + hoursAfter * HOUR_MS);
    if (filedAt.getTime() > now.getTime() - 10 * 60_000) return undefined; // not asked for yet
    return { order, kind, reason: choice.reason, demo: choice.demo, filedAt };
  }

  const photos = new Map<DemoPhoto, Buffer>(DEMO_PHOTOS.map((name) => [name, readFileSync(new URL(`${name}.jpg`, PHOTOS_FOLDER))]));
  const sources: readonly ClaimSource[] = ['portal', 'portal', 'portal', 'portal', 'native', 'seller-center', 'omnitron', 'orderprotection'];

  // The claims, in the order they were filed (claim numbers follow time), each then worked on.
  plans.sort((a, b) => a.filedAt.getTime() - b.filedAt.getTime());
  let claimCount = 0;
  for (const plan of plans) {
    at = plan.filedAt;
    const { order } = plan;
    const item = plan.kind === 'return'
      ? order.items.find((candidate) => !candidate.sku.startsWith('SALE-')) ?? order.items[0]
      : order.items[0];
    if (item === undefined) continue;
    const customer: Actor = {
      role: 'customer', keyId: 0, name: `${order.customer.firstName} ${order.customer.lastName}`, storeId: store.id, customerId: order.customer.id, scopes: [],
    };
    const product = PRODUCTS.find((candidate) => candidate.sku === item.sku);
    const withPhoto = plan.kind === 'incident' || (plan.demo.requiresDescription === true && chance(0.5));
    const evidence = [];
    if (withPhoto) {
      const photo = plan.demo.incidentType === 'damaged' ? product?.photo ?? 'parcel-crushed' : plan.demo.incidentType === undefined ? product?.photo ?? 'parcel-crushed' : 'parcel-crushed';
      const upload = await storeUpload(core, customer, folder, { contentType: 'image/jpeg', bytes: photos.get(photo) ?? Buffer.alloc(0) });
      evidence.push({ url: `${origin}/v1/uploads/${upload.uuid}`, kind: 'photo' as const });
    }
    const written = pick(plan.demo.descriptions);
    const description = written === '' && (plan.demo.requiresDescription === true || plan.kind === 'incident') ? plan.demo.descriptions[0] : written;
    // A customer may ask for what the policy refuses (a final-sale item); the engine says no, as it would.
    const filed = await fileClaim(core, customer, {
      order: { id: order.id }, kind: plan.kind, incidentType: plan.demo.incidentType, reason: { id: plan.reason.id },
      ...(description === undefined || description === '' ? {} : { description }),
      source: pick(sources), lines: [{ orderItemId: item.id, quantity: 1 }], evidence,
      resolutionRequested: plan.kind === 'cancellation' ? 'REFUND' : pick(['REFUND', 'REFUND', 'REFUND', 'STORE_CREDIT', 'REPLACEMENT']),
    }).catch((error: unknown) => {
      if (error instanceof RefusalError) return undefined;
      throw error;
    });
    if (filed === undefined) continue;
    claimCount += 1;
    let status: ClaimStatus = filed.status;
    const ageHours = (now.getTime() - plan.filedAt.getTime()) / HOUR_MS;
    const stepAt = (hours: number): boolean => {
      const when = plan.filedAt.getTime() + hours * HOUR_MS;
      if (when >= now.getTime() - 5 * 60_000) return false;
      at = new Date(when);
      return true;
    };
    const is = (wanted: ClaimStatus): boolean => status === wanted;
    const move = async (to: ClaimStatus, extra: { rejection?: { reason: string; images: string[] }; note?: string } = {}) => {
      if (status === to || !canTransition(status, to)) return;
      status = (await transitionClaim(core, agent, { claim: { id: filed.id }, to, ...extra })).status;
    };
    const say = async (actor: Actor, body: string) => {
      await addMessage(core, actor, { claim: { id: filed.id }, body });
      if (actor.role === 'customer' && status === 'waiting_on_customer') status = 'waiting_on_merchant';
    };
    const refund = async () => {
      const booked = await requestRefund(core, agent, { id: filed.id }, { amountMinor: item.unitPriceMinor, reason: 'Claim accepted' });
      await changeRefund(core, agent, { id: booked.id }, 'issue');
    };

    if (chance(0.6)) await say(customer, pick(CUSTOMER_OPENERS));
    // Old claims are mostly finished; the last five days are the backlog; a few old ones were forgotten.
    const finished = ageHours > 5 * 24 ? !chance(0.08) : ageHours > 48 ? chance(0.35) : false;
    if (finished) {
      if (plan.kind === 'return' && chance(0.12) && stepAt(20)) {
        await move('rejected', { rejection: { reason: pick(REJECTIONS), images: [] } });
        await say(agent, 'Sorry, we cannot accept this return. The reason is on your request.');
        if (stepAt(24 * 7)) await move('closed');
        continue;
      }
      if (!is('approved') && !is('completed') && stepAt(5 + next() * 20)) {
        if (!is('approved') && plan.kind !== 'cancellation') await addResolution(core, agent, { id: filed.id }, { type: plan.kind === 'incident' ? pick(['REFUND', 'RESHIP']) : 'REFUND' });
        await move('approved');
        await say(agent, pick(MERCHANT_UPDATES));
      }
      if (plan.kind === 'return' && is('approved') && stepAt(30 + next() * 40)) {
        status = (await registerReturnShipment(core, customer, { id: filed.id }, { carrier: 'yurtici', trackingNumber: `RET${filed.id}` })).status;
        if (stepAt(80 + next() * 30)) status = (await markReturnReceived(core, agent, { id: filed.id })).status;
      }
      const paid = filed.refunds.length > 0 || is('completed');
      if ((plan.kind !== 'return' || is('received')) && !paid && stepAt(plan.kind === 'return' ? 115 : 28)) await refund();
      if (stepAt(plan.kind === 'return' ? 118 : 30)) await move('completed');
      if (stepAt(24 * 14)) await move('closed');
      continue;
    }
    // The backlog: untouched, being looked at, waiting on the customer, or a return on its way.
    const roll = next();
    if (roll < 0.3) continue;
    if (roll < 0.5 && stepAt(2 + next() * 6)) {
      await move('open', { note: 'Looking into it' });
      continue;
    }
    if (roll < 0.8 && !is('approved') && stepAt(3 + next() * 10)) {
      await say(agent, pick(MERCHANT_QUESTIONS));
      await move('waiting_on_customer');
      if (chance(0.5) && stepAt(20 + next() * 20)) await say(customer, pick(CUSTOMER_REPLIES));
      continue;
    }
    if (plan.kind === 'return' && is('approved') && stepAt(24 + next() * 24)) {
      status = (await registerReturnShipment(core, customer, { id: filed.id }, { carrier: 'yurtici', trackingNumber: `RET${filed.id}` })).status;
      if (chance(0.5) && stepAt(60 + next() * 12)) status = (await markReturnReceived(core, agent, { id: filed.id })).status;
    }
    if (claimCount % 50 === 0) log(`claims ${claimCount} (${Date.now() - started} ms)`);
  }

  // The portal's example: a customer whose address the browser's type=email would refuse,
  // with an order delivered three days ago, so every item can still be returned.
  at = new Date(now.getTime() - 3 * DAY_MS);
  const showcase = await importOrder(core, merchant, {
    number: `D-${100_000 + orderCount}`, currency: 'EUR', placedAt: new Date(now.getTime() - 6 * DAY_MS),
    customer: { email: 'sofia.yılmaz@example.com', firstName: 'Sofia', lastName: 'Yılmaz' }, shippingAmountMinor: 499,
    items: [
      { sku: 'SNEAKER-42', name: 'Sneakers, size 42', quantity: 1, unitPriceMinor: 8990, taxRate: 20, fulfillmentStatus: 'delivered', trackingNumber: 'TRK0999999' },
      { sku: 'AKN-TSHRT-BL', name: 'T-shirt, blue', quantity: 2, unitPriceMinor: 1999, taxRate: 20, fulfillmentStatus: 'delivered', trackingNumber: 'TRK0999999' },
    ],
  });
  orders.push(showcase);

  // Deadlines that passed while the history was written fire now: breached service levels are
  // flagged, customers who never answered are reminded and their claims closed.
  at = now;
  for (let round = 0; round < 20; round += 1) {
    const run = await runDueTimers(realCore, { now, limit: 1000 });
    if (run.fired + run.skipped === 0) break;
  }
  log(`claims ${claimCount} filed over ${HISTORY_DAYS} days (${Date.now() - started} ms)`);

  const first = orders[0]?.customer;
  if (first === undefined) throw new Error('no demo orders');
  const { key: customerKey } = await createApiKey(realCore, CLI_ADMIN, { storeId: store.id, role: 'customer', customerId: first.id, name: 'demo customer' });
  return {
    origin, storeId: store.id, merchantKey, customerKey, customerId: first.id, claimCount, orderCount: orders.length,
    portal: { orderNumber: showcase.number, email: showcase.customer.email },
  };
}
