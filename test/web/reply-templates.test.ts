import { describe, expect, it } from 'vitest';
import { fillTemplate, templateBodyRefusal } from '../../src/domain/claim/reply-template.js';
import { useTestApp } from '../support/app.js';
import { DATABASES } from '../support/databases.js';

// A store's reply templates: kept per store, one name per kind, placeholders checked when
// saved and filled where the agent writes.

describe('filling a reply template', () => {
  const facts = { customer_first_name: 'Ayşe', customer_name: 'Ayşe Yılmaz', claim_number: 'R-5100001', order_number: 'A-1001', store_name: 'Acme' };

  it('puts the claim\'s facts into its placeholders, spaces inside the braces allowed', () => {
    expect(fillTemplate('Hello {{customer_first_name}}, claim {{ claim_number }} for order {{order_number}} at {{store_name}}.', facts))
      .toBe('Hello Ayşe, claim R-5100001 for order A-1001 at Acme.');
  });

  it('refuses a placeholder nobody fills, naming the ones it knows', () => {
    expect(templateBodyRefusal('Dear {{first_name}}')).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('unknown placeholder {{first_name}}') });
    expect(templateBodyRefusal('Dear {{customer_name}}, {not a placeholder}')).toBeUndefined();
  });
});

describe.each(DATABASES)('reply templates through /v1 (%s)', (kind) => {
  const t = useTestApp(kind);

  it('creates, lists by kind, changes and deletes a store\'s templates, refusing a second of the same kind and name', async () => {
    const store = await t.given.store();
    const other = await t.given.store();
    const post = (body: unknown, key = store.merchantKey) => t.request({ method: 'POST', url: '/v1/reply-templates', key, body });
    const label = await post({ kind: 'message', name: 'Label sent', body: 'Hello {{customer_first_name}}, your label for {{claim_number}} is attached.' });
    expect(label.statusCode, label.body).toBe(201);
    expect((await post({ kind: 'rejection', name: 'Worn', body: 'The item was worn.' })).statusCode).toBe(201);
    // The same name may serve both kinds, and another store's names are its own.
    expect((await post({ kind: 'rejection', name: 'Label sent', body: 'x' })).statusCode).toBe(201);
    expect((await post({ kind: 'message', name: 'Label sent', body: 'x' }, other.merchantKey)).statusCode).toBe(201);

    const twice = await post({ kind: 'message', name: 'Label sent', body: 'again' });
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'conflict']);
    const unknown = await post({ kind: 'message', name: 'Typo', body: 'Dear {{first_name}}' });
    expect([unknown.statusCode, unknown.json().code]).toEqual([400, 'invalid_input']);

    const rejections = await t.request({ method: 'GET', url: '/v1/reply-templates?kind=rejection', key: store.merchantKey });
    expect(rejections.json().data.map((template: { name: string }) => template.name)).toEqual(['Label sent', 'Worn']);
    const all = await t.request({ method: 'GET', url: '/v1/reply-templates', key: store.merchantKey });
    expect(all.json().data.map((template: { kind: string; name: string }) => `${template.kind}:${template.name}`)).toEqual(['message:Label sent', 'rejection:Label sent', 'rejection:Worn']);

    const id = label.json().id as string;
    const renamed = await t.request({ method: 'PATCH', url: `/v1/reply-templates/${id}`, key: store.merchantKey, body: { name: 'Return label' } });
    expect([renamed.statusCode, renamed.json().name]).toEqual([200, 'Return label']);
    const clash = await t.request({ method: 'PATCH', url: `/v1/reply-templates/${id}`, key: store.merchantKey, body: { kind: 'rejection', name: 'Worn' } });
    expect([clash.statusCode, clash.json().code]).toEqual([409, 'conflict']);
    expect((await t.request({ method: 'PATCH', url: `/v1/reply-templates/${id}`, key: other.merchantKey, body: { name: 'Mine now' } })).statusCode).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/v1/reply-templates/${id}`, key: other.merchantKey })).statusCode).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/v1/reply-templates/${id}`, key: store.merchantKey })).statusCode).toBe(204);
    expect((await t.request({ method: 'DELETE', url: `/v1/reply-templates/${id}`, key: store.merchantKey })).statusCode).toBe(404);
    const left = await t.request({ method: 'GET', url: '/v1/reply-templates', key: store.merchantKey });
    expect(left.json().data).toHaveLength(2);
  });
});
