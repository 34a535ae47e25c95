import type { Transaction } from 'kysely';
import type { Actor } from '../domain/actor.js';
import type { DB } from '../store/schema.js';
import type { Core } from './core.js';

// What a use case's helpers share inside its one transaction: the transaction, the core,
// who acts and the instant every write records. Helpers take this one value instead of
// the same four parameters each.

export interface UnitOfWork {
  readonly trx: Transaction<DB>;
  readonly core: Core;
  readonly actor: Actor;
  /** The time every row and event of this unit records. */
  readonly at: Date;
}

/**
 * Runs `work` in one transaction as `actor`, at the core's current time: returning commits,
 * throwing rolls everything back (a refusal changes nothing) and rethrows.
 */
export async function inTransaction<T>(core: Core, actor: Actor, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  const at = core.clock();
  return core.db.transaction().execute((trx) => work({ trx, core, actor, at }));
}

/** The same unit, acting as someone else (the policy or a deadline acts within a person's change). */
export function actingAs(uow: UnitOfWork, actor: Actor): UnitOfWork {
  return { ...uow, actor };
}
