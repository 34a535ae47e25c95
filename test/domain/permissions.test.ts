import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIONS, mayMint, permissionTableMarkdown, permits, standingOf, type Standing } from '../../src/domain/access/permissions.js';
import type { Actor, Scope } from '../../src/domain/actor.js';

const merchant = (scopes: Scope[], user?: { id: number; role: 'owner' | 'agent' | 'viewer' }): Actor => ({
  role: 'merchant', keyId: 1, name: 'm', storeId: 1, scopes, ...(user === undefined ? {} : { user }),
});

describe('the permission table', () => {
  it('places each credential on the ladder: unscoped → owner, manage_claims → manage, write_claims → write, read_claims → read', () => {
    expect(standingOf(merchant([]))).toEqual({ kind: 'staff', level: 'owner' });
    expect(standingOf(merchant(['manage_claims']))).toEqual({ kind: 'staff', level: 'manage' });
    expect(standingOf(merchant(['read_claims', 'write_claims']))).toEqual({ kind: 'staff', level: 'write' });
    expect(standingOf(merchant(['read_claims']))).toEqual({ kind: 'staff', level: 'read' });
    expect(standingOf({ role: 'customer', keyId: 1, name: 'c', storeId: 1, customerId: 1, scopes: ['read_claims'] })).toEqual({ kind: 'customer', read: true, write: false });
    expect(standingOf({ role: 'customer', keyId: 1, name: 'c', storeId: 1, customerId: 1, scopes: [] })).toEqual({ kind: 'customer', read: true, write: true });
  });

  it("stands a console user by its role, whatever the scopes of the key behind it", () => {
    expect(standingOf(merchant([], { id: 1, role: 'viewer' }))).toEqual({ kind: 'staff', level: 'read' });
    expect(standingOf(merchant(['read_claims'], { id: 1, role: 'owner' }))).toEqual({ kind: 'staff', level: 'owner' });
    expect(standingOf(merchant(['manage_claims'], { id: 1, role: 'agent' }))).toEqual({ kind: 'staff', level: 'manage' });
  });

  it('keeps keys, OAuth clients, webhooks, users and the policy to owners, and lets read_claims only read', () => {
    const owner: Standing = { kind: 'staff', level: 'owner' };
    const agent: Standing = { kind: 'staff', level: 'manage' };
    const reader: Standing = { kind: 'staff', level: 'read' };
    for (const action of ['api_keys.manage', 'oauth_clients.manage', 'webhooks.manage', 'users.manage', 'policy.edit'] as const) {
      expect(permits(owner, action)).toBe(true);
      expect(permits(agent, action)).toBe(false);
      expect(permits({ kind: 'customer', read: true, write: true }, action)).toBe(false);
    }
    const readerMay = ACTIONS.filter((action) => permits(reader, action));
    expect(readerMay.every((action) => action.endsWith('.read') || action === 'claims.read_emails' || action === 'notifications.own' || action === 'store.overview')).toBe(true);
    expect(permits(reader, 'policy.simulate')).toBe(false);
    expect(permits({ kind: 'staff', level: 'write' }, 'policy.simulate')).toBe(true);
    expect(permits(owner, 'api_keys.mint_merchant')).toBe(false);
    expect(ACTIONS.every((action) => permits({ kind: 'admin' }, action))).toBe(true);
  });

  it('never lets a credential mint one above itself', () => {
    expect(mayMint({ kind: 'staff', level: 'manage' }, 'owner')).toBe(false);
    expect(mayMint({ kind: 'staff', level: 'manage' }, 'manage')).toBe(true);
    expect(mayMint({ kind: 'staff', level: 'owner' }, 'owner')).toBe(true);
    expect(mayMint({ kind: 'customer', read: true, write: true }, 'customer')).toBe(false);
  });

  it('is rendered in docs/security.md exactly as it is defined', () => {
    const doc = readFileSync(new URL('../../docs/security.md', import.meta.url), 'utf8');
    const block = /<!-- permission-table:start[^>]*-->\n([\s\S]*?)\n<!-- permission-table:end -->/.exec(doc)?.[1];
    expect(block).toBe(permissionTableMarkdown());
  });
});
