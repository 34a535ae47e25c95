// The console's overview: what a date range of claims and refunds adds up to.

export interface OverviewRange {
  from: Date;
  to: Date;
}

export interface ClaimsPerDay { day: string; kind: string; status: string; total: number }

export interface RefundTotal { currency: string; status: string; amountMinor: number; total: number }

export interface TopReason { reasonId: number | null; subject: string | null; total: number }

export interface TopSku { sku: string; claims: number; quantity: number }
