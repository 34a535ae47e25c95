import { useCallback } from 'react';
import type { Claim, User } from '../../api/client.js';
import { useConsole } from '../session.js';
import { useLoadedList } from '../useLoadedList.js';
import { claimPath, type Act } from './useClaim.js';

// Who works on the claim. Anyone who may act takes it ("Assign to me") or lets it go; an
// owner, who can list the store's users, gives it to any owner or agent. Viewers are left
// out of the list: the API refuses them as assignees.

export function Assignee({ claim, act }: { claim: Claim; act: Act }) {
  const { api, session, isOwner } = useConsole();
  const users = useLoadedList<User>(useCallback(() => (isOwner ? api.GET('/v1/users') : undefined), [api, isOwner]));
  const assign = (userId: string | null, what: string) => act(what, () => api.PUT('/v1/claims/{id}/assignee', {
    params: claimPath(claim), headers: { 'if-match': `"${claim.version}"` }, body: { user_id: userId },
  }));
  const mine = claim.assignee?.id === session.user.id;
  const assignable = users.items.filter((user) => user.role !== 'viewer' && user.disabled_at === null);
  return (
    <section className="card" aria-labelledby="assignee">
      <h2 id="assignee">Assignee</h2>
      <p data-testid="claim-assignee">{claim.assignee === null ? <span className="muted">Nobody</span> : `${claim.assignee.name}${mine ? ' (you)' : ''}`}</p>
      <div className="row">
        {mine ? null : <button type="button" className="secondary" onClick={() => void assign(session.user.id, 'Assign to me')}>Assign to me</button>}
        {claim.assignee === null ? null : <button type="button" className="secondary" onClick={() => void assign(null, 'Unassign')}>Unassign</button>}
        {isOwner && assignable.length > 0 ? (
          <div>
            <label htmlFor="assign-to" className="sr-only">Assign to</label>
            <select id="assign-to" value={claim.assignee?.id ?? ''} onChange={(event) => void assign(event.target.value === '' ? null : event.target.value, 'Assign')}>
              <option value="">nobody</option>
              {assignable.map((user) => <option key={user.id} value={user.id}>{user.name}</option>)}
            </select>
          </div>
        ) : null}
      </div>
    </section>
  );
}
