import type { TimerKind } from './deadlines.js';

// Durable timers: a deadline a policy set on a claim or refund, fired once by a worker.

export type TimerStatus = 'pending' | 'fired' | 'skipped' | 'cancelled' | 'failed';

export interface Timer {
  id: number;
  storeId: number;
  claimId: number;
  refundId: number | null;
  kind: TimerKind;
  dueAt: Date;
  status: TimerStatus;
  policyVersion: number;
  data: Record<string, unknown>;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  doneAt: Date | null;
}
