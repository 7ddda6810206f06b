import { defineStrings } from '../define-strings.ts';

export const syncStrings = defineStrings(
  {
    syncing: 'Sending…',
    upToDate: 'Everything finished has been sent.',
    offline: 'No connection. Will try again at {time}.',
    'server-error': 'Server problem. Will try again at {time}.',
    'rate-limited': 'Server busy. Will try again at {time}.',
    refused: 'The server refused the data. Will try again at {time}.',
  },
  {
    fr: {
      syncing: 'Envoi…',
      upToDate: 'Tout ce qui est terminé a été envoyé.',
      offline: 'Pas de connexion. Nouvel essai à {time}.',
      'server-error': 'Problème du serveur. Nouvel essai à {time}.',
      'rate-limited': 'Serveur occupé. Nouvel essai à {time}.',
      refused: 'Le serveur a refusé les données. Nouvel essai à {time}.',
    },
    sw: {
      syncing: 'Inatuma…',
      upToDate: 'Kila kilichokamilika kimetumwa.',
      offline: 'Hakuna mtandao. Itajaribu tena saa {time}.',
      'server-error': 'Tatizo la seva. Itajaribu tena saa {time}.',
      'rate-limited': 'Seva ina shughuli nyingi. Itajaribu tena saa {time}.',
      refused: 'Seva imekataa data. Itajaribu tena saa {time}.',
    },
  },
);
