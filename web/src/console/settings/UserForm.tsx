import { useState } from 'react';
import { EmailInput } from '../../shared/EmailInput.js';
import { useConsole } from '../session.js';
import type { Run } from '../useLoadedList.js';
import { SettingsForm } from './SettingsCard.js';
import { roleOf, type Role } from './roles.js';

// A new console user: email, name, role and a first password (the server keeps only its hash).

export function UserForm({ run }: { run: Run }) {
  const { api } = useConsole();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [password, setPassword] = useState('');
  const create = async () => {
    const added = await run(() => api.POST('/v1/users', { body: { email, name, role, password } }), { done: `${email} can now sign in.` });
    if (added) [setEmail, setName, setPassword].forEach((clear) => clear(''));
  };
  return (
    <SettingsForm title="Add a user" onSubmit={create}>
      <div className="row">
        <div><label htmlFor="user-email">Email</label><EmailInput id="user-email" required autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} /></div>
        <div><label htmlFor="user-name">Name</label><input id="user-name" required value={name} onChange={(event) => setName(event.target.value)} /></div>
        <div><label htmlFor="user-role">Role</label>
          <select id="user-role" value={role} onChange={(event) => setRole(roleOf(event.target.value))}>
            <option value="agent">agent</option><option value="viewer">viewer</option><option value="owner">owner</option>
          </select></div>
        <div><label htmlFor="user-password">Password (10+ characters)</label><input id="user-password" type="password" autoComplete="new-password" required minLength={10} value={password} onChange={(event) => setPassword(event.target.value)} /></div>
        <button type="submit">Add user</button>
      </div>
    </SettingsForm>
  );
}
