import type { RecordState } from '../db/database.ts';
import type { MessageKey } from '../i18n/message-key.ts';

/** How each state of a record on the tablet is named to the person. */
export const RECORD_STATE_TEXT = {
  draft: 'record-states.draft',
  waiting: 'record-states.waiting',
  sent: 'record-states.sent',
  rejected: 'record-states.rejected',
  conflict: 'record-states.conflict',
} as const satisfies Record<RecordState, MessageKey>;
