import { defineStrings } from '../define-strings.ts';

export const syncStrings = defineStrings(
  {
    syncing: 'Sending…',
    progress: 'Sending {sent} of {total}',
    clockAhead: 'This tablet’s clock is {minutes} minutes ahead of the server. Set the right date and time in the tablet’s settings.',
    clockBehind: 'This tablet’s clock is {minutes} minutes behind the server. Set the right date and time in the tablet’s settings.',
    upToDate: 'Everything finished has been sent.',
    offline: 'No connection. Will try again at {time}.',
    'server-error': 'Server problem. Will try again at {time}.',
    'rate-limited': 'Server busy. Will try again at {time}.',
    refused: 'The server refused the data. Will try again at {time}.',
  },
  {
    fr: {
      syncing: 'Envoi…',
      progress: 'Envoi de {sent} sur {total}',
      clockAhead: 'L’horloge de cette tablette avance de {minutes} minutes sur le serveur. Réglez la date et l’heure dans les paramètres de la tablette.',
      clockBehind: 'L’horloge de cette tablette retarde de {minutes} minutes sur le serveur. Réglez la date et l’heure dans les paramètres de la tablette.',
      upToDate: 'Tout ce qui est terminé a été envoyé.',
      offline: 'Pas de connexion. Nouvel essai à {time}.',
      'server-error': 'Problème du serveur. Nouvel essai à {time}.',
      'rate-limited': 'Serveur occupé. Nouvel essai à {time}.',
      refused: 'Le serveur a refusé les données. Nouvel essai à {time}.',
    },
    sw: {
      syncing: 'Inatuma…',
      progress: 'Inatuma {sent} kati ya {total}',
      clockAhead: 'Saa ya kompyuta kibao hii iko mbele ya seva kwa dakika {minutes}. Weka tarehe na saa sahihi kwenye mipangilio ya kompyuta kibao.',
      clockBehind: 'Saa ya kompyuta kibao hii iko nyuma ya seva kwa dakika {minutes}. Weka tarehe na saa sahihi kwenye mipangilio ya kompyuta kibao.',
      upToDate: 'Kila kilichokamilika kimetumwa.',
      offline: 'Hakuna mtandao. Itajaribu tena saa {time}.',
      'server-error': 'Tatizo la seva. Itajaribu tena saa {time}.',
      'rate-limited': 'Seva ina shughuli nyingi. Itajaribu tena saa {time}.',
      refused: 'Seva imekataa data. Itajaribu tena saa {time}.',
    },
  },
);
