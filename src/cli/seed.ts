import type { Config } from '../config.js';
import { addMessage } from '../core/claims/add-message.js';
import { authenticate, createApiKey } from '../core/identity/api-keys.js';
import { createCore, type Core } from '../core/core.js';
import { fileClaim } from '../core/claims/file-claim.js';
import { importOrder } from '../core/orders/orders.js';
import { createReason } from '../core/claims/reasons.js';
import { putPolicy } from '../core/policies/documents.js';
import { changeRefund, requestRefund } from '../core/refunds/refunds.js';
import { addResolution } from '../core/claims/resolutions.js';
import { registerReturnShipment } from '../core/claims/return-shipment.js';
import { createStore } from '../core/stores/stores.js';
import { transitionClaim } from '../core/claims/transition-claim.js';
import type { Actor } from '../domain/actor.js';
import { CLAIM_STATUSES, type ClaimKind, type ClaimStatus } from '../domain/claim/status.js';
import { CLAIM_TRANSITIONS } from '../domain/claim/transitions.js';
import { FASHION_POLICY } from '../domain/policy/examples.js';
import { openDatabase } from '../store/db.js';
import { migrateToLatest } from '../store/migrate.js';
import { findStoreByCode } from '../store/stores.js';

const CLI_ADMIN: Actor = { role: 'admin', keyId: 0, name: 'seed', scopes: [] };
const DEMO_CODE = 'demo';

const FIRST_NAMES = ['Ada', 'Deniz', 'Elif', 'Jonas', 'Mira', 'Kerem', 'Lena', 'Omar', 'Sofia', 'Yusuf', 'Zeynep', 'Noah'];
const LAST_NAMES = ['Yılmaz', 'Kaya', 'Schmidt', 'Demir', 'Rossi', 'Öztürk', 'Novak', 'Şahin', 'Müller', 'Arslan'];
const PRODUCTS = [
  { sku: 'AKN-TSHRT-RD', name: 'T-shirt, red', price: 1999 },
  { sku: 'AKN-TSHRT-BL', name: 'T-shirt, blue', price: 1999 },
  { sku: 'JEANS-32', name: 'Jeans 32/32', price: 5990 },
  { sku: 'SNEAKER-42', name: 'Sneakers, size 42', price: 8990 },
  { sku: 'MUG-CLASSIC', name: 'Classic mug', price: 850 },
  { sku: 'LAMP-DESK', name: 'Desk lamp', price: 3450 },
];
const REASONS: Array<{ kind: ClaimKind; subject: string; tr: string; requiresDescription?: boolean }> = [
  { kind: 'cancellation', subject: 'Ordered by mistake', tr: 'Yanlışlıkla sipariş verdim' },
  { kind: 'cancellation', subject: 'Found it cheaper elsewhere', tr: 'Başka yerde daha ucuz buldum' },
  { kind: 'return', subject: 'Too small', tr: 'Küçük geldi' },
  { kind: 'return', subject: 'Not as described', tr: 'Açıklamadaki gibi değil', requiresDescription: true },
  { kind: 'incident', subject: 'Arrived damaged', tr: 'Hasarlı geldi' },
  { kind: 'incident', subject: 'Never arrived', tr: 'Hiç ulaşmadı' },
];

/** Deterministic pseudo-random numbers, so every demo looks the same. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Shortest way through the transition table from new to a status (for demo claims in every state). */
export function pathTo(target: ClaimStatus): ClaimStatus[] {
  const previous = new Map<ClaimStatus, ClaimStatus>();
  const queue: ClaimStatus[] = ['new'];
  const seen = new Set<ClaimStatus>(['new']);
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
  const path: ClaimStatus[] = [];
  for (let status: ClaimStatus | undefined = target; status !== undefined && status !== 'new'; status = previous.get(status)) path.unshift(status);
  return path;
}

export async function seedDemo(config: Config, options: { orders: number }): Promise<void> {
  const database = await openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    const core = createCore(database.db);
    if ((await findStoreByCode(database.db, DEMO_CODE)) !== undefined) {
      console.log(`a store with code "${DEMO_CODE}" already exists; create keys for it with: recourse keys create --store ${DEMO_CODE} --role merchant`);
      return;
    }
    const result = await buildDemo(core, Math.max(10, Math.min(options.orders, 5000)), (line) => console.log(line));
    console.log('\nDemo store ready. Try:');
    console.log(`  export KEY=${result.merchantKey}`);
    console.log('  curl -s -H "Authorization: Bearer $KEY" http://127.0.0.1:8080/v1/claims?limit=5');
    console.log(`  curl -s -H "Authorization: Token $KEY" http://127.0.0.1:8080/compat/seller-center/api/i2/claims/`);
    console.log(`  curl -s -H "Authorization: $KEY" http://127.0.0.1:8080/compat/omnitron/api/channel/${result.storeId}/cancellation_requests/`);
    console.log(`  curl -s -H "Authorization: Bearer $KEY" http://127.0.0.1:8080/compat/orderprotection/v1/claims?size=5`);
    console.log(`A customer key (customer ${result.customerId}, Refunds v2 CUSTOMER role): ${result.customerKey}`);
  } finally {
    await database.close();
  }
}

