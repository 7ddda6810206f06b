import { fillPlaceholders } from '../../../shared/i18n.ts';
import { formatNumber, formatTime } from '../i18n/format.ts';
import { useLanguage, useStrings } from '../i18n/language-context.ts';
import { syncStrings } from '../i18n/strings/sync.ts';
import type { SyncStatus } from '../sync/sync-engine.ts';

export function SyncStatusLine({ status, waiting }: { status: SyncStatus; waiting: number | undefined }) {
  const s = useStrings(syncStrings);
  const { language } = useLanguage();
  let text = '';
  if (status.phase === 'syncing') {
    text = status.progress
      ? fillPlaceholders(s.progress, { sent: formatNumber(status.progress.sent, language), total: formatNumber(status.progress.total, language) })
      : s.syncing;
  }
  else if (status.phase === 'retrying' && status.problem && status.nextAttemptAt !== null) {
    text = fillPlaceholders(s[status.problem], { time: formatTime(status.nextAttemptAt, language) });
  } else if (status.phase === 'idle' && status.lastSyncAt && waiting === 0) text = s.upToDate;
  return (
    <p class="sync-status" role="status" data-phase={status.phase}
      data-sent={status.progress?.sent}
      data-total={status.progress?.total}>
      {text}
    </p>
  );
}
