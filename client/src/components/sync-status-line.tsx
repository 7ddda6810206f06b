import { formatTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import type { MessageKey } from '../i18n/message-key.ts';
import type { SyncStatus } from '../sync/sync-engine.ts';

/** Why sending stopped for now; each text says when it tries again. */
const PROBLEM_TEXT = {
  offline: 'sync.offline',
  'server-error': 'sync.server-error',
  'rate-limited': 'sync.rate-limited',
  refused: 'sync.refused',
} as const satisfies Record<NonNullable<SyncStatus['problem']>, MessageKey>;

export function SyncStatusLine({ status, waiting }: { status: SyncStatus; waiting: number | undefined }) {
  const { t, language } = useI18n();
  let text = '';
  if (status.phase === 'syncing') {
    text = status.progress
      ? t('sync.progress', { sent: status.progress.sent, total: status.progress.total })
      : t('sync.syncing');
  } else if (status.phase === 'retrying' && status.problem && status.nextAttemptAt !== null) {
    text = t(PROBLEM_TEXT[status.problem], { time: formatTime(status.nextAttemptAt, language.locale) });
  } else if (status.phase === 'idle' && status.lastSyncAt && waiting === 0) text = t('sync.upToDate');
  return (
    <p
      class="sync-status"
      role="status"
      data-phase={status.phase}
      data-sent={status.progress?.sent}
      data-total={status.progress?.total}
    >
      {text}
    </p>
  );
}
