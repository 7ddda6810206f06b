import { useI18n } from '../i18n/i18n-context.ts';

/** Keyset paging: back to the first page, or on to the page after the last row shown. */
export function Pager({
  cursor,
  nextCursor,
  onCursor,
}: {
  cursor?: string;
  nextCursor?: string | null;
  onCursor: (c?: string) => void;
}) {
  const { t } = useI18n();
  return (
    <p>
      {cursor && (
        <button type="button" onClick={() => onCursor(undefined)}>
          {t('staff.firstPage')}
        </button>
      )}{' '}
      {nextCursor && (
        <button type="button" onClick={() => onCursor(nextCursor)}>
          {t('staff.nextPage')}
        </button>
      )}
    </p>
  );
}
