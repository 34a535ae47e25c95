// Rows a statement returns as JSON (json_agg, to_json) rather than as columns: one
// statement can then bring back several tables' rows. JSON has no timestamps, so each
// table's timestamp columns are turned back into Dates before the row is mapped.

/**
 * The timestamp columns of each table read as JSON. A test compares this list with the
 * database's own, so a column added later cannot come back as text.
 */
export const TIMESTAMP_COLUMNS = {
  claim_lines: ['graded_at', 'created_at'],
  messages: ['created_at'],
  attachments: ['created_at'],
  resolutions: ['created_at', 'updated_at'],
  store_credits: ['emailed_at', 'created_at'],
  return_shipments: ['code_valid_from', 'code_valid_until', 'shipped_at', 'received_at', 'created_at', 'updated_at'],
  refunds: ['created_at', 'updated_at', 'approved_at', 'processing_at', 'issued_at', 'denied_at', 'cancelled_at'],
  orders: ['placed_at', 'created_at', 'updated_at'],
  order_items: ['shipped_at', 'delivered_at', 'created_at', 'updated_at'],
  customers: ['created_at', 'updated_at'],
  reasons: ['created_at', 'updated_at'],
} as const satisfies Record<string, readonly string[]>;

export type JsonTable = keyof typeof TIMESTAMP_COLUMNS;

/** One table's row from JSON: its timestamps Dates again, then mapped to the domain. */
function fromJsonRow<Row, Out>(row: unknown, table: JsonTable, map: (row: Row) => Out): Out {
  const fields = row as Record<string, unknown>;
  for (const column of TIMESTAMP_COLUMNS[table]) {
    const value = fields[column];
    if (typeof value === 'string') fields[column] = new Date(value);
  }
  return map(fields as Row);
}

/** A JSON array of one table's rows, each as fromJsonRow. */
export function fromJsonRows<Row, Out>(rows: unknown, table: JsonTable, map: (row: Row) => Out): Out[] {
  return (rows as unknown[]).map((row) => fromJsonRow(row, table, map));
}
