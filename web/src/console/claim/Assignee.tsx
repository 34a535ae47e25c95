import { useCallback } from 'react';
import type { Claim, User } from '../../api/client.js';
import { useT } from '../i18n/index.js';
import { useConsole } from '../session.js';
import { useLoadedList } from '../useLoadedList.js';
import { claimPath, type Act } from './useClaim.js';

// Who works on the claim. Anyone who may act takes it ("Assign to me") or lets it go; an
// owner, who can list the store's users, gives it to any owner or agent. Viewers are left
// out of the list: the API refuses them as assignees.

export function Assignee({ claim, act }: { claim: Claim; act: Act }) {
  const { api, session, isOwner } = useConsole();
  const { t } = useT();
  const users = useLoadedList<User>(useCallback(() => (isOwner ? api.GET('/v1/users') : undefined), [api, isOwner]));
  const assign = (userId: string | null, what: string) => act(what, () => api.PUT('/v1/claims/{id}/assignee', {
    params: claimPath(claim), headers: { 'if-match': `"${claim.version}"` }, body: { user_id: userId },
  }));
  const mine = claim.assignee?.id === session.user.id;
  const assignable = users.items.filter((user) => user.role !== 'viewer' && user.disabled_at === null);
  return (
    <section className="card" aria-labelledby="assignee">
      <h2 id="assignee">{t('claim.assignee')}</h2>
      <p data-testid="claim-assignee">{claim.assignee === null ? <span className="muted">{t('claim.nobodyAssigned')}</span> : mine ? t('claim.assigneeYou', { name: claim.assignee.name }) : claim.assignee.name}</p>
      <div className="row">
        {mine ? null : <button type="button" className="secondary" onClick={() => void assign(session.user.id, t('claim.assignToMe'))}>{t('claim.assignToMe')}</button>}
        {claim.assignee === null ? null : <button type="button" className="secondary" onClick={() => void assign(null, t('claim.unassign'))}>{t('claim.unassign')}</button>}
        {isOwner && assignable.length > 0 ? (
          <div>
            <label htmlFor="assign-to" className="sr-only">{t('claim.assignTo')}</label>
            <select id="assign-to" value={claim.assignee?.id ?? ''} onChange={(event) => void assign(event.target.value === '' ? null : event.target.value, t('claim.assign'))}>
              <option value="">{t('claim.nobody')}</option>
              {assignable.map((user) => <option key={user.id} value={user.id}>{user.name}</option>)}
            </select>
          </div>
        ) : null}
      </div>
    </section>
  );
}
