import type { Actor, Scope } from '../actor.js';
import type { UserRole } from './user.js';

// Who may do what inside a store: one table, asked by every use case through the core's
// `authorize`. A credential's standing comes from its scopes (or, for a console user, its
// role); each action names the least standing a staff credential needs and whether a
// customer (a customer key or a portal session) may do it on its own claims. The platform
// admin may do everything, in any store it names; the service's own workers act as the
// system. Tenancy (which store, which customer's claims) is the queries' job, not this table's.

/** The ladder of staff standing: each level may do all the levels below it may. */
export type StaffLevel = 'read' | 'write' | 'manage' | 'owner';
export const STAFF_LEVELS: readonly StaffLevel[] = ['read', 'write', 'manage', 'owner'];

export type Standing =
  | { kind: 'admin' }
  | { kind: 'system' }
  | { kind: 'staff'; level: StaffLevel }
  | { kind: 'customer'; read: boolean; write: boolean };

export interface Permission {
  /** The least staff standing the action needs; null when no store credential may (admin only). */
  staff: StaffLevel | null;
  /** What a customer needs to do it on its own claims and orders; null when a customer never may. */
  customer: 'read' | 'write' | null;
  /** One line for the security page. */
  summary: string;
}

export const PERMISSIONS = {
  'store.create': { staff: null, customer: null, summary: 'create a store' },
  'store.read': { staff: 'read', customer: 'read', summary: 'read the store (name, currency, languages)' },
  'store.overview': { staff: 'read', customer: null, summary: 'read the overview and statistics' },
  'orders.read': { staff: 'read', customer: 'read', summary: 'read orders (a customer: its own)' },
  'orders.import': { staff: 'write', customer: null, summary: 'import orders and record fulfilment of their items' },
  'products.read': { staff: 'read', customer: null, summary: "read the store's catalogue of products and variants" },
  'products.edit': { staff: 'write', customer: null, summary: 'import products and change their variants, prices and stock' },
  'reasons.read': { staff: 'read', customer: 'read', summary: 'read the reasons' },
  'reasons.edit': { staff: 'write', customer: null, summary: 'create and edit reasons' },
  'templates.read': { staff: 'read', customer: null, summary: "read the store's reply templates (messages and rejection reasons)" },
  'templates.edit': { staff: 'write', customer: null, summary: 'create, edit and delete reply templates' },
  'claims.read': { staff: 'read', customer: 'read', summary: 'read claims, their history, balances, refunds and uploads (a customer: its own)' },
  'claims.file': { staff: 'write', customer: 'write', summary: 'file a claim (a customer: on its own order)' },
  'claims.converse': { staff: 'write', customer: 'write', summary: 'post messages, attach evidence, upload files' },
  'claims.ship_return': { staff: 'manage', customer: 'write', summary: 'register a return parcel' },
  'claims.withdraw': { staff: 'manage', customer: 'write', summary: 'cancel a claim, cancel a pending refund request' },
  'claims.request_refund': { staff: 'manage', customer: 'write', summary: 'ask for a refund on a claim' },
  'claims.request_order_refund': { staff: 'write', customer: 'write', summary: 'ask for a refund on a whole order (Refunds v2)' },
  'claims.manage': {
    staff: 'manage', customer: null,
    summary: 'edit or delete a claim, move it, resolve it, book and move refunds, receive returns',
  },
  'claims.assign': { staff: 'manage', customer: null, summary: 'give a claim to a console user of the store, or take it back' },
  'claims.read_emails': { staff: 'read', customer: null, summary: 'read the emails queued and sent about a claim' },
  'notifications.own': { staff: 'read', customer: null, summary: 'read and change the email notifications of the signed-in console user' },
  'policy.read': { staff: 'read', customer: null, summary: "read the store's policy and its versions" },
  'policy.simulate': { staff: 'write', customer: null, summary: 'simulate a policy' },
  'policy.edit': { staff: 'owner', customer: null, summary: "replace the store's policy" },
  'api_keys.manage': { staff: 'owner', customer: null, summary: "create customer keys, list and revoke the store's API keys" },
  'api_keys.mint_merchant': { staff: null, customer: null, summary: 'create a merchant API key (a store makes its others as users and OAuth clients)' },
  'oauth_clients.manage': { staff: 'owner', customer: null, summary: 'create, list and delete OAuth clients' },
  'webhooks.manage': { staff: 'owner', customer: null, summary: 'create, read, change and delete webhook endpoints, read and redeliver deliveries' },
  'users.manage': { staff: 'owner', customer: null, summary: 'create, list, change and disable console users' },
} as const satisfies Record<string, Permission>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** A scoped credential's standing: manage_claims → manage, write_claims → write, read_claims → read; none → owner. */
export function levelOfScopes(scopes: readonly Scope[]): StaffLevel {
  if (scopes.length === 0) return 'owner';
  if (scopes.includes('manage_claims')) return 'manage';
  if (scopes.includes('write_claims')) return 'write';
  return 'read';
}

