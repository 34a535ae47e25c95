import { WEBHOOK_FORMATS } from '../../../../src/domain/webhooks/subscriptions.js';
import { useT, type ConsoleKey } from '../i18n/index.js';

// The body an endpoint is sent: the native events signed as Standard Webhooks, or the
// OrderProtection webhook envelope for a receiver written for that vendor.

export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

const FORMAT_LABELS: Record<WebhookFormat, ConsoleKey> = {
  native: 'settings.format_native',
  orderprotection: 'settings.format_orderprotection',
};

export function isWebhookFormat(value: string): value is WebhookFormat {
  return WEBHOOK_FORMATS.some((format) => format === value);
}

export function WebhookFormatSelect({ id, value, onChange }: { id: string; value: WebhookFormat; onChange: (format: WebhookFormat) => void }) {
  const { t } = useT();
  return (
    <div>
      <label htmlFor={id}>{t('settings.format')}</label>
      <select id={id} value={value} onChange={(event) => { if (isWebhookFormat(event.target.value)) onChange(event.target.value); }}>
        {WEBHOOK_FORMATS.map((format) => <option key={format} value={format}>{t(FORMAT_LABELS[format])}</option>)}
      </select>
    </div>
  );
}
