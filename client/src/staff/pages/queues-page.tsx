import type {
  CONFLICT_RESOLUTIONS,
  ConflictItem,
  ConflictPage,
  QUARANTINE_RESOLUTIONS,
  QuarantinePage,
  QueueQuery,
} from '../../../../shared/review.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { api, query } from '../staff-api.ts';
import { useLoad, type Loaded } from '../use-load.ts';
import { useState } from 'preact/hooks';
import { Pager } from '../pager.tsx';
import type { MessageKey } from '../../i18n/message-key.ts';

type QueueState = NonNullable<QueueQuery['state']>;
type ResolutionValue = (typeof CONFLICT_RESOLUTIONS)[number] | (typeof QUARANTINE_RESOLUTIONS)[number];
type Resolved = Pick<ConflictItem, 'resolvedBy' | 'resolvedAt' | 'resolutionComment'> & {
  resolution: ResolutionValue | null;
};

const RESOLUTION_LABEL: Record<ResolutionValue, MessageKey> = {
  'keep-stored': 'staff-queues.resolvedKeepStored',
  'use-incoming': 'staff-queues.resolvedUseIncoming',
  dismissed: 'staff-queues.resolvedDismissed',
  accepted: 'staff-queues.resolvedAccepted',
};

interface QueuePaging<T extends { nextCursor: string | null }> {
  cursor: string | undefined;
  setCursor: (cursor?: string) => void;
  page: Loaded<T>;
}

/** Each queue keeps its own cursor, so the two lists page independently. */
function useQueuePage<T extends { nextCursor: string | null }>(path: string, state: QueueState): QueuePaging<T> {
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const url = `${path}${query({ state, cursor, limit: '50' })}`;
  return { cursor, setCursor, page: useLoad(() => api<T>(url), url) };
}

/** Under a queue's items: why there are none, and the way to its other pages. */
function QueueFooter({
  queue,
  state,
  count,
  pagesLabel,
}: {
  queue: QueuePaging<{ nextCursor: string | null }>;
  state: QueueState;
  count?: number;
  pagesLabel: string;
}) {
  const { t } = useI18n();
  const { cursor, setCursor, page } = queue;
  const nextCursor = page.data?.nextCursor;
  const empty = cursor
    ? 'staff-queues.queuePageEmpty'
    : state === 'open'
      ? 'staff-queues.queueEmpty'
      : 'staff-queues.queueNoneResolved';
  return (
    <>
      {page.error && (
        <p role="alert" class="error">
          {t('staff.failed', { message: page.error })}
        </p>
      )}
      {count === 0 && <p>{t(empty)}</p>}
      {(cursor ?? nextCursor) && (
        <nav aria-label={pagesLabel}>
          <Pager cursor={cursor} nextCursor={nextCursor} onCursor={setCursor} />
        </nav>
      )}
    </>
  );
}

interface ResolveFormProps {
  actions: [string, string][];
  /** JSON the officer may fix before accepting (quarantine). */
  editable?: unknown;
  onResolve: (action: string, comment: string, edited?: unknown) => Promise<void>;
}

function ResolveForm({ actions, editable, onResolve }: ResolveFormProps) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const submitter = (event.submitter as HTMLButtonElement | null)?.value ?? actions[0]?.[0] ?? '';
        try {
          const edited: unknown = editable === undefined ? undefined : JSON.parse(String(form.get('data')));
          onResolve(submitter, String(form.get('comment')), edited).catch((err: Error) => setError(err.message));
        } catch (err) {
          setError((err as Error).message);
        }
      }}
    >
      {editable !== undefined && (
        <label>
          {t('staff-queues.fixedData')}
          <textarea name="data" rows={8} cols={60} defaultValue={JSON.stringify(editable, null, 1)} />
        </label>
      )}
      <label>
        {t('staff.comment')}
        <input name="comment" required />
      </label>
      {actions.map(([value, label]) => (
        <button key={value} type="submit" value={value}>
          {label}
        </button>
      ))}
      {error && (
        <p role="alert" class="error">
          {t('staff.failed', { message: error })}
        </p>
      )}
    </form>
  );
}

/** What an officer decided about an item, in place of the form that decides it. */
function Resolution({ item }: { item: Resolved }) {
  const { t, language } = useI18n();
  return (
    <p class="resolution">
      {t('staff-queues.resolvedAs', {
        action: item.resolution ? t(RESOLUTION_LABEL[item.resolution]) : '–',
        by: item.resolvedBy ?? '–',
        at: item.resolvedAt ? formatDateTime(item.resolvedAt, language.locale) : '–',
        comment: item.resolutionComment ?? '',
      })}
    </p>
  );
}

