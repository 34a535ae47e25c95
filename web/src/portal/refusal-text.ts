import { longDate } from './dates.js';
import type { MessageKey } from './i18n.js';

// A refusal as the customer reads it: chosen by the problem's `code` (and its facts, such as
// the date a window ended), in the customer's language, never the API's English `detail`.

export interface PortalProblem {
  status: number;
  code?: string;
  /** Facts the API puts beside the code, e.g. `windowEndedAt` or `requirement`. */
  facts: Record<string, unknown>;
}

export function portalProblemOf(error: unknown, response: Response): PortalProblem {
  const facts = error !== null && typeof error === 'object' ? Object.fromEntries(Object.entries(error)) : {};
  return { status: response.status, code: typeof facts.code === 'string' ? facts.code : undefined, facts };
}

export function refusalText(problem: PortalProblem, t: (key: MessageKey) => string, locale: string): string {
  if (problem.status === 401) return t('sessionExpired');
  if (problem.status === 429) return t('throttled');
  switch (problem.code) {
    case 'outside_window': {
      const ended = typeof problem.facts.windowEndedAt === 'string' ? new Date(problem.facts.windowEndedAt) : undefined;
      const date = ended === undefined || Number.isNaN(ended.getTime()) ? '' : longDate(ended, locale);
      return t('refusalWindow').replace('{date}', date);
    }
    case 'description_required': return t('needDescription');
    case 'evidence_required': return t('needPhoto');
    case 'requirement_unmet':
      return problem.facts.requirement === 'description' ? t('needDescription') : problem.facts.requirement === 'receipt' ? t('refusalReceipt') : t('needPhoto');
    case 'reason_not_usable': return t('pickReason');
    case 'quantity_exceeds_claimable':
    case 'item_not_eligible':
    case 'item_has_open_claim': return t('refusalItem');
    default: return t('failed');
  }
}
