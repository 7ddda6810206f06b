import type { SqlValue } from './sql.ts';

const SQL_OPERATORS = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' } as const;

/** A column compared with a value; the column is one of the caller's own names, never the client's text. */
export interface ColumnComparison {
  column: string;
  operator: keyof typeof SQL_OPERATORS;
  value: string;
}

/** One page of rows walked in the order of columns that together tell every row apart. */
export interface KeysetPage {
  comparisons: readonly ColumnComparison[];
  order: readonly string[];
  descending: boolean;
  /** The order columns' values of the last row already sent: the page starts strictly after it. */
  after: readonly string[] | null;
  /** Rows to pass over first: only a client's `$skip`, never the paging itself, so a deep page costs no more. */
  offset: number;
  limit: number;
}

export function comparisonsSql(comparisons: readonly ColumnComparison[]): { conditions: string[]; params: SqlValue[] } {
  return {
    conditions: comparisons.map((c) => `${c.column} ${SQL_OPERATORS[c.operator]} ?`),
    params: comparisons.map((c) => c.value),
  };
}

/** The page's conditions (to join with AND), then its ORDER BY, LIMIT and OFFSET; `params` in that order. */
export function keysetSql(page: KeysetPage): { conditions: string[]; orderAndLimit: string; params: SqlValue[] } {
  const { conditions, params } = comparisonsSql(page.comparisons);
  if (page.after) {
    // A row value comparison walks the index from the last key on both engines.
    conditions.push(
      `(${page.order.join(', ')}) ${page.descending ? '<' : '>'} (${page.order.map(() => '?').join(', ')})`,
    );
    params.push(...page.after);
  }
  const direction = page.descending ? ' DESC' : '';
  return {
    conditions,
    orderAndLimit: `ORDER BY ${page.order.map((c) => c + direction).join(', ')} LIMIT ? OFFSET ?`,
    params: [...params, page.limit, page.offset],
  };
}
