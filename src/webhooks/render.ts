import type { RenderTestWebhook } from '../core/webhooks/deliveries.js';
import type { RenderWebhook } from '../core/webhooks/dispatch.js';
import { renderNativeTest, renderNativeWebhook } from './native.js';
import { renderOrderProtectionTest, renderOrderProtectionWebhook } from './orderprotection.js';

/** An event's body in the endpoint's format. */
export const renderWebhook: RenderWebhook = ({ event, store, claim, format }) => {
  switch (format) {
    case 'native': return renderNativeWebhook(event, store, claim);
    case 'orderprotection': return renderOrderProtectionWebhook(event, claim);
  }
};

export const renderTestWebhook: RenderTestWebhook = ({ endpoint, store, messageId, at }) => {
  switch (endpoint.format) {
    case 'native': return renderNativeTest(endpoint, store, messageId, at);
    case 'orderprotection': return renderOrderProtectionTest(endpoint, messageId, at);
  }
};
