import type { Actor } from '../../domain/actor.js';
import type { ClaimRef } from '../../domain/claim/claim.js';
import { gradingRefusal, type LineGrade } from '../../domain/claim/grading.js';
import { refuse } from '../../domain/refusal.js';
import * as claims from '../../store/claims.js';
import * as events from '../../store/events.js';
import * as orders from '../../store/orders.js';
import * as products from '../../store/products.js';
import { authorize } from '../access.js';
import type { Core } from '../core.js';
import { claimEvent } from '../events.js';
import { inTransaction } from '../unit-of-work.js';
import { detailsFor, findVisibleClaim, type ClaimDetails } from './details.js';

// Grading on receipt, in one transaction with what it moves: each line's disposition and note,
// the restocked units back in the catalogue, and a `claim.graded` event saying both.

export async function gradeClaim(core: Core, actor: Actor, ref: ClaimRef, grades: readonly LineGrade[]): Promise<ClaimDetails> {
  authorize(actor, 'claims.manage');
  return inTransaction(core, actor, async (uow) => {
    const claim = await findVisibleClaim(uow.trx, actor, ref, { lock: true });
    const lines = await claims.listClaimLines(uow.trx, claim.storeId, [claim.id]);
    const refusal = gradingRefusal(claim, lines, grades);
    if (refusal !== undefined) refuse(refusal);
    const items = await orders.listOrderItems(uow.trx, claim.storeId, [claim.orderId]);
    const graded: Array<Record<string, unknown>> = [];
    for (const grade of grades) {
      const line = lines.find((candidate) => candidate.id === grade.lineId);
      const item = items.find((candidate) => candidate.id === line?.orderItemId);
      if (line === undefined || item === undefined) throw new Error(`claim ${claim.id} lost line ${grade.lineId} or its item`);
      // The claim is locked, so no twin grades this line between the check and the write.
      if (!await claims.gradeClaimLine(uow.trx, claim.storeId, line.id, { disposition: grade.disposition, note: grade.note ?? null }, uow.at)) {
        refuse({ code: 'conflict', entity: 'claim', message: `line ${line.id} was graded already` });
      }
      const restocked = grade.disposition === 'restock' && await products.restock(uow.trx, claim.storeId, item.sku, line.quantity, uow.at);
      graded.push({ line_id: line.id, sku: item.sku, quantity: line.quantity, disposition: grade.disposition, note: grade.note ?? null, restocked });
    }
    await events.appendEvents(uow.trx, [claimEvent(uow, claim, 'claim.graded', { lines: graded })]);
    return detailsFor(uow.trx, actor, claim);
  });
}
