import type { ReactNode } from 'react';
import { useT } from './i18n/index.js';

// A list as a console table: scrollable on its own, named for screen readers, one header
// cell per column (a hidden one for a column of buttons).

/** A scrollable table named for screen readers ("<name> table"), one header cell per column. */
export function ListTable({ name, columns, testId, children }: { name: string; columns: ReactNode[]; testId?: string; children: ReactNode }) {
  const { t } = useT();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t('queue.namedTable', { name })}>
      <table data-testid={testId}>
        <thead><tr>{columns.map((column, index) => <th scope="col" key={index}>{column}</th>)}</tr></thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
