import type { Refusal } from '../refusal.js';
import type { ClaimLine } from './claim.js';
import type { ClaimStatus } from './status.js';

// Grading on receipt: once the parcel is in, the store records per line what it found. A line
// is graded once: what it says moved stock (a restock adds the units back to the catalogue),
// so grading it again would count them twice. Restocked units go back to the variant whose
// SKU the order item carries, when the store keeps that SKU in its catalogue.

export const DISPOSITIONS = ['restock', 'refurbish', 'dispose', 'missing', 'wrong_item', 'damaged'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export interface LineGrade {
  lineId: number;
  disposition: Disposition;
  note?: string;
}

/** Grading happens when the goods are in: the return received, or done since. */
export const GRADABLE_STATUSES: readonly ClaimStatus[] = ['received', 'completed', 'completed_by_merchant'];

export function gradingRefusal(claim: { status: ClaimStatus }, lines: readonly ClaimLine[], grades: readonly LineGrade[]): Refusal | undefined {
  if (!GRADABLE_STATUSES.includes(claim.status)) {
    return { code: 'conflict', entity: 'claim', message: `a claim is graded once its return has been received; this one is ${claim.status}` };
  }
  const seen = new Set<number>();
  for (const [index, grade] of grades.entries()) {
    const line = lines.find((candidate) => candidate.id === grade.lineId);
    if (line === undefined) return { code: 'invalid_input', message: `line ${grade.lineId} is not a line of this claim`, path: `/lines/${index}/line_id` };
    if (seen.has(line.id)) return { code: 'invalid_input', message: `line ${line.id} is graded twice`, path: `/lines/${index}/line_id` };
    seen.add(line.id);
    if (line.disposition !== null) return { code: 'conflict', entity: 'claim', message: `line ${line.id} was graded already (${line.disposition})` };
  }
  return undefined;
}
