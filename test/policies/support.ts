import type { StoreFixture, TestApp } from '../support/app.js';

/** A clock tests can move: every use case reads `now` through it. */
export function fakeClock(start: string) {
  let now = new Date(start);
  return {
    clock: () => new Date(now),
    set(at: string) { now = new Date(at); },
    advance(ms: number) { now = new Date(now.getTime() + ms); },
    now: () => new Date(now),
  };
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export async function putPolicy(t: TestApp, store: StoreFixture, policy: unknown, headers: Record<string, string> = {}) {
  return t.request({ method: 'PUT', url: '/v1/policy', key: store.merchantKey, body: policy, headers });
}

export async function installPolicy(t: TestApp, store: StoreFixture, policy: unknown): Promise<{ version: number }> {
  const response = await putPolicy(t, store, policy);
  if (response.statusCode !== 200) throw new Error(`policy refused: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function claimEvents(t: TestApp, store: StoreFixture, claimId: number): Promise<any[]> {
  const response = await t.request({ method: 'GET', url: `/v1/claims/${claimId}/events?limit=100`, key: store.merchantKey });
  if (response.statusCode !== 200) throw new Error(`events: ${response.statusCode} ${response.body}`);
  return response.json().data;
}

export async function getClaim(t: TestApp, store: StoreFixture, claimId: number): Promise<any> {
  return (await t.request({ method: 'GET', url: `/v1/claims/${claimId}`, key: store.merchantKey })).json();
}

export async function move(t: TestApp, key: string, claimId: number, to: string) {
  const response = await t.request({ method: 'POST', url: `/v1/claims/${claimId}/transitions`, key, body: { to } });
  if (response.statusCode !== 200) throw new Error(`transition to ${to}: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function timerRows(t: TestApp, claimId: number) {
  return t.database.db.withTables<{ timers: { claim_id: number; kind: string; status: string; id: number } }>()
    .selectFrom('timers').select(['id', 'kind', 'status']).where('claim_id', '=', claimId).orderBy('id').execute();
}
