import { describe, expect, it } from 'vitest';
import { useTestApp, type StoreFixture, type TestApp } from '../support/app.js';
import { DATABASES } from '../support/databases.js';

// A store always keeps an active owner: the one person who manages its users, keys and policy.
// Demoting or disabling the last one is refused (409) and changes nothing, whoever asks, and
// two owners demoting each other at once cannot both succeed.

const PASSWORD = 'correct horse battery';

async function owner(t: TestApp, store: StoreFixture, email: string): Promise<string> {
  const created = await t.request({ method: 'POST', url: '/v1/users', key: store.merchantKey, body: { email, name: email, role: 'owner', password: PASSWORD } });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id;
}

const patch = (t: TestApp, store: StoreFixture, id: string, body: object) => t.request({ method: 'PATCH', url: `/v1/users/${id}`, key: store.merchantKey, body });
const usersOf = async (t: TestApp, store: StoreFixture) => (await t.request({ method: 'GET', url: '/v1/users', key: store.merchantKey })).json().data as Array<{ id: string; role: string; disabled_at: string | null }>;

describe.each(DATABASES)("the store's last owner (%s)", (kind) => {
  const t = useTestApp(kind);

  it('cannot be demoted or disabled, and nothing changes', async () => {
    const store = await t.given.store();
    const only = await owner(t, store, `only-${store.code}@example.com`);
    for (const change of [{ role: 'agent' }, { role: 'viewer' }, { disabled: true }, { role: 'owner', disabled: true }]) {
      const refused = await patch(t, store, only, change);
      expect(refused.statusCode, JSON.stringify(change)).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'conflict', detail: expect.stringContaining('last active owner') });
    }
    expect(await usersOf(t, store)).toEqual([expect.objectContaining({ id: only, role: 'owner', disabled_at: null })]);
    // A harmless change of the same owner still goes through.
    expect((await patch(t, store, only, { name: 'Still the owner', role: 'owner' })).statusCode).toBe(200);
  });

  it('may step down once another active owner exists, and a disabled owner does not count', async () => {
    const store = await t.given.store();
    const first = await owner(t, store, `first-${store.code}@example.com`);
    const second = await owner(t, store, `second-${store.code}@example.com`);
    expect((await patch(t, store, second, { disabled: true })).statusCode).toBe(200);
    expect((await patch(t, store, first, { role: 'agent' })).statusCode).toBe(409);
    expect((await patch(t, store, second, { disabled: false })).statusCode).toBe(200);
    expect((await patch(t, store, first, { role: 'agent' })).statusCode).toBe(200);
    expect((await patch(t, store, second, { role: 'viewer' })).statusCode).toBe(409);
  });

  it('survives two owners demoting each other at once: one change wins, one owner remains', async () => {
    const store = await t.given.store();
    const first = await owner(t, store, `a-${store.code}@example.com`);
    const second = await owner(t, store, `b-${store.code}@example.com`);
    const answers = await Promise.all([patch(t, store, first, { role: 'agent' }), patch(t, store, second, { role: 'agent' })]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    expect((await usersOf(t, store)).filter((user) => user.role === 'owner' && user.disabled_at === null)).toHaveLength(1);
  });
});
