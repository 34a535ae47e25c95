import type { Actor } from '../../domain/actor.js';
import type { OrderItem } from '../../domain/order.js';
import { refuse } from '../../domain/refusal.js';
import * as orders from '../../store/orders.js';
import { authorize, storeOf } from '../access.js';
import type { Core } from '../core.js';

/**
 * The actor's store's order item that a request names. A door that must tell "another
 * store's item" (Omnitron: 403 Forbidden) from "no such item" (400) gets the first as a
 * `forbidden` refusal and the second as `not_found`; the item itself is never shown.
 */
export async function locateOrderItem(core: Core, actor: Actor, itemId: number): Promise<OrderItem> {
  authorize(actor, 'claims.file');
  const storeId = storeOf(actor);
  const item = await orders.findOrderItem(core.db, storeId, itemId);
  if (item !== undefined) return item;
  const owner = await orders.findOrderItemStoreId(core.db, itemId);
  if (owner !== undefined) refuse({ code: 'forbidden', message: 'this order item belongs to another channel' });
  refuse({ code: 'not_found', entity: 'order_item', id: itemId });
}
