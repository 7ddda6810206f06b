import { defineStrings } from '../define-strings.ts';

export const commonStrings = defineStrings(
  {
    appName: 'FMP Collect',
    language: 'Language',
    loading: 'Loading…',
    loadFailed: 'This page could not be loaded: connect once so that the app is fully installed.',
    retry: 'Try again',
    online: 'Online',
    offline: 'Offline',
  },
  {
    fr: {
      appName: 'FMP Collect',
      language: 'Langue',
      loading: 'Chargement…',
      loadFailed: 'Cette page n’a pas pu être chargée : connectez-vous une fois pour que l’application soit entièrement installée.',
      retry: 'Réessayer',
      online: 'En ligne',
      offline: 'Hors ligne',
    },
    sw: {
      appName: 'FMP Collect',
      language: 'Lugha',
      loading: 'Inapakia…',
      loadFailed: 'Ukurasa huu haukuweza kupakiwa: unganisha mtandao mara moja ili programu isakinishwe kikamilifu.',
      retry: 'Jaribu tena',
      online: 'Mtandaoni',
      offline: 'Nje ya mtandao',
    },
  },
);
