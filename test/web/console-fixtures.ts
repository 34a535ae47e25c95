import type { Route } from './fake-api.js';

// A store, its users' sessions and one claim as the native API renders them, for the
// console's component tests.

export const STORE = { id: 1, uuid: 'u', code: 'acme', name: 'Acme', currency: 'EUR', languages: ['en-us', 'tr-tr'], created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-01T00:00:00Z' };
export const sessionOf = (role: 'owner' | 'agent' | 'viewer') => ({
  kind: 'console', csrf_token: 'csrf-9', expires_at: '2030-01-01T00:00:00Z', store: STORE,
  user: { id: 'u1', store_id: 1, email: `${role}@acme.test`, name: `The ${role}`, role, disabled_at: null, created_at: STORE.created_at, updated_at: STORE.created_at },
});
export const CLAIM = {
  id: 1, uuid: 'c', number: 'R-5100000', store_id: 1, kind: 'return', type: null, status: 'new', decision: null, allowed_transitions: ['open', 'approved', 'rejected', 'cancelled'],
  order: { id: 7, uuid: 'o', number: 'A-1001', external_id: null, currency: 'EUR', placed_at: '2026-11-01T10:00:00Z', total_amount: 8949 },
  customer: { id: 3, email: 'jane@example.com', first_name: 'Jane', last_name: 'Doe' },
  reason: null, description: null, author: { name: 'Jane Doe', email: 'jane@example.com' }, source: 'native', filed_by: 'customer',
  refund_destination: { method: 'original_payment' }, resolution_requested: 'REFUND', rejection: null, attributes: {}, policy_id: null,
  policy_version: null, risk_flags: [], queue: null, assignee: null, automatic_decision: null,
  lines: [{ id: 1, order_item_id: 11, sku: 'MUG', name: 'Classic mug', quantity: 1, unit_price: 2500, issue_type: null, details: null, disposition: null, disposition_note: null, graded_at: null }],
  messages: [], attachments: [], resolutions: [], refunds: [], store_credits: [], return_shipment: null, version: 3,
  created_at: '2026-11-02T10:00:00Z', updated_at: '2026-11-02T10:00:00Z', deleted_at: null,
};
export const BALANCES = { claim_id: 1, version: 3, currency: 'EUR', refundable: 8949, items: [{ order_item_id: 11, sku: 'MUG', name: 'Classic mug', quantity: 2, unit_price: 2500, fulfillment_status: 'delivered', claimed_here: 1, claimable: 1 }] };

export function claimRoutes(role: 'owner' | 'agent' | 'viewer', extra: Record<string, Route> = {}): Record<string, Route> {
  return {
    'GET /v1/sessions/current': () => ({ status: 200, body: sessionOf(role) }),
    'GET /v1/claims/1': () => ({ status: 200, body: CLAIM }),
    'GET /v1/claims/1/balances': () => ({ status: 200, body: BALANCES }),
    'GET /v1/claims/1/events': () => ({ status: 200, body: { data: [] } }),
    'GET /v1/claims/1/emails': () => ({ status: 200, body: { data: [] } }),
    'GET /v1/reply-templates': () => ({ status: 200, body: { data: [] } }),
    ...extra,
  };
}