const LEVEL_OF_ROLE: Record<UserRole, StaffLevel> = { owner: 'owner', agent: 'manage', viewer: 'read' };

export function levelOfRole(role: UserRole): StaffLevel {
  return LEVEL_OF_ROLE[role];
}

/** Where an actor stands in the table: a console user by its role, a key or token by its scopes. */
export function standingOf(actor: Actor): Standing {
  switch (actor.role) {
    case 'admin': return { kind: 'admin' };
    case 'automatic': return { kind: 'system' };
    case 'customer': {
      const level = levelOfScopes(actor.scopes);
      return { kind: 'customer', read: true, write: level !== 'read' };
    }
    case 'merchant': return { kind: 'staff', level: actor.user === undefined ? levelOfScopes(actor.scopes) : levelOfRole(actor.user.role) };
  }
}

export function atLeast(level: StaffLevel, needed: StaffLevel): boolean {
  return STAFF_LEVELS.indexOf(level) >= STAFF_LEVELS.indexOf(needed);
}

/** Whether the table lets this standing do the action. */
export function permits(standing: Standing, action: Action): boolean {
  const permission: Permission = PERMISSIONS[action];
  switch (standing.kind) {
    case 'admin':
    case 'system': return true;
    case 'staff': return permission.staff !== null && atLeast(standing.level, permission.staff);
    case 'customer': return permission.customer !== null && standing[permission.customer];
  }
}

/**
 * Whether a credential may mint a credential of the given standing (a user, an OAuth client,
 * a customer key): never one above its own. The table already keeps minting to owners.
 */
export function mayMint(minter: Standing, minted: StaffLevel | 'customer'): boolean {
  if (minter.kind === 'admin' || minter.kind === 'system') return true;
  if (minter.kind !== 'staff') return false;
  return minted === 'customer' || atLeast(minter.level, minted);
}

/** The columns of the security page's table, in order, each with the standing it stands for. */
export const STANDING_COLUMNS: ReadonlyArray<{ name: string; standing: Standing }> = [
  { name: 'owner · unscoped key', standing: { kind: 'staff', level: 'owner' } },
  { name: 'agent · manage_claims', standing: { kind: 'staff', level: 'manage' } },
  { name: 'write_claims', standing: { kind: 'staff', level: 'write' } },
  { name: 'viewer · read_claims', standing: { kind: 'staff', level: 'read' } },
  { name: 'customer key · portal session', standing: { kind: 'customer', read: true, write: true } },
  { name: 'read-only customer key', standing: { kind: 'customer', read: true, write: false } },
  { name: 'platform admin', standing: { kind: 'admin' } },
];

/** The table as Markdown, rendered into docs/security.md (a test keeps the two equal). */
export function permissionTableMarkdown(): string {
  const header = `| action | ${STANDING_COLUMNS.map((column) => column.name).join(' | ')} |`;
  const rule = `|---|${STANDING_COLUMNS.map(() => ':-:').join('|')}|`;
  const rows = ACTIONS.map((action) => {
    const cells = STANDING_COLUMNS.map((column) => (permits(column.standing, action) ? 'yes' : '—'));
    return `| \`${action}\`: ${PERMISSIONS[action].summary} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}
