import { defineStrings } from '../define-strings.ts';

export const dataFileStrings = defineStrings(
  {
    title: 'Unsent data in a file',
    explain: 'Keep a copy of everything not yet sent, for example before clearing the browser, and load it back later.',
    save: 'Save unsent data to a file',
    load: 'Load from a file',
    loaded: 'Loaded {added} records; {skipped} were already on this tablet.',
    'not-json': 'This file is not a saved data file (it cannot be read).',
    'wrong-format': 'This file was not saved by FMP Collect, or by a version this app cannot read.',
    'checksum-mismatch': 'This file was changed or damaged after it was saved (its checksum does not match). Nothing was loaded.',
    failed: 'The file could not be saved or loaded on this tablet.',
  },
  {
    fr: {
      title: 'Données non envoyées dans un fichier',
      explain: 'Gardez une copie de tout ce qui n’est pas encore envoyé, par exemple avant de vider le navigateur, et rechargez-la plus tard.',
      save: 'Enregistrer les données non envoyées dans un fichier',
      load: 'Charger depuis un fichier',
      loaded: '{added} fiches chargées ; {skipped} étaient déjà sur cette tablette.',
      'not-json': 'Ce fichier n’est pas un fichier de données enregistré (il ne peut pas être lu).',
      'wrong-format': 'Ce fichier n’a pas été enregistré par FMP Collect, ou par une version que cette application ne sait pas lire.',
      'checksum-mismatch':
        'Ce fichier a été modifié ou abîmé après son enregistrement (sa somme de contrôle ne correspond pas). Rien n’a été chargé.',
      failed: 'Le fichier n’a pas pu être enregistré ou chargé sur cette tablette.',
    },
    sw: {
      title: 'Data ambazo hazijatumwa kwenye faili',
      explain: 'Weka nakala ya kila kitu ambacho hakijatumwa, kwa mfano kabla ya kufuta kivinjari, na uipakie tena baadaye.',
      save: 'Hifadhi data ambazo hazijatumwa kwenye faili',
      load: 'Pakia kutoka kwenye faili',
      loaded: 'Rekodi {added} zimepakiwa; {skipped} zilikuwa tayari kwenye kompyuta kibao hii.',
      'not-json': 'Faili hii si faili ya data iliyohifadhiwa (haisomeki).',
      'wrong-format': 'Faili hii haikuhifadhiwa na FMP Collect, au na toleo ambalo programu hii haiwezi kusoma.',
      'checksum-mismatch': 'Faili hii ilibadilishwa au kuharibika baada ya kuhifadhiwa (checksum hailingani). Hakuna kilichopakiwa.',
      failed: 'Faili haikuweza kuhifadhiwa au kupakiwa kwenye kompyuta kibao hii.',
    },
  },
);
