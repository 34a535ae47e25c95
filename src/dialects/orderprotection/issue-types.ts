import { INCIDENT_TYPES, type IncidentType } from '../../domain/claim/status.js';

// OrderProtection's issue types (the claim types plus two shipping-only ones) and the
// canonical incident type each one is: a one-to-one table both ways.

export const OP_ISSUE_TYPES = [
  'DAMAGED', 'DEFECTIVE_ITEM', 'MISSING_ITEM', 'MULTIPLE', 'ORDER_DELIVERED_NOT_RECEIVED',
  'RETURNED_TO_SENDER', 'STOLEN', 'WRONG_ITEM', 'TRACKING_NOT_MOVING', 'WRONG_ADDRESS',
] as const;
export type OpIssueType = (typeof OP_ISSUE_TYPES)[number];

export const INCIDENT_OF_ISSUE = {
  DAMAGED: 'damaged',
  DEFECTIVE_ITEM: 'defective_item',
  MISSING_ITEM: 'missing_item',
  MULTIPLE: 'multiple',
  ORDER_DELIVERED_NOT_RECEIVED: 'delivered_not_received',
  RETURNED_TO_SENDER: 'returned_to_sender',
  STOLEN: 'stolen',
  WRONG_ITEM: 'wrong_item',
  TRACKING_NOT_MOVING: 'tracking_not_moving',
  WRONG_ADDRESS: 'wrong_address',
} as const satisfies Record<OpIssueType, IncidentType>;

export const ISSUE_OF_INCIDENT = {
  damaged: 'DAMAGED',
  defective_item: 'DEFECTIVE_ITEM',
  missing_item: 'MISSING_ITEM',
  multiple: 'MULTIPLE',
  delivered_not_received: 'ORDER_DELIVERED_NOT_RECEIVED',
  returned_to_sender: 'RETURNED_TO_SENDER',
  stolen: 'STOLEN',
  wrong_item: 'WRONG_ITEM',
  tracking_not_moving: 'TRACKING_NOT_MOVING',
  wrong_address: 'WRONG_ADDRESS',
} as const satisfies Record<IncidentType, OpIssueType>;

/** The issue type an incident type (as stored on a claim or a line) shows as; null for none or an unknown one. */
export function toOpIssueType(incidentType: string | null): OpIssueType | null {
  return incidentType !== null && isIncidentType(incidentType) ? ISSUE_OF_INCIDENT[incidentType] : null;
}

function isIncidentType(value: string): value is IncidentType {
  return (INCIDENT_TYPES as readonly string[]).includes(value);
}

/** One issue type for a claim: several different ones make it MULTIPLE. */
export function claimIncidentType(issueTypes: readonly OpIssueType[]): IncidentType {
  const distinct = [...new Set(issueTypes)];
  const only = distinct[0];
  return distinct.length === 1 && only !== undefined ? INCIDENT_OF_ISSUE[only] : 'multiple';
}
