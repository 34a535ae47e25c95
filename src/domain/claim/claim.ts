import type { AutomaticDecision } from '../policy/decision.js';
import type { Disposition } from './grading.js';
import type { ClaimDecision, ClaimKind, ClaimSource, ClaimStatus } from './status.js';

export interface RefundDestination {
  method: 'original_payment' | 'iban' | 'loyalty_money' | 'store_credit';
  iban?: string;
  holderName?: string;
}

/** Who filed a claim. */
export type ClaimFiler = 'customer' | 'merchant' | 'admin' | 'automatic';

export interface Claim {
  id: number;
  uuid: string;
  storeId: number;
  number: string;
  orderId: number;
  customerId: number;
  kind: ClaimKind;
  incidentType: string | null;
  reasonId: number | null;
  description: string | null;
  authorName: string;
  authorEmail: string;
  source: ClaimSource;
  filedBy: ClaimFiler;
  status: ClaimStatus;
  decision: ClaimDecision | null;
  holdsQuantity: boolean;
  refundDestination: RefundDestination;
  resolutionRequested: string | null;
  rejectionReason: string | null;
  rejectionImages: string[];
  attributes: Record<string, unknown>;
  policyId: string | null;
  /** The version of the store's policy the claim was last judged by (null: the store had none). */
  policyVersion: number | null;
  riskFlags: string[];
  queue: string | null;
  /** The console user working on the claim, if anyone is (domain/claim/assignee.ts). */
  assigneeUserId: number | null;
  /** Why the policy decided the claim, when it did. */
  policyDecision: AutomaticDecision | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  statusChangedAt: Date;
  deletedAt: Date | null;
}

export interface ClaimLine {
  id: number;
  claimId: number;
  orderItemId: number;
  quantity: number;
  issueType: string | null;
  details: string | null;
  /** What the store found of it on receipt (grading.ts); null until graded. */
  disposition: Disposition | null;
  dispositionNote: string | null;
  gradedAt: Date | null;
  createdAt: Date;
}

export type ClaimRef = { id: number } | { uuid: string } | { number: string };
