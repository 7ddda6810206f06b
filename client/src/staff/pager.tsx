import { useT } from './i18n.ts';

/** Keyset paging: back to the first page, or on to the page after the last row shown. */
export function Pager({ cursor, nextCursor, onCursor }: { cursor?: string; nextCursor?: string | null; onCursor: (c?: string) => void }) {
  const { t } = useT();
  return (
    <p>
      {cursor && <button type="button" onClick={() => onCursor(undefined)}>{t('firstPage')}</button>}{' '}
      {nextCursor && <button type="button" onClick={() => onCursor(nextCursor)}>{t('nextPage')}</button>}
    </p>
  );
}
