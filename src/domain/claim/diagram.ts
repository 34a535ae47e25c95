import { CLAIM_STATUSES } from './status.js';
import { CLAIM_TRANSITIONS } from './transitions.js';

/** The transition table as a Mermaid state diagram; docs/architecture.md embeds it and a test keeps them equal. */
export function claimStateDiagram(): string {
  const lines = ['stateDiagram-v2', '  [*] --> new'];
  for (const from of CLAIM_STATUSES) {
    for (const to of CLAIM_TRANSITIONS[from]) lines.push(`  ${from} --> ${to}`);
  }
  lines.push('  archived --> [*]');
  return lines.join('\n');
}
