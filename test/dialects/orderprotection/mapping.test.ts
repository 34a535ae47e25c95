import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, INCIDENT_TYPES } from '../../../src/domain/claim/status.js';
import { claimIncidentType, INCIDENT_OF_ISSUE, ISSUE_OF_INCIDENT, OP_ISSUE_TYPES, toOpIssueType } from '../../../src/dialects/orderprotection/issue-types.js';
import { toCoreSenderType, toOpSenderType } from '../../../src/dialects/orderprotection/map.js';
import { OP_SENDER_TYPES } from '../../../src/dialects/orderprotection/schemas.js';
import { OP_CLAIM_STATES, statusesShownAs, toClaimStatus, toOpState } from '../../../src/dialects/orderprotection/status.js';

describe('OrderProtection claim states', () => {
  it.each(OP_CLAIM_STATES)('reads %s back as itself once set', (state) => {
    expect(toOpState(toClaimStatus(state))).toBe(state);
  });

  it('sets each of the 14 states as a different canonical status', () => {
    expect(new Set(OP_CLAIM_STATES.map(toClaimStatus)).size).toBe(14);
  });

  it.each([
    ['confirmed', 'APPROVED'], ['in_return_transit', 'APPROVED'], ['received', 'APPROVED'], ['cancelled', 'CLOSED'],
    ['waiting_on_merchant', 'WAITING_FOR_BRAND'], ['waiting_on_platform', 'WAITING_FOR_OP'], ['rejected', 'DENIED'],
    ['completed', 'RESOLVED'], ['completed_by_merchant', 'RESOLVED_BY_BRAND'],
  ] as const)('shows %s as %s', (status, state) => {
    expect(toOpState(status)).toBe(state);
  });

  it('shows every canonical status as one of the 14 states', () => {
    for (const status of CLAIM_STATUSES) expect(OP_CLAIM_STATES).toContain(toOpState(status));
  });

  it('filters a state by every canonical status shown as it', () => {
    expect(statusesShownAs('APPROVED').sort()).toEqual(['approved', 'confirmed', 'in_return_transit', 'received']);
    expect(statusesShownAs('CLOSED').sort()).toEqual(['cancelled', 'closed']);
    expect(statusesShownAs('NEW')).toEqual(['new']);
    expect(OP_CLAIM_STATES.flatMap(statusesShownAs).sort()).toEqual([...CLAIM_STATUSES].sort());
  });
});

describe('OrderProtection issue types', () => {
  it.each(OP_ISSUE_TYPES)('keeps %s through the canonical incident type', (issueType) => {
    expect(toOpIssueType(INCIDENT_OF_ISSUE[issueType])).toBe(issueType);
  });

  it('names every canonical incident type', () => {
    for (const incident of INCIDENT_TYPES) expect(INCIDENT_OF_ISSUE[ISSUE_OF_INCIDENT[incident]]).toBe(incident);
  });

  it('shows no claim type for an unknown or missing incident type', () => {
    expect(toOpIssueType(null)).toBeNull();
    expect(toOpIssueType('lost_in_space')).toBeNull();
  });

  it('files one issue type as itself and several different ones as MULTIPLE', () => {
    expect(claimIncidentType(['STOLEN'])).toBe('stolen');
    expect(claimIncidentType(['DAMAGED', 'DAMAGED'])).toBe('damaged');
    expect(claimIncidentType(['DAMAGED', 'WRONG_ITEM'])).toBe('multiple');
  });
});

describe('OrderProtection sender types', () => {
  it.each(OP_SENDER_TYPES)('keeps %s through the canonical sender type', (senderType) => {
    expect(toOpSenderType(toCoreSenderType(senderType))).toBe(senderType);
  });

  it('is the merchant when the brand writes', () => {
    expect(toCoreSenderType('brand')).toBe('merchant');
    expect(toOpSenderType('merchant')).toBe('brand');
  });
});
