import type { Claim, ClaimStatus } from '../../api/client.js';
import { useT } from '../i18n/index.js';
import { useShortcuts } from '../shortcuts.js';
import { useConsole } from '../session.js';
import { MoveForm } from './MoveForm.js';
import { MOVES, moveName, moveRequest, statusesOf } from './moves.js';
import { RejectForm } from './RejectForm.js';
import type { Act } from './useClaim.js';

// What the claim may do next, as the engine allows it: a button for each named move, the
// other statuses in a list, and rejection with its reason. `a` approves when it may.

export function ClaimActions({ claim, act }: { claim: Claim; act: Act }) {
  const { api } = useConsole();
  const i18n = useT();
  const move = (to: ClaimStatus) => act(moveName(to, i18n), () => moveRequest(api, claim, to));
  const allowed = statusesOf(claim.allowed_transitions);
  useShortcuts({ a: allowed.includes('approved') ? () => void move('approved') : undefined });
  const otherMoves = allowed.filter((to) => MOVES[to] === undefined && to !== 'rejected');
  return (
    <section className="card" aria-labelledby="actions">
      <h2 id="actions">{i18n.t('claim.actions')}</h2>
      <div className="row">
        {allowed.filter((to) => MOVES[to] !== undefined).map((to) => (
          <button key={to} type="button" className={to === 'cancelled' ? 'secondary' : undefined} onClick={() => void move(to)}>{moveName(to, i18n)}</button>
        ))}
      </div>
      {otherMoves.length > 0 ? <MoveForm moves={otherMoves} onMove={(to) => void move(to)} /> : null}
      {allowed.includes('rejected') ? <RejectForm claim={claim} act={act} /> : null}
    </section>
  );
}
