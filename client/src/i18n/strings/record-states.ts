import type { RecordState } from '../../db/database.ts';
import { defineStrings } from '../define-strings.ts';

export const recordStateStrings = defineStrings<RecordState>(
  {
    draft: 'Draft',
    waiting: 'Waiting to send',
    sent: 'Sent',
    rejected: 'Rejected by the server',
    conflict: 'Conflict: under review',
  },
  {
    fr: {
      draft: 'Brouillon',
      waiting: "En attente d'envoi",
      sent: 'Envoyée',
      rejected: 'Refusée par le serveur',
      conflict: 'Conflit : en cours de vérification',
    },
    sw: {
      draft: 'Rasimu',
      waiting: 'Inasubiri kutumwa',
      sent: 'Imetumwa',
      rejected: 'Imekataliwa na seva',
      conflict: 'Mgongano: inakaguliwa',
    },
  },
);
