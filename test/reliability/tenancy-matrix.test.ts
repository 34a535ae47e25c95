import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/app.js';
import { DATABASES } from '../support/databases.js';
import { fillRoute, givenVictim, isPublicRoute, plausibleBody, snapshot } from './routes.js';

// Every route the app serves (taken from the router itself, so a new route cannot escape)
// is called with four credentials that must not reach the victim store's data: another
// store's merchant key, another customer's key in the same store, a revoked key and an
// expired OAuth token. None may get a 2xx on a route that names the victim's objects, none a
// 5xx, none a byte of the victim's data, and nothing may change.
describe.each(DATABASES)('the tenancy matrix (%s)', (kind) => {
  let now = Date.now();
  const t = useTestApp(kind, { clock: () => new Date(now) });

  it('refuses every route to outsiders, revoked keys and expired tokens, and changes nothing', { timeout: 300_000 }, async () => {
    process.env.RECOURSE_ALLOW_PRIVATE_WEBHOOKS = '1';
    const victim = await givenVictim(t);
    const intruder = await t.given.store();
    const token = await t.request({ method: 'POST', url: '/compat/orderprotection/v1/oauth/token', body: { grant_type: 'client_credentials', client_id: victim.oauthClient.clientId, client_secret: victim.oauthClient.clientSecret } });
    expect(token.statusCode).toBe(200);
    const revoked = await t.request({ method: 'POST', url: '/v1/api-keys', key: victim.merchantKey, body: { store_id: victim.storeId, role: 'customer', customer_id: 1 } });
    const revokedKey = revoked.json().key as string;
    expect((await t.request({ method: 'DELETE', url: `/v1/api-keys/${revoked.json().id}`, key: victim.merchantKey })).statusCode).toBe(200);
    now += 2 * 3600 * 1000; // the token is now expired

    const routes = t.app.routeInventory.filter((route) => !isPublicRoute(route.method, route.url));
    expect(routes.length).toBeGreaterThan(80);
    const credentials = [
      { name: 'another store', key: intruder.merchantKey, markers: victim.markers },
      { name: 'another customer', key: victim.otherCustomerKey, markers: [victim.claimUuid, victim.claimNumber, `${victim.markers[0]}@example.com`, `${victim.markers[0]} message`] },
      { name: 'revoked key', key: revokedKey, markers: victim.markers },
      { name: 'expired token', key: token.json().access_token as string, markers: victim.markers },
    ];
    const before = await snapshot(t);
    const failures: string[] = [];
    let tried = 0;
    for (const route of routes) {
      const url = fillRoute(route.url, victim);
      // A version number is not the victim's: every store has its own policy versions.
      const namesVictim = fillRoute(route.url.replace(':version', '1'), victim) !== route.url.replace(':version', '1');
      // Store-wide objects (the store, its reasons) are the customer's to read: it files claims with them.
      const storeWide = /\/v1\/(stores|reasons)\/|cancellation_reasons|claim-reasons/.test(route.url);
      for (const credential of credentials) {
        const mustBeRefused = namesVictim && !(credential.name === 'another customer' && storeWide && route.method === 'GET');
        const response = await t.request({ method: route.method as 'GET', url, key: credential.key, body: plausibleBody(route.method, route.url) });
        tried += 1;
        const label = `${credential.name}: ${route.method} ${url} → ${response.statusCode}`;
        if (response.statusCode >= 500) failures.push(`${label} (server error)`);
        if (mustBeRefused && response.statusCode < 300) failures.push(`${label} (reached the victim's object)`);
        if ((credential.name === 'revoked key' || credential.name === 'expired token') && response.statusCode !== 401) failures.push(`${label} (expected 401)`);
        const leaked = credential.markers.find((marker) => response.body.includes(marker));
        if (leaked !== undefined) failures.push(`${label} (leaked ${leaked})`);
      }
    }
    expect(failures).toEqual([]);
    expect(tried).toBe(routes.length * credentials.length);
    expect(await snapshot(t)).toEqual(before);
  });
});
