import { Webhook } from 'standardwebhooks';

// Standard Webhooks signing (https://www.standardwebhooks.com), by its reference library:
// HMAC-SHA256 over `<webhook-id>.<webhook-timestamp>.<body>` with the endpoint's secret.

export function signatureHeaders(secret: string, messageId: string, at: Date, body: string): Record<string, string> {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(messageId, at, body),
  };
}
