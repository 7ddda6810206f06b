import type { FieldErrorCode } from '../../fmr/field-errors.ts';
import { defineStrings } from '../define-strings.ts';

export const validationStrings = defineStrings<FieldErrorCode>(
  {
    choose: 'Choose one option.',
    'country-code': 'Enter a 3-letter country code, or UNK.',
    'admin-code': 'Enter a code such as UG-406, or UNK, or leave it empty.',
    count: 'Enter a whole number from 0 to 1000.',
    'grid-empty': 'The group must have at least one person.',
    date: 'Enter the date and time.',
    'too-long': 'This text is too long.',
    invalid: 'Check this value.',
  },
  {
    fr: {
      choose: 'Choisissez une option.',
      'country-code': 'Saisissez un code pays de 3 lettres, ou UNK.',
      'admin-code': 'Saisissez un code comme UG-406, ou UNK, ou laissez vide.',
      count: 'Saisissez un nombre entier de 0 à 1000.',
      'grid-empty': 'Le groupe doit compter au moins une personne.',
      date: "Saisissez la date et l'heure.",
      'too-long': 'Ce texte est trop long.',
      invalid: 'Vérifiez cette valeur.',
    },
    sw: {
      choose: 'Chagua chaguo moja.',
      'country-code': 'Andika msimbo wa nchi wa herufi 3, au UNK.',
      'admin-code': 'Andika msimbo kama UG-406, au UNK, au acha wazi.',
      count: 'Andika namba kamili kuanzia 0 hadi 1000.',
      'grid-empty': 'Kikundi lazima kiwe na angalau mtu mmoja.',
      date: 'Andika tarehe na saa.',
      'too-long': 'Maandishi haya ni marefu mno.',
      invalid: 'Hakiki thamani hii.',
    },
  },
);
