export type DeliveryStatus = 'pending' | 'succeeded' | 'failed' | 'cancelled';

export interface WebhookAttempt {
  number: number;
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  succeeded: boolean;
}

export interface WebhookDelivery {
  id: number;
  uuid: string;
  storeId: number;
  endpointId: number;
  endpointUuid: string;
  eventId: number | null;
  claimId: number | null;
  messageId: string;
  eventType: string;
  status: DeliveryStatus;
  attemptCount: number;
  attemptsMax: number;
  nextAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
  attempts: WebhookAttempt[];
}
