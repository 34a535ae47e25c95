import type { Balances } from '../../api/client.js';
import { formatMinor } from '../../shared/money.js';
import { useT } from '../i18n/index.js';
import { ListTable } from '../ListTable.js';

// The order's items beside the claim: how many were ordered, how many this claim names and
// how many may still be claimed, as the engine counts them.

export function ClaimLines({ items, currency }: { items: Balances['items']; currency: string }) {
  const { t, tn, locale } = useT();
  const columns = [t('claim.col_item'), t('claim.col_sku'), t('claim.col_ordered'), t('claim.col_onClaim'), t('claim.col_claimable'), t('claim.col_price'), t('claim.col_fulfilment')];
  return (
    <ListTable name={t('claim.items')} columns={columns}>
      {items.map((item) => (
        <tr key={item.order_item_id}>
          <td>{item.name}</td><td>{item.sku}</td><td>{item.quantity}</td><td>{item.claimed_here}</td><td>{item.claimable}</td>
          <td>{formatMinor(item.unit_price, currency, locale)}</td><td>{tn('claim.fulfilment_', item.fulfillment_status)}</td>
        </tr>
      ))}
    </ListTable>
  );
}
