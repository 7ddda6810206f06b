import type { Sql } from '../db/sql.ts';
import type { FilterOperator, LiteralKind } from './filter-parser.ts';

export type EdmType = 'Edm.String' | 'Edm.Int32' | 'Edm.Double' | 'Edm.Boolean' | 'Edm.Date' | 'Edm.DateTimeOffset';

export interface FeedProperty {
  name: string;
  type: EdmType;
}

type FeedValue = string | number | boolean | null;
export type FeedRow = Record<string, FeedValue>;

/** A `$filter` comparison checked against the set: its value already in the form the set stores. */
export interface FeedComparison {
  property: string;
  operator: FilterOperator;
  value: string;
}

interface FeedPageRequest {
  comparisons: readonly FeedComparison[];
  descending: boolean;
  /** Where the previous page ended (its `$skiptoken`), null on the first page. */
  after: readonly string[] | null;
  offset: number;
  limit: number;
}

/** A row and its place in the set's order: the next page's `$skiptoken` is made from it. */
export interface PlacedRow {
  row: FeedRow;
  key: string[];
}

/** One entity set of the feed: its type, what it can be filtered and ordered on, and how it is read. */
export interface FeedSet {
  name: string;
  /** The form whose records it reveals: roles are checked against it as for the exports. */
  form: string;
  key: readonly string[];
  properties: readonly FeedProperty[];
  /** The properties `$filter` may compare, with the kind of literal each takes. */
  filterable: Readonly<Record<string, LiteralKind>>;
  /** The one property `$orderby` may name: when the row happened. */
  timeProperty: string | null;
  /** How many strings `key` of a placed row has: a `$skiptoken` must hold as many. */
  keyLength: number;
  read: (db: Sql, request: FeedPageRequest) => AsyncGenerator<PlacedRow[]>;
  count: (db: Sql, comparisons: readonly FeedComparison[]) => Promise<number>;
}
