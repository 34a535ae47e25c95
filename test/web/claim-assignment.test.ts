import { describe, expect, it } from 'vitest';
import { useTestApp, type StoreFixture, type TestApp } from '../support/app.js';
import { fileClaim } from '../support/claims.js';
import { DATABASES } from '../support/databases.js';
import { cookieOf } from '../support/sessions.js';

// A claim can be given to a console user of its store who works on claims (an owner or an
// agent), and taken back; the queue finds "mine", "nobody's" and a colleague's claims, by
// review queue and risk flag too, newest, oldest or due first. Every change of assignee is a
// `claim.assigned` event in the claim's history.

const PASSWORD = 'correct horse battery';

interface Session { cookie: string; csrf: string }

async function userOf(t: TestApp, store: StoreFixture, role: 'owner' | 'agent' | 'viewer', name: string): Promise<{ id: string; session: Session }> {
  const email = `${name.toLowerCase().replaceAll(' ', '-')}-${store.code}@example.com`;
  const created = await t.request({ method: 'POST', url: '/v1/users', key: store.merchantKey, body: { email, name, role, password: PASSWORD } });
  expect(created.statusCode, created.body).toBe(201);
  const signedIn = await t.request({ method: 'POST', url: '/v1/sessions', body: { store_code: store.code, email, password: PASSWORD } });
  expect(signedIn.statusCode, signedIn.body).toBe(201);
  return { id: created.json().id, session: { cookie: cookieOf(signedIn), csrf: signedIn.json().csrf_token } };
}

function as(t: TestApp, session: Session) {
  return (method: 'GET' | 'PUT', url: string, body?: unknown) => t.app.inject({
    method, url, headers: { cookie: session.cookie, 'x-recourse-session': 'console', 'x-csrf-token': session.csrf },
    ...(body === undefined ? {} : { payload: body as object }),
  });
}

async function claimsOf(t: TestApp, store: StoreFixture, n: number): Promise<Array<{ id: number; uuid: string }>> {
  const order = await t.given.order(store, { items: Array.from({ length: n }, () => ({ unit_price: 1000 })) });
  const claims = [];
  for (const item of order.items) claims.push(await fileClaim(t, store.merchantKey, { order_id: order.id, kind: 'return', lines: [{ order_item_id: item.id }] }));
  return claims;
}

