// What was decided on a claim: the OrderProtection list, the richest of the four systems.
export const APPROVAL_RESOLUTIONS = [
  'RESHIP', 'REPLACEMENT', 'REFUND', 'FLAT_RATE', 'CUSTOM', 'EXCHANGE', 'CREDIT', 'STORE_CREDIT', 'RETURN', 'OTHER',
] as const;

export const DENIAL_RESOLUTIONS = [
  'EXPIRED30', 'NO_RESPONSE', 'PACKAGE_ARRIVED', 'CUSTOMER_RESPONDED', 'FOLLOW_UP', 'INSUFFICIENT_SHIPPER',
  'RETURN_TO_SENDER', 'NOT_COVERED', 'ADRESS_TYPO', 'ADDRESS_TYPO', 'PHOTO_VERIFIED', 'THRESHOLD_REACHED',
  'ALREADY_REFUNDED', 'ALREADY_REPLACED', 'POTENTIAL_FRAUD',
] as const;

export const RESOLUTION_TYPES = [...APPROVAL_RESOLUTIONS, ...DENIAL_RESOLUTIONS] as const;
export type ResolutionType = (typeof RESOLUTION_TYPES)[number];
export type ResolutionOutcome = 'approval' | 'denial';

export function resolutionOutcome(type: ResolutionType): ResolutionOutcome {
  return (APPROVAL_RESOLUTIONS as readonly string[]).includes(type) ? 'approval' : 'denial';
}

export function isResolutionType(value: string): value is ResolutionType {
  return (RESOLUTION_TYPES as readonly string[]).includes(value);
}
