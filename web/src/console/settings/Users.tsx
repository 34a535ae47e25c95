import { useCallback } from 'react';
import type { User } from '../../api/client.js';
import { useT, type ConsoleKey } from '../i18n/index.js';
import { ListTable } from '../ListTable.js';
import { useConsole } from '../session.js';
import { useLoadedList } from '../useLoadedList.js';
import { roleOf, type Role } from './roles.js';
import { SettingsCard } from './SettingsCard.js';
import { UserForm } from './UserForm.js';

// The console's users with their roles; the owner changes roles, disables and adds users.

const ROLES: readonly Role[] = ['owner', 'agent', 'viewer'];
const MAKE: Record<Role, ConsoleKey> = { owner: 'settings.makeOwner', agent: 'settings.makeAgent', viewer: 'settings.makeViewer' };

export function Users() {
  const { api, isOwner } = useConsole();
  const { t, tn } = useT();
  const users = useLoadedList<User>(useCallback(() => api.GET('/v1/users'), [api]));
  const change = (user: User, body: { role?: Role; disabled?: boolean }) => {
    // A change that takes someone's access away is asked about first; the engine refuses one
    // that would leave the store without an active owner.
    const what = body.disabled === true ? t('settings.confirmDisable', { email: user.email })
      : body.role !== undefined && body.role !== user.role ? t(MAKE[body.role], { email: user.email }) : undefined;
    if (what !== undefined && !window.confirm(what)) return Promise.resolve(false);
    return users.run(() => api.PATCH('/v1/users/{id}', { params: { path: { id: user.id } }, body }));
  };
  return (
    <SettingsCard name="users" title={t('settings.users')} notices={[users.notice]}>
      <ListTable name={t('settings.users')} columns={[t('settings.name'), t('settings.email'), t('settings.role'), t('settings.state')]}>
        {users.items.map((user) => (
          <tr key={user.id}>
            <td>{user.name}</td><td>{user.email}</td>
            <td>{isOwner ? (
              <select aria-label={t('settings.roleOf', { email: user.email })} value={user.role} onChange={(event) => void change(user, { role: roleOf(event.target.value) })}>
                {ROLES.map((role) => <option key={role} value={role}>{tn('app.role_', role)}</option>)}
              </select>
            ) : tn('app.role_', user.role)}</td>
            <td>{isOwner ? <button type="button" className="secondary" onClick={() => void change(user, { disabled: user.disabled_at === null })}>{user.disabled_at === null ? t('settings.disable') : t('settings.enable')}</button> : user.disabled_at === null ? t('settings.active') : t('settings.disabled')}</td>
          </tr>
        ))}
      </ListTable>
      {isOwner ? <UserForm run={users.run} /> : <p className="muted">{t('settings.ownerOnlyUsers')}</p>}
    </SettingsCard>
  );
}
