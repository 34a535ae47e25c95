import type { ActorRecord } from '../actor.js';
import type { Policy } from './document.js';

export interface StoredPolicy {
  storeId: number;
  version: number;
  document: Policy;
  createdBy: ActorRecord;
  createdAt: Date;
}