describe.each(DATABASES)('assigning claims (%s)', (kind) => {
  const t = useTestApp(kind);

  const listIds = async (key: string, query: string): Promise<number[]> => {
    const listed = await t.request({ method: 'GET', url: `/v1/claims?${query}`, key });
    expect(listed.statusCode, listed.body).toBe(200);
    return (listed.json().data as Array<{ id: number }>).map((claim) => claim.id);
  };

  it('an agent takes a claim, finds it under "mine" and not under "nobody\'s", and the history says who had it', async () => {
    const store = await t.given.store();
    const [mine, other] = await claimsOf(t, store, 2);
    const agent = await userOf(t, store, 'agent', 'Ada Agent');

    const taken = await as(t, agent.session)('PUT', `/v1/claims/${mine!.id}/assignee`, { user_id: agent.id });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json().assignee).toEqual({ id: agent.id, name: 'Ada Agent' });
    expect((await t.request({ method: 'GET', url: `/v1/claims/${other!.id}`, key: store.merchantKey })).json().assignee).toBeNull();

    const mineListed = await as(t, agent.session)('GET', '/v1/claims?assignee=me');
    expect(mineListed.json().data.map((claim: { id: number }) => claim.id)).toEqual([mine!.id]);
    expect(await listIds(store.merchantKey, 'assignee=none')).toEqual([other!.id]);
    expect(await listIds(store.merchantKey, `assignee=${agent.id}`)).toEqual([mine!.id]);
    expect((await listIds(store.merchantKey, `assignee=none,${agent.id}`)).sort()).toEqual([mine!.id, other!.id].sort());

    // Taking it back: the claim is nobody's again, and both moves are in its history.
    const owner = await userOf(t, store, 'owner', 'Olga Owner');
    const given = await as(t, owner.session)('PUT', `/v1/claims/${mine!.id}/assignee`, { user_id: owner.id });
    expect(given.json().assignee).toEqual({ id: owner.id, name: 'Olga Owner' });
    const back = await t.request({ method: 'PUT', url: `/v1/claims/${mine!.id}/assignee`, key: store.merchantKey, body: { user_id: null } });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().assignee).toBeNull();
    const history = await t.request({ method: 'GET', url: `/v1/claims/${mine!.id}/events`, key: store.merchantKey });
    const assigned = (history.json().data as Array<{ type: string; data: Record<string, unknown> }>).filter((event) => event.type === 'claim.assigned');
    expect(assigned.map((event) => [event.data.assignee, event.data.from])).toEqual([[agent.id, null], [owner.id, agent.id], [null, owner.id]]);
    // Naming oneself tells nobody (no "assigned to you" email); naming nobody neither.
    expect(assigned.map((event) => event.data.assignee_user_id)).toEqual([null, null, null]);
  });

  it('names the assignee for the "assigned to you" email when someone else gives the claim, and giving it to whom it has changes nothing', async () => {
    const store = await t.given.store();
    const [claim] = await claimsOf(t, store, 1);
    const agent = await userOf(t, store, 'agent', 'Ada Agent');
    const first = await t.request({ method: 'PUT', url: `/v1/claims/${claim!.id}/assignee`, key: store.merchantKey, body: { user_id: agent.id.toUpperCase() } });
    expect(first.statusCode, first.body).toBe(200);
    const again = await t.request({ method: 'PUT', url: `/v1/claims/${claim!.id}/assignee`, key: store.merchantKey, body: { user_id: agent.id } });
    expect(again.json().version).toBe(first.json().version);
    const events = (await t.request({ method: 'GET', url: `/v1/claims/${claim!.id}/events`, key: store.merchantKey })).json().data as Array<{ type: string; data: Record<string, unknown> }>;
    expect(events.filter((event) => event.type === 'claim.assigned').map((event) => event.data.assignee_user_id)).toEqual([agent.id]);
  });

  it('refuses a viewer, a disabled user, another store\'s user, a stale version and a malformed id, changing nothing', async () => {
    const store = await t.given.store();
    const elsewhere = await t.given.store();
    const [claim] = await claimsOf(t, store, 1);
    const viewer = await userOf(t, store, 'viewer', 'Vic Viewer');
    const gone = await userOf(t, store, 'agent', 'Gone Agent');
    expect((await t.request({ method: 'PATCH', url: `/v1/users/${gone.id}`, key: store.merchantKey, body: { disabled: true } })).statusCode).toBe(200);
    const stranger = await userOf(t, elsewhere, 'agent', 'Sam Stranger');
    const agent = await userOf(t, store, 'agent', 'Ada Agent');
    const put = (body: unknown, headers: Record<string, string> = {}) => t.request({ method: 'PUT', url: `/v1/claims/${claim!.id}/assignee`, key: store.merchantKey, body, headers });

    const refusals = [
      await put({ user_id: viewer.id }), await put({ user_id: gone.id }), await put({ user_id: stranger.id }),
      await put({ user_id: agent.id }, { 'if-match': '"99"' }), await put({ user_id: 'nobody' }), await put({}), await put({ user_id: agent.id, extra: 1 }),
    ];
    expect(refusals.map((response) => [response.statusCode, response.json().code])).toEqual([
      [400, 'invalid_input'], [400, 'invalid_input'], [404, 'not_found'], [412, 'version_mismatch'],
      [400, 'invalid_input'], [400, 'invalid_input'], [400, 'invalid_input'],
    ]);
    // A viewer may not assign at all, not even to themself.
    expect((await as(t, viewer.session)('PUT', `/v1/claims/${claim!.id}/assignee`, { user_id: agent.id })).statusCode).toBe(403);
    // Another store's key does not see the claim.
    const foreign = await t.request({ method: 'PUT', url: `/v1/claims/${claim!.id}/assignee`, key: elsewhere.merchantKey, body: { user_id: stranger.id } });
    expect(foreign.statusCode).toBe(404);

    const after = (await t.request({ method: 'GET', url: `/v1/claims/${claim!.id}`, key: store.merchantKey })).json();
    expect([after.assignee, after.version]).toEqual([null, 1]);
    // "Mine" needs a signed-in user: a store key has no "me".
    const me = await t.request({ method: 'GET', url: '/v1/claims?assignee=me', key: store.merchantKey });
    expect([me.statusCode, me.json().code]).toEqual([400, 'invalid_input']);
    expect((await t.request({ method: 'GET', url: '/v1/claims?assignee=someone', key: store.merchantKey })).statusCode).toBe(400);
    // Shaped like a uuid but not one: refused as input, never handed to the database.
    const dashes = await t.request({ method: 'GET', url: `/v1/claims?assignee=${'-'.repeat(36)}`, key: store.merchantKey });
    expect([dashes.statusCode, dashes.json().code]).toEqual([400, 'invalid_input']);
    expect((await t.request({ method: 'GET', url: '/v1/claims?sort=soonest', key: store.merchantKey })).statusCode).toBe(400);
  });

  it('filters by review queue and risk flag, and pages oldest first with a cursor', async () => {
    const store = await t.given.store();
    const claims = await claimsOf(t, store, 5);
    const ids = claims.map((claim) => claim.id);
    const set = (id: number, queue: string | null, flags: string[]) => t.database.pool.query(
      'UPDATE claims SET queue = $1, risk_flags = $2::jsonb WHERE id = $3', [queue, JSON.stringify(flags), id]);
    await set(ids[0]!, 'fraud', ['high_value', 'repeat_returner']);
    await set(ids[1]!, 'fraud', []);
    await set(ids[2]!, 'vip', ['repeat_returner']);
    const newestFirst = [...ids].reverse();

    expect(await listIds(store.merchantKey, 'queue=fraud')).toEqual([ids[1], ids[0]]);
    expect(await listIds(store.merchantKey, 'queue=fraud,vip')).toEqual([ids[2], ids[1], ids[0]]);
    expect(await listIds(store.merchantKey, 'flag=repeat_returner')).toEqual([ids[2], ids[0]]);
    expect(await listIds(store.merchantKey, 'flag=high_value,nothing')).toEqual([ids[0]]);
    expect(await listIds(store.merchantKey, 'queue=vip&flag=high_value')).toEqual([]);
    expect(await listIds(store.merchantKey, 'queue=vip&flag=high_value&operator=OR')).toEqual([ids[2], ids[0]]);

    expect(await listIds(store.merchantKey, 'sort=newest')).toEqual(newestFirst);
    const walked: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await t.request({ method: 'GET', url: `/v1/claims?sort=oldest&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`, key: store.merchantKey });
      expect(page.statusCode, page.body).toBe(200);
      walked.push(...(page.json().data as Array<{ id: number }>).map((claim) => claim.id));
      cursor = page.json().next_cursor;
    } while (cursor !== null);
    expect(walked).toEqual(ids);
  });

  it('sorts due first over the whole view by the policy\'s service levels: overdue at the top, nothing due last', async () => {
    const store = await t.given.store();
    const policy = await t.request({ method: 'PUT', url: '/v1/policy', key: store.merchantKey, body: {
      deadlines: { sla: { return: { first_response_hours: 24, resolution_hours: 72 }, cancellation: { resolution_hours: 12 } } },
    } });
    expect(policy.statusCode, policy.body).toBe(200);
    const claims = await claimsOf(t, store, 6);
    const [overdue, later, answered, decided, cancellation, incident] = claims.map((claim) => claim.id);
    const hoursAgo = (id: number | undefined, hours: number, set = '') => t.database.pool.query(
      `UPDATE claims SET created_at = now() - make_interval(hours => $1)${set} WHERE id = $2`, [hours, id]);
    await hoursAgo(overdue, 30); // first response due 6 hours ago
    await hoursAgo(later, 10); // due in 14 hours: an internal note is no answer
    await hoursAgo(answered, 40); // answered, so the resolution is what is due: in 32 hours
    await hoursAgo(decided, 1, ", status = 'approved', decision = 'approved'"); // decided: nothing due
    await hoursAgo(cancellation, 2, ", kind = 'cancellation'"); // resolution due in 10 hours
    await hoursAgo(incident, 50, ", kind = 'incident'"); // the policy sets no service level for incidents
    const post = (id: number | undefined, body: object) => t.request({ method: 'POST', url: `/v1/claims/${String(id)}/messages`, key: store.merchantKey, body });
    expect((await post(later, { body: 'checking the photos', internal: true })).statusCode).toBe(201);
    expect((await post(answered, { body: 'we are on it' })).statusCode).toBe(201);

    const dueFirst = [overdue, cancellation, later, answered, decided, incident].slice(0, 4);
    const listed = await listIds(store.merchantKey, 'sort=due');
    expect(listed.slice(0, 4)).toEqual(dueFirst);
    // Nothing due sorts last, among themselves by id.
    expect(listed.slice(4)).toEqual([decided, incident].sort((a, b) => a! - b!));

    const walked: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await t.request({ method: 'GET', url: `/v1/claims?sort=due&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`, key: store.merchantKey });
      expect(page.statusCode, page.body).toBe(200);
      walked.push(...(page.json().data as Array<{ id: number }>).map((claim) => claim.id));
      cursor = page.json().next_cursor;
    } while (cursor !== null);
    expect(walked).toEqual(listed);
    // The sort is over the view: filtered to returns, the order holds.
    expect(await listIds(store.merchantKey, 'sort=due&kind=return')).toEqual([overdue, later, answered, decided]);
  });
});
