// What the policy decided on a claim and why: shown on the claim and written in its events.

export const DECISIVE_ACTIONS = ['approve', 'approve_and_refund', 'reject'] as const;
export type DecisiveAction = (typeof DECISIVE_ACTIONS)[number];

export interface AutomaticDecision {
  rule_id: string;
  action: DecisiveAction;
  policy_version: number;
  /** The rejection reason a `reject` rule gives. */
  reason?: string;
  /** The refund booked by `approve_and_refund`, in minor units of the order's currency. */
  refund_amount?: number;
  decided_at: string;
}
