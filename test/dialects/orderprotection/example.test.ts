import { describe, expect, it } from 'vitest';
import { DATABASES } from '../../support/databases.js';
import { useTestApp } from '../../support/app.js';
import { expectStatus, op } from './support.js';

// Replays the document's List Claims example: an order llhVsSDgn / xtwCvToLXq with item
// item_77, a claim on it with a REFUND resolution, a customer and a brand message, approved.
// The node must carry every documented field with the documented value.

const SEED_NODE_KEYS = [
  'id', 'storeId', 'orderId', 'sourceOrderId', 'sourceOrderNumber', 'authorName', 'authorEmail', 'claimDescription', 'claimState',
  'isOta', 'otaDescription', 'externalSource', 'claimType', 'createdAt', 'updatedAt', 'deletedAt', 'policyId',
  'claimResolutions', 'claimItems', 'claimMessages',
];

describe.each(DATABASES)('OrderProtection: the document example (%s)', (kind) => {
  const t = useTestApp(kind);

  it('reads a claim with items, resolutions and messages back field for field', async () => {
    const store = await t.given.store({ code: `teststore-${kind}`, currency: 'USD' });
    const order = await t.given.order(store, {
      number: 'xtwCvToLXq', external_id: 'llhVsSDgn', email: 'garrison_wehner88@example.com',
      items: [{ external_id: 'item_77', quantity: 1, unit_price: 10_000 }],
    });
    const description = 'Cito substantia dignissimos. Adhuc quibusdam capio odio aiunt ante stillicidium aegre.';

    const created = await op(t, 'POST', '/v1/claims/llhVsSDgn', store.merchantKey, {
      email: 'garrison_wehner88@example.com', salesChannel: 'ONLINE', claimCategory: 'SHIPPING',
      fulfillmentIssues: [{ sourceFulfillmentId: '123456', issues: [{ issueType: 'DAMAGED', quantity: 1, sourceItemId: 'item_77', details: 'broken', images: ['https://cdn.example.com/bad.jpg'] }] }],
      resolution: { desiredMethod: 'REFUND' }, claimFiledFrom: 'EXTERNAL', claimDescription: description, policyId: 'policy_77',
    });
    const { id, status } = expectStatus(created, 201);
    expect(status).toBe('ok');
    expect(created.headers.location).toBe(`/compat/orderprotection/v1/claims/${id}`);

    expectStatus(await op(t, 'POST', `/v1/claims/${id}/messages`, store.merchantKey, {
      message: 'Dolorum quidem quod.', senderType: 'customer', authorName: 'Desiree Ward II', medias: [],
    }), 201);
    expectStatus(await op(t, 'POST', `/v1/claims/${id}/messages`, store.merchantKey, {
      message: 'We are sorry for the inconvenience. We will process your refund as soon as possible.', senderType: 'brand', authorName: 'Sarah',
    }), 201);
    const resolution = expectStatus(await op(t, 'POST', `/v1/claims/${id}/resolutions`, store.merchantKey, {
      resolutionType: 'REFUND', resolutionDetails: 'refund the damaged item', paidValue: 100, paidCurrency: 'USD', includeShipping: false,
    }), 201);
    expect(resolution).toMatchObject({ claimId: id, resolution: 'REFUND', resolutionType: 'REFUND', paidValue: 100, paidCurrency: 'USD', claimState: 'NEW' });
    expectStatus(await op(t, 'PATCH', `/v1/claims/${id}`, store.merchantKey, { claimState: 'APPROVED' }), 200);

    const page = expectStatus(await op(t, 'GET', '/v1/claims', store.merchantKey), 200);
    expect(page.pageInfo).toEqual({ startCursor: id, endCursor: id, hasNextPage: false, hasPreviousPage: false });
    expect(page.edges).toHaveLength(1);
    const node = page.edges[0].node;
    for (const key of SEED_NODE_KEYS) expect(node).toHaveProperty(key);
    expect(node).toMatchObject({
      id, storeId: store.code, orderId: order.uuid, sourceOrderId: 'llhVsSDgn', sourceOrderNumber: 'xtwCvToLXq',
      authorName: 'Ada Buyer', authorEmail: 'garrison_wehner88@example.com', claimDescription: description,
      claimState: 'APPROVED', isOta: false, otaDescription: null, externalSource: 'api', claimType: 'DAMAGED',
      deletedAt: null, policyId: 'policy_77', resolutionRequested: 'REFUND', claimFiledFrom: 'EXTERNAL',
    });
    expect(node.claimResolutions).toEqual([{
      id: resolution.id, claimId: id, resolution: 'REFUND', claimState: 'NEW', createdAt: resolution.createdAt, updatedAt: resolution.updatedAt,
      deletedAt: null, userId: expect.any(String), resolutionType: 'REFUND', resolutionDetails: 'refund the damaged item', paidValue: 100,
      paidCurrency: 'USD', paidOriginalValue: 100, includeShipping: false, shippingAmount: null, creditStore: false,
    }]);
    expect(node.claimItems).toEqual([{
      id: expect.any(String), claimId: id, itemId: 'item_77', quantity: 1, issueType: 'DAMAGED', details: 'broken',
      createdAt: node.createdAt, updatedAt: node.createdAt, deletedAt: null,
    }]);
    expect(node.claimMessages.map((message: any) => [message.senderType, message.authorName, message.message, message.medias, message.claimId])).toEqual([
      ['customer', 'Desiree Ward II', 'Dolorum quidem quod.', [], id],
      ['brand', 'Sarah', 'We are sorry for the inconvenience. We will process your refund as soon as possible.', [], id],
    ]);
    expect(node.documents).toEqual([expect.objectContaining({ claimId: id, url: 'https://cdn.example.com/bad.jpg', documentType: 'PHOTO', deletedAt: null })]);
    expect(new Date(node.createdAt).toISOString()).toBe(node.createdAt);

    // The same claim, by id and by order, reads the same.
    expect(expectStatus(await op(t, 'GET', `/v1/claims/${id}`, store.merchantKey), 200)).toEqual(node);
    expect(expectStatus(await op(t, 'GET', '/v1/orders/llhVsSDgn/claims', store.merchantKey), 200)).toEqual([node]);
  });
});
