export interface Customer {
  id: number;
  uuid: string;
  storeId: number;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  externalId: string | null;
}

export type FulfillmentStatus = 'unfulfilled' | 'shipped' | 'delivered';

export interface OrderItem {
  id: number;
  uuid: string;
  orderId: number;
  position: number;
  sku: string;
  name: string;
  quantity: number;
  unitPriceMinor: number;
  taxRate: number | null;
  externalId: string | null;
  packageItem: string | null;
  fulfillmentStatus: FulfillmentStatus;
  trackingNumber: string | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Order {
  id: number;
  uuid: string;
  storeId: number;
  number: string;
  externalId: string | null;
  currency: string;
  placedAt: Date;
  customerId: number;
  itemsAmountMinor: number;
  shippingAmountMinor: number;
  totalAmountMinor: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface OrderWithItems extends Order {
  customer: Customer;
  items: OrderItem[];
}

export type OrderRef = { id: number } | { uuid: string } | { number: string } | { externalIdOrNumber: string };

/**
 * The order numbers a customer may mean by what they typed: as typed (trimmed), then without
 * a leading `#` and inner spaces, then that in capitals (`#d-100297 ` → `D-100297`). Shops
 * print their numbers in capitals; people type them as they like.
 */
export function orderNumberCandidates(typed: string): string[] {
  const trimmed = typed.trim();
  const bare = trimmed.replace(/^#+/, '').replace(/\s+/g, '');
  return [...new Set([trimmed, bare, bare.toUpperCase()])].filter((candidate) => candidate !== '');
}
