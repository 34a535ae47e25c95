import { useState } from 'react';
import { EmailInput } from '../../shared/EmailInput.js';
import { useT } from '../i18n/index.js';
import { useConsole } from '../session.js';
import type { Run } from '../useLoadedList.js';
import { SettingsForm } from './SettingsCard.js';
import { roleOf, type Role } from './roles.js';

// A new console user: email, name, role and a first password (the server keeps only its hash).

/** The usual role first. */
const NEW_USER_ROLES: readonly Role[] = ['agent', 'viewer', 'owner'];

export function UserForm({ run }: { run: Run }) {
  const { api } = useConsole();
  const { t, tn } = useT();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [password, setPassword] = useState('');
  const create = async () => {
    const added = await run(() => api.POST('/v1/users', { body: { email, name, role, password } }), { done: t('settings.canSignIn', { email }) });
    if (added) [setEmail, setName, setPassword].forEach((clear) => clear(''));
  };
  return (
    <SettingsForm title={t('settings.addAUser')} onSubmit={create}>
      <div className="row">
        <div><label htmlFor="user-email">{t('settings.email')}</label><EmailInput id="user-email" required autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} /></div>
        <div><label htmlFor="user-name">{t('settings.name')}</label><input id="user-name" required value={name} onChange={(event) => setName(event.target.value)} /></div>
        <div><label htmlFor="user-role">{t('settings.role')}</label>
          <select id="user-role" value={role} onChange={(event) => setRole(roleOf(event.target.value))}>
            {NEW_USER_ROLES.map((value) => <option key={value} value={value}>{tn('app.role_', value)}</option>)}
          </select></div>
        <div><label htmlFor="user-password">{t('settings.passwordMin')}</label><input id="user-password" type="password" autoComplete="new-password" required minLength={10} value={password} onChange={(event) => setPassword(event.target.value)} /></div>
        <button type="submit">{t('settings.addUser')}</button>
      </div>
    </SettingsForm>
  );
}
