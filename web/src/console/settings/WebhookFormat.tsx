import { WEBHOOK_FORMATS } from '../../../../src/domain/webhooks/subscriptions.js';

// The body an endpoint is sent: the native events signed as Standard Webhooks, or the
// OrderProtection webhook envelope for a receiver written for that vendor.

export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

const FORMAT_LABELS: Record<WebhookFormat, string> = {
  native: 'Native (Standard Webhooks)',
  orderprotection: 'OrderProtection ({id, topic, created_at, body})',
};

export function isWebhookFormat(value: string): value is WebhookFormat {
  return WEBHOOK_FORMATS.some((format) => format === value);
}

export function WebhookFormatSelect({ id, value, onChange }: { id: string; value: WebhookFormat; onChange: (format: WebhookFormat) => void }) {
  return (
    <div>
      <label htmlFor={id}>Format</label>
      <select id={id} value={value} onChange={(event) => { if (isWebhookFormat(event.target.value)) onChange(event.target.value); }}>
        {WEBHOOK_FORMATS.map((format) => <option key={format} value={format}>{FORMAT_LABELS[format]}</option>)}
      </select>
    </div>
  );
}