export function QueuesPage() {
  const { t } = useI18n();
  const [state, setState] = useState<QueueState>('open');
  return (
    <>
      <h1>{t('staff-queues.queuesTitle')}</h1>
      <label>
        {t('staff-queues.queueShow')}
        <select name="state" value={state} onChange={(event) => setState(event.currentTarget.value as QueueState)}>
          <option value="open">{t('staff-queues.queueOpen')}</option>
          <option value="resolved">{t('staff-queues.queueResolved')}</option>
        </select>
      </label>
      {/* Keyed by state: both lists start again on their first page. */}
      <QueueLists key={state} state={state} />
    </>
  );
}

function QueueLists({ state }: { state: QueueState }) {
  const { t, language } = useI18n();
  const conflicts = useQueuePage<ConflictPage>('/conflicts', state);
  const quarantine = useQueuePage<QuarantinePage>('/quarantine', state);
  return (
    <>
      <section aria-labelledby="queue-conflicts">
        <h2 id="queue-conflicts">{t('staff-queues.conflicts')}</h2>
        {conflicts.page.data?.conflicts.map((c) => (
          <article key={c.id} class="queue-item">
            <p>
              <code>{c.recordId}</code> · {c.deviceId.slice(0, 8)} · {formatDateTime(c.receivedAt, language.locale)}
            </p>
            <div class="side-by-side">
              <div>
                <h3>{t('staff-queues.stored')}</h3>
                <pre>{JSON.stringify(c.stored, null, 1)}</pre>
              </div>
              <div>
                <h3>{t('staff.incoming')}</h3>
                <pre>{JSON.stringify((c.incoming as { data?: unknown }).data, null, 1)}</pre>
              </div>
            </div>
            {c.resolution ? (
              <Resolution item={c} />
            ) : (
              <ResolveForm
                actions={[
                  ['keep-stored', t('staff-queues.keepStored')],
                  ['use-incoming', t('staff-queues.useIncoming')],
                ]}
                onResolve={async (action, comment) => {
                  await api(`/conflicts/${c.id}/resolve`, { method: 'POST', body: { action, comment } });
                  conflicts.page.reload();
                }}
              />
            )}
          </article>
        ))}
        <QueueFooter
          queue={conflicts}
          state={state}
          count={conflicts.page.data?.conflicts.length}
          pagesLabel={t('staff-queues.conflictPages')}
        />
      </section>
      <section aria-labelledby="queue-quarantine">
        <h2 id="queue-quarantine">{t('staff-queues.quarantine')}</h2>
        {quarantine.page.data?.items.map((q) => (
          <article key={q.id} class="queue-item">
            <p>
              <code>{q.recordId ?? '–'}</code> · {q.deviceId.slice(0, 8)} ·{' '}
              {formatDateTime(q.receivedAt, language.locale)}
            </p>
            <p class="error">
              {t('staff-queues.errors')}: {q.errors.map((e) => `${e.path}: ${e.message}`).join(' · ')}
            </p>
            {q.truncated && (
              <p class="error">{t('staff-queues.bodyTruncated', { size: Math.ceil(q.bodyBytes / 1024) })}</p>
            )}
            <pre>{q.bodyText ?? JSON.stringify(q.body, null, 1)}</pre>
            {q.resolution ? (
              <Resolution item={q} />
            ) : (
              <ResolveForm
                actions={
                  q.truncated
                    ? [['dismiss', t('staff-queues.dismiss')]]
                    : [
                        ['dismiss', t('staff-queues.dismiss')],
                        ['accept', t('staff-queues.accept')],
                      ]
                }
                editable={q.truncated ? undefined : ((q.body as { data?: unknown } | null)?.data ?? {})}
                onResolve={async (action, comment, data) => {
                  await api(`/quarantine/${q.id}/resolve`, {
                    method: 'POST',
                    body: { action, comment, ...(action === 'accept' ? { data } : {}) },
                  });
                  quarantine.page.reload();
                }}
              />
            )}
          </article>
        ))}
        <QueueFooter
          queue={quarantine}
          state={state}
          count={quarantine.page.data?.items.length}
          pagesLabel={t('staff-queues.quarantinePages')}
        />
      </section>
    </>
  );
}
