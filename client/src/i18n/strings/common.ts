import { defineStrings } from '../define-strings.ts';

export const commonStrings = defineStrings(
  {
    appName: 'FMP Collect',
    language: 'Language',
    loading: 'Loading…',
    online: 'Online',
    offline: 'Offline',
  },
  {
    fr: {
      appName: 'FMP Collect',
      language: 'Langue',
      loading: 'Chargement…',
      online: 'En ligne',
      offline: 'Hors ligne',
    },
    sw: {
      appName: 'FMP Collect',
      language: 'Lugha',
      loading: 'Inapakia…',
      online: 'Mtandaoni',
      offline: 'Nje ya mtandao',
    },
  },
);
