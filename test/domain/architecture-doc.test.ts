import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimStateDiagram } from '../../src/domain/claim/diagram.js';

describe('docs/architecture.md', () => {
  it('shows the state machine exactly as the transition table defines it', () => {
    const doc = readFileSync(new URL('../../docs/architecture.md', import.meta.url), 'utf8');
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(block).toBe(claimStateDiagram());
  });
});
