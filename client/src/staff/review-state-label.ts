import type { ReviewState } from '../../../shared/records.ts';
import type { StaffKey } from './strings.ts';

export const STATE_LABEL: Readonly<Record<ReviewState, StaffKey>> = {
  new: 'stateNew', approved: 'stateApproved', flagged: 'stateFlagged', corrected: 'stateCorrected',
};