export async function buildDemo(core: Core, orderCount: number, log: (line: string) => void) {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const store = await createStore(core, CLI_ADMIN, { name: 'Demo Store', code: DEMO_CODE, currency: 'EUR', languages: ['en-us', 'tr-tr'] });
  const { key: merchantKey } = await createApiKey(core, CLI_ADMIN, { storeId: store.id, role: 'merchant', name: 'demo merchant' });
  const merchant = await authenticate(core, merchantKey);
  if (merchant === undefined) throw new Error('the demo merchant key does not authenticate');

  const reasons = [];
  for (const reason of REASONS) {
    reasons.push(await createReason(core, merchant, {
      kind: reason.kind, subject: reason.subject, translations: { 'en-us': reason.subject, 'tr-tr': reason.tr },
      requiresDescription: reason.requiresDescription ?? false,
    }));
  }

  const orders = [];
  const started = Date.now();
  for (let index = 0; index < orderCount; index += 1) {
    const firstName = pick(FIRST_NAMES);
    const lastName = pick(LAST_NAMES);
    const itemCount = 1 + Math.floor(next() * 3);
    const placedAt = new Date(Date.now() - Math.floor(next() * 60) * 86_400_000);
    orders.push(await importOrder(core, merchant, {
      number: `D-${100_000 + index}`, currency: 'EUR', placedAt,
      customer: { email: `${firstName}.${lastName}.${index % 200}@example.com`.toLowerCase(), firstName, lastName },
      shippingAmountMinor: pick([0, 499, 999]),
      items: Array.from({ length: itemCount }, (_, position) => {
        const product = PRODUCTS[(index + position) % PRODUCTS.length] ?? PRODUCTS[0];
        const roll = next();
        return {
          sku: product?.sku ?? 'SKU', name: product?.name ?? 'Item', quantity: 1 + Math.floor(next() * 2), unitPriceMinor: product?.price ?? 1000,
          taxRate: 20, packageItem: `${2_595_053_219_311_870 + index}-${position + 1}`,
          fulfillmentStatus: roll < 0.25 ? 'unfulfilled' as const : roll < 0.45 ? 'shipped' as const : 'delivered' as const,
          trackingNumber: roll < 0.25 ? undefined : `TRK${1_000_000 + index}`,
        };
      }),
    }));
    if ((index + 1) % 50 === 0 || index + 1 === orderCount) log(`orders ${index + 1}/${orderCount} (${Date.now() - started} ms)`);
  }

  // Claims in every state: walk each through the transition table to its target.
  let claimCount = 0;
  const targets = CLAIM_STATUSES;
  for (const [index, order] of orders.entries()) {
    if (index % 2 === 1) continue;
    const item = order.items[0];
    if (item === undefined) continue;
    const kind: ClaimKind = item.fulfillmentStatus === 'unfulfilled' ? 'cancellation' : next() < 0.7 ? 'return' : 'incident';
    const reason = pick(reasons.filter((candidate) => candidate.kind === kind));
    const target = targets[claimCount % targets.length] ?? 'new';
    const customerActor: Actor = { role: 'customer', keyId: 0, name: `${order.customer.firstName} ${order.customer.lastName}`, storeId: store.id, customerId: order.customer.id, scopes: [] };
    const claim = await fileClaim(core, customerActor, {
      order: { id: order.id }, kind, incidentType: kind === 'incident' ? pick(['damaged', 'delivered_not_received', 'wrong_item'] as const) : undefined,
      reason: { id: reason.id }, description: reason.requiresDescription ? 'The colour is different from the photos.' : 'Please help.',
      source: pick(['native', 'portal', 'seller-center', 'omnitron', 'orderprotection'] as const), lines: [{ orderItemId: item.id, quantity: 1 }],
    });
    await addMessage(core, customerActor, { claim: { id: claim.id }, body: 'Hello, could you look at this please?' });
    for (const status of pathTo(target)) {
      if (status === 'in_return_transit' && kind === 'return') {
        await registerReturnShipment(core, merchant, { id: claim.id }, { carrier: 'yurtici', trackingNumber: `RET${claim.id}` });
        continue;
      }
      if (status === 'approved') await addResolution(core, merchant, { id: claim.id }, { type: kind === 'cancellation' ? 'REFUND' : pick(['REFUND', 'RESHIP', 'STORE_CREDIT'] as const) });
      await transitionClaim(core, merchant, { claim: { id: claim.id }, to: status, ...(status === 'rejected' ? { rejection: { reason: 'Outside the return window', images: [] } } : {}) });
      if (status === 'waiting_on_customer') await addMessage(core, merchant, { claim: { id: claim.id }, body: 'Could you send a photo of the label?' });
    }
    if (['completed', 'completed_by_merchant', 'closed', 'archived', 'received'].includes(target)) {
      const refund = await requestRefund(core, merchant, { id: claim.id }, { amountMinor: item.unitPriceMinor, reason: 'Claim accepted' });
      await changeRefund(core, merchant, { id: refund.id }, 'issue');
    }
    claimCount += 1;
    if (claimCount % 25 === 0) log(`claims ${claimCount} (${Date.now() - started} ms)`);
  }
  log(`claims ${claimCount} in ${targets.length} states`);
  // Installed last, so the demo claims keep the states they were walked to; new ones meet the policy.
  const policy = await putPolicy(core, merchant, { document: FASHION_POLICY });
  log(`policy version ${policy.version} installed (see docs/policies.md)`);
  const customer = orders[0]?.customer;
  if (customer === undefined) throw new Error('no demo orders');
  const { key: customerKey } = await createApiKey(core, CLI_ADMIN, { storeId: store.id, role: 'customer', customerId: customer.id, name: 'demo customer' });
  return { storeId: store.id, merchantKey, customerKey, customerId: customer.id, claimCount };
}
