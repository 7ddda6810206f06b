import { defineStrings } from '../define-strings.ts';

export const storageStrings = defineStrings(
  {
    usage: 'Storage used: {used} of {quota}',
    notPersisted: 'Storage is not protected: the browser may delete data when space runs low. Send often.',
    nearlyFull: 'Storage nearly full. Send your records and free some space.',
  },
  {
    fr: {
      usage: 'Stockage utilisé : {used} sur {quota}',
      notPersisted:
        "Le stockage n'est pas protégé : le navigateur peut effacer des données si l'espace manque. Envoyez souvent.",
      nearlyFull: "Stockage presque plein. Envoyez vos fiches et libérez de l'espace.",
    },
    sw: {
      usage: 'Hifadhi iliyotumika: {used} kati ya {quota}',
      notPersisted: 'Hifadhi haijalindwa: kivinjari kinaweza kufuta data nafasi ikipungua. Tuma mara kwa mara.',
      nearlyFull: 'Hifadhi karibu kujaa. Tuma rekodi zako na uongeze nafasi.',
    },
  },
);
