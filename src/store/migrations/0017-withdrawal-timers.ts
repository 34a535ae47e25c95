import { sql, type Kysely } from 'kysely';

// Frozen once released. A withdrawal from the contract starts the statutory refund clock: a
// timer of its own kind, 14 days after the declaration.
const KINDS = ['customer_reminder', 'customer_close', 'first_response_sla', 'resolution_sla', 'return_code_expiry', 'refund_processing_alert'];

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`
    ALTER TABLE timers DROP CONSTRAINT timers_kind_check;
    ALTER TABLE timers ADD CONSTRAINT timers_kind_check CHECK (kind IN (${[...KINDS, 'withdrawal_refund_due'].map((kind) => `'${kind}'`).join(', ')}));
  `).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`
    ALTER TABLE timers DROP CONSTRAINT timers_kind_check;
    ALTER TABLE timers ADD CONSTRAINT timers_kind_check CHECK (kind IN (${KINDS.map((kind) => `'${kind}'`).join(', ')}));
  `).execute(db);
}
