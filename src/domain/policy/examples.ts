import type { Policy } from './document.js';

// Three realistic policies, the same as in docs/policies.md (a test keeps them equal and
// valid). `recourse seed --demo` installs the first.

/** A fashion shop: 30-day returns (final-sale items none), easy cases decided, stuck ones chased. */
export const FASHION_POLICY: Policy = {
  time_zone: 'Europe/Berlin',
  windows: {
    cancellation: { hours_after_order: 24 },
    return: {
      days_after_delivery: 30,
      overrides: [{ sku: ['SALE-*'], days_after_delivery: 0 }],
    },
    incident: { days_after_expected_delivery: 14, expected_delivery_days: 5 },
  },
  requirements: [
    { kinds: ['incident'], description: true, min_photos: 1 },
  ],
  rules: [
    {
      id: 'serial-returner',
      description: 'Five or more claims in 90 days: a person looks first',
      when: { customer: { within_days: 90, claims: { min: 5 } } },
      then: [{ type: 'flag', tag: 'serial_returner' }, { type: 'assign', queue: 'risk' }],
    },
    {
      id: 'cheap-cancellation',
      description: 'Cancellations under 50 EUR are approved and refunded at once',
      when: { kinds: ['cancellation'], currencies: ['EUR'], claimed_amount: { max: 5000 } },
      then: [{ type: 'approve_and_refund' }],
    },
    {
      id: 'easy-return',
      description: 'Returns up to 100 EUR from customers without many claims are approved',
      when: { kinds: ['return'], claimed_amount: { max: 10000 }, customer: { within_days: 90, claims: { max: 4 } } },
      then: [{ type: 'approve' }],
    },
    {
      id: 'expensive-incident',
      when: { kinds: ['incident'], claimed_amount: { min: 20000 } },
      then: [{ type: 'assign', queue: 'senior' }],
    },
  ],
  deadlines: {
    waiting_on_customer: { close_after_days: 7, remind_before_days: 2 },
    sla: {
      cancellation: { first_response_hours: 4, resolution_hours: 24 },
      return: { first_response_hours: 24, resolution_hours: 120 },
      incident: { first_response_hours: 8, resolution_hours: 72 },
    },
    expire_unshipped_returns: true,
    refund_processing_alert_hours: 48,
  },
};

/** An electronics retailer: strict evidence, no automatic money for expensive goods. */
export const ELECTRONICS_POLICY: Policy = {
  time_zone: 'America/New_York',
  windows: {
    return: {
      days_after_delivery: 14,
      overrides: [{ sku: ['PHONE-*', 'LAPTOP-*'], days_after_delivery: 7 }],
    },
    incident: { days_after_expected_delivery: 7 },
  },
  requirements: [
    { kinds: ['incident'], min_photos: 2 },
    { kinds: ['return'], receipt: true },
  ],
  rules: [
    {
      id: 'high-value-review',
      when: { claimed_amount: { min: 50000 } },
      then: [{ type: 'flag', tag: 'high_value' }, { type: 'assign', queue: 'fraud-review' }],
    },
    {
      id: 'not-received-old-order',
      description: 'A "never arrived" claim 60 days after the order is refused',
      when: { kinds: ['incident'], incident_types: ['delivered_not_received'], order_age_days: { min: 60 } },
      then: [{ type: 'reject', reason: 'Carrier claims must be opened within 60 days of the order.' }],
    },
    {
      id: 'accessories',
      when: { kinds: ['return'], sku_all: ['ACC-*'], claimed_amount: { max: 3000 } },
      then: [{ type: 'approve_and_refund' }],
    },
  ],
  deadlines: {
    sla: { incident: { first_response_hours: 24 } },
    refund_processing_alert_hours: 72,
  },
};

/** A marketplace seller: generous windows, careful with customers who already got a lot back. */
export const MARKETPLACE_POLICY: Policy = {
  windows: {
    cancellation: { hours_after_order: 2 },
    return: { days_after_delivery: 100 },
  },
  rules: [
    {
      id: 'refund-heavy-customer',
      when: { customer: { within_days: 365, refunded_amount: { min: 50000 } } },
      then: [{ type: 'flag', tag: 'refund_heavy' }, { type: 'assign', queue: 'manual' }],
    },
    {
      id: 'wrong-item',
      when: { kinds: ['incident'], incident_types: ['wrong_item', 'missing_item'], claimed_amount: { max: 2500 } },
      then: [{ type: 'approve_and_refund' }],
    },
  ],
  deadlines: {
    waiting_on_customer: { close_after_days: 14, reminder_message: 'We still need your answer to finish your request.' },
  },
};
