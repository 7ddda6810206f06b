/** The columns both review queues share: how an item was closed, by whom and when. */
export interface ResolutionColumns {
  resolution_comment: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
}

export const RESOLUTION_COLUMNS = 'resolution, resolution_comment, resolved_by, resolved_at';

export const resolutionOf = (row: ResolutionColumns) => ({
  resolutionComment: row.resolution_comment,
  resolvedBy: row.resolved_by,
  resolvedAt: row.resolved_at,
});

export const openOrResolved = (state: 'open' | 'resolved', prefix = '') =>
  state === 'open' ? `${prefix}resolved_at IS NULL` : `${prefix}resolved_at IS NOT NULL`;
