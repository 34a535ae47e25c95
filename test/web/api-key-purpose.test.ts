import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/app.js';
import { DATABASES } from '../support/databases.js';

// The key list says what each key is for, so the console lists only what people created:
// the portal's key of a customer and a console user's backing key are there, but marked.

describe.each(DATABASES)('what each API key is for (%s)', (kind) => {
  const t = useTestApp(kind);

  it('marks integrations, portal keys and console users\' backing keys', async () => {
    const store = await t.given.store();
    const order = await t.given.order(store);
    const user = await t.request({ method: 'POST', url: '/v1/users', key: store.merchantKey, body: { email: `aylin-${store.code}@example.com`, name: 'Aylin', role: 'agent', password: 'correct horse battery' } });
    expect(user.statusCode, user.body).toBe(201);
    const opened = await t.app.inject({ method: 'POST', url: '/v1/portal/sessions', remoteAddress: '10.0.2.1', payload: { store_code: store.code, order_number: order.number, email: order.customer.email } });
    expect(opened.statusCode, opened.body).toBe(201);
    const integration = await t.request({ method: 'POST', url: '/v1/api-keys', key: store.merchantKey, body: { store_id: store.id, role: 'customer', customer_id: order.customer.id, name: 'app' } });
    expect(integration.statusCode, integration.body).toBe(201);
    expect(integration.json().purpose).toBe('integration');

    const listed = (await t.request({ method: 'GET', url: '/v1/api-keys', key: store.merchantKey })).json().data as Array<{ name: string | null; key_prefix: string; purpose: string }>;
    expect(listed.find((key) => key.name === 'app')?.purpose).toBe('integration');
    expect(listed.find((key) => key.key_prefix === 'rk_portal')?.purpose).toBe('portal');
    expect(listed.find((key) => key.name === 'console: Aylin')?.purpose).toBe('console_user');
  });
});
