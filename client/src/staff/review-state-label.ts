import type { ReviewState } from '../../../shared/records.ts';
import type { MessageKey } from '../i18n/message-key.ts';

export const STATE_LABEL: Readonly<Record<ReviewState, MessageKey>> = {
  new: 'staff-records.stateNew',
  approved: 'staff-records.stateApproved',
  flagged: 'staff-records.stateFlagged',
  corrected: 'staff-records.stateCorrected',
};
