import type { DraftTarget } from './forms/use-record-draft.ts';

export type Route = { page: 'home' } | { page: 'form'; target: DraftTarget } | { page: 'tally' } | { page: 'records' };

/** Pages that hold typing a reload would interrupt: an update waits until they are closed. */
export const isBusyRoute = (route: Route): boolean => route.page === 'form' || route.page === 'tally';
