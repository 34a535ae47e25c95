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
  const change = (user: User, body: { role?: Role; disabled?: boolean }) => users.run(() => api.PATCH('/v1/users/{id}', { params: { path: { id: user.id } }, body }));
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
