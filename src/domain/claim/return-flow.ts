import { isPending, type ClaimStatus } from './status.js';

/**
 * Where a claim goes when its return parcel moves. After approval the claim follows the
 * parcel; before a decision, a parcel on its way means the merchant now has to decide.
 * Undefined: the status stays as it is.
 */
export function statusWhenReturnShipped(status: ClaimStatus): ClaimStatus | undefined {
  if (status === 'approved') return 'in_return_transit';
  if (status === 'new' || (isPending(status) && status !== 'waiting_on_merchant')) return 'waiting_on_merchant';
  return undefined;
}

export function statusWhenReturnReceived(status: ClaimStatus): ClaimStatus | undefined {
  if (status === 'approved' || status === 'in_return_transit') return 'received';
  return undefined;
}
