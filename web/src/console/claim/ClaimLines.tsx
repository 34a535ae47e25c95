import type { Balances } from '../../api/client.js';
import { formatMinor } from '../../shared/money.js';
import { ListTable } from '../ListTable.js';

// The order's items beside the claim: how many were ordered, how many this claim names and
// how many may still be claimed, as the engine counts them.

export function ClaimLines({ items, currency }: { items: Balances['items']; currency: string }) {
  return (
    <ListTable name="Items" columns={['Item', 'SKU', 'Ordered', 'On this claim', 'Still claimable', 'Price', 'Fulfilment']}>
      {items.map((item) => (
        <tr key={item.order_item_id}>
          <td>{item.name}</td><td>{item.sku}</td><td>{item.quantity}</td><td>{item.claimed_here}</td><td>{item.claimable}</td>
          <td>{formatMinor(item.unit_price, currency)}</td><td>{item.fulfillment_status}</td>
        </tr>
      ))}
    </ListTable>
  );
}
