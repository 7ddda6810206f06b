import { defineStrings } from '../define-strings.ts';

export const updateStrings = defineStrings(
  {
    ready: 'Update ready',
    install: 'Update now',
    finishForm: 'Finish or leave the form to update.',
    offlineReady: 'The app now works without a connection.',
    ok: 'OK',
  },
  {
    fr: {
      ready: 'Mise à jour prête',
      install: 'Mettre à jour',
      finishForm: 'Terminez ou quittez le formulaire pour mettre à jour.',
      offlineReady: "L'application fonctionne maintenant sans connexion.",
      ok: 'OK',
    },
    sw: {
      ready: 'Sasisho liko tayari',
      install: 'Sasisha sasa',
      finishForm: 'Maliza au toka kwenye fomu ili kusasisha.',
      offlineReady: 'Programu sasa inafanya kazi bila mtandao.',
      ok: 'Sawa',
    },
  },
);
