import { useCallback } from 'react';
import type { User } from '../../api/client.js';
import { ListTable } from '../ListTable.js';
import { useConsole } from '../session.js';
import { useLoadedList } from '../useLoadedList.js';
import { roleOf, type Role } from './roles.js';
import { SettingsCard } from './SettingsCard.js';
import { UserForm } from './UserForm.js';

// The console's users with their roles; the owner changes roles, disables and adds users.

export function Users() {
  const { api, isOwner } = useConsole();
  const users = useLoadedList<User>(useCallback(() => api.GET('/v1/users'), [api]));
  const change = (user: User, body: { role?: Role; disabled?: boolean }) => {
    // A change that takes someone's access away is asked about first; the engine refuses one
    // that would leave the store without an active owner.
    const what = body.disabled === true ? `Disable ${user.email}? They are signed out at once and what they made is revoked.`
      : body.role !== undefined && body.role !== user.role ? `Make ${user.email} ${body.role === 'owner' ? 'an owner' : `a${body.role === 'agent' ? 'n' : ''} ${body.role}`}?` : undefined;
    if (what !== undefined && !window.confirm(what)) return Promise.resolve(false);
    return users.run(() => api.PATCH('/v1/users/{id}', { params: { path: { id: user.id } }, body }));
  };
  return (
    <SettingsCard name="users" title="Users" notices={[users.notice]}>
      <ListTable name="Users" columns={['Name', 'Email', 'Role', 'State']}>
        {users.items.map((user) => (
          <tr key={user.id}>
            <td>{user.name}</td><td>{user.email}</td>
            <td>{isOwner ? (
              <select aria-label={`Role of ${user.email}`} value={user.role} onChange={(event) => void change(user, { role: roleOf(event.target.value) })}>
                <option value="owner">owner</option><option value="agent">agent</option><option value="viewer">viewer</option>
              </select>
            ) : user.role}</td>
            <td>{isOwner ? <button type="button" className="secondary" onClick={() => void change(user, { disabled: user.disabled_at === null })}>{user.disabled_at === null ? 'Disable' : 'Enable'}</button> : user.disabled_at === null ? 'active' : 'disabled'}</td>
          </tr>
        ))}
      </ListTable>
      {isOwner ? <UserForm run={users.run} /> : <p className="muted">Only the store owner manages users.</p>}
    </SettingsCard>
  );
}
