import type { Actor } from '../../domain/actor.js';
import { refuse } from '../../domain/refusal.js';
import * as overview from '../../store/overview.js';
import { authorize, storeOf } from '../access.js';
import type { Core } from '../core.js';
import type { ClaimsPerDay, OverviewRange, RefundTotal, TopReason, TopSku } from '../../domain/overview.js';

// The console's overview over a date range: counts, money and response times.

export const OVERVIEW_RANGE_DAYS_MAX = 366;
const TOP_LIMIT = 10;

export interface Overview {
  range: OverviewRange;
  claimsPerDay: ClaimsPerDay[];
  refundTotals: RefundTotal[];
  firstResponse: { seconds: number | null; claims: number };
  resolution: { seconds: number | null; claims: number };
  topReasons: TopReason[];
  topSkus: TopSku[];
}

export async function getOverview(core: Core, actor: Actor, input: { storeId?: number; from: Date; to: Date }): Promise<Overview> {
  authorize(actor, 'store.overview');
  const storeId = storeOf(actor, input.storeId);
  if (input.to <= input.from) refuse({ code: 'invalid_input', message: 'to must be after from', path: '/query/to' });
  if (input.to.getTime() - input.from.getTime() > OVERVIEW_RANGE_DAYS_MAX * 86_400_000) {
    refuse({ code: 'invalid_input', message: `a range may span at most ${OVERVIEW_RANGE_DAYS_MAX} days`, path: '/query/from' });
  }
  const range = { from: input.from, to: input.to };
  const [claimsPerDay, refundTotals, firstResponse, resolution, topReasons, topSkus] = await Promise.all([
    overview.claimsPerDay(core.db, storeId, range),
    overview.refundTotals(core.db, storeId, range),
    overview.medianFirstResponseSeconds(core.db, storeId, range),
    overview.medianResolutionSeconds(core.db, storeId, range),
    overview.topReasons(core.db, storeId, range, TOP_LIMIT),
    overview.topSkus(core.db, storeId, range, TOP_LIMIT),
  ]);
  return { range, claimsPerDay, refundTotals, firstResponse, resolution, topReasons, topSkus };
}
