export const CSV_HEADERS = {
  'Content-Type': 'text/csv; charset=utf-8',
  'Cache-Control': 'no-store',
} as const;
