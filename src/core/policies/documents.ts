import { actorRecord, type Actor } from '../../domain/actor.js';
import { checkPolicy, type Policy } from '../../domain/policy/document.js';
import type { StoredPolicy } from '../../domain/policy/stored-policy.js';
import { refuse } from '../../domain/refusal.js';
import * as policies from '../../store/policies.js';
import { authorize, storeOf } from '../access.js';
import type { Core } from '../core.js';

// A store's policy as a versioned document: every change is a new version and the old
// ones stay, so each claim can name the version it was judged by.

export const POLICY_VERSIONS_PAGE_MAX = 100;

export async function getPolicy(core: Core, actor: Actor, input: { storeId?: number; version?: number } = {}): Promise<StoredPolicy> {
  authorize(actor, 'policy.read');
  const storeId = storeOf(actor, input.storeId);
  const found = input.version === undefined
    ? await policies.findCurrentPolicy(core.db, storeId)
    : await policies.findPolicyVersion(core.db, storeId, input.version);
  if (found === undefined) refuse({ code: 'not_found', entity: 'policy', id: input.version ?? 'current' });
  return found;
}

export async function listPolicyVersions(
  core: Core, actor: Actor, input: { storeId?: number; beforeVersion?: number; limit: number },
): Promise<StoredPolicy[]> {
  authorize(actor, 'policy.read');
  const storeId = storeOf(actor, input.storeId);
  return policies.listPolicyVersions(core.db, storeId, { beforeVersion: input.beforeVersion, limit: Math.min(input.limit, POLICY_VERSIONS_PAGE_MAX) });
}

/** Refuses a document the schema accepted but that cannot run (duplicate rule ids, unknown time zone…). */
export function requireRunnablePolicy(document: Policy, at = ''): void {
  const issue = checkPolicy(document)[0];
  if (issue !== undefined) refuse({ code: 'invalid_input', message: issue.message, path: `${at}${issue.path}` });
}

/** Saves a new version; `expectedVersion` (If-Match) refuses when someone changed it meanwhile. */
export async function putPolicy(
  core: Core, actor: Actor, input: { storeId?: number; document: Policy; expectedVersion?: number },
): Promise<StoredPolicy> {
  authorize(actor, 'policy.edit');
  const storeId = storeOf(actor, input.storeId);
  requireRunnablePolicy(input.document);
  const now = core.clock();
  return core.db.transaction().execute(async (trx) => {
    if (!(await policies.lockStoreForPolicy(trx, storeId))) refuse({ code: 'not_found', entity: 'store', id: storeId });
    const current = await policies.findCurrentPolicy(trx, storeId);
    const currentVersion = current?.version ?? 0;
    if (input.expectedVersion !== undefined && input.expectedVersion !== currentVersion) {
      refuse({ code: 'version_mismatch', current: currentVersion, given: input.expectedVersion });
    }
    return policies.insertPolicy(trx, {
      storeId, version: currentVersion + 1, document: input.document, createdBy: actorRecord(actor), createdAt: now,
    });
  });
}
