import type { WebhookFormat } from './subscriptions.js';

/** An endpoint as doors see it: the signing secret is never part of it. */
export interface WebhookEndpoint {
  id: number;
  uuid: string;
  storeId: number;
  url: string;
  description: string | null;
  eventTypes: string[];
  format: WebhookFormat;
  enabled: boolean;
  disabledReason: 'manual' | 'failing' | null;
  failureCount: number;
  failingSince: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
