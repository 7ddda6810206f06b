import { YES_NO } from '../../../shared/forms/choices.ts';
import { FMS_V1 } from '../../../shared/forms/fms-v1.ts';
import type { FieldDefinition, FormDefinition } from '../../../shared/forms/types.ts';

const CONSENTED = { field: 'consent', equals: 'yes' } as const;

/** Read after consent, never answered. */
const NOTE: FieldDefinition = {
  name: 'privacy_note',
  type: 'note',
  label: {
    en: 'Nothing the person says is written down with their name.',
    fr: 'Rien de ce que dit la personne n’est noté avec son nom.',
    sw: 'Hakuna anachosema mtu kinachoandikwa pamoja na jina lake.',
  },
};

const ADDED: readonly FieldDefinition[] = [
  {
    name: 'needs_first',
    type: 'text',
    maxLength: 200,
    relevant: { expression: 'count-selected(${needs}) > 1' },
    label: { en: 'Which need comes first?', fr: 'Quel besoin passe en premier ?', sw: 'Hitaji lipi ni la kwanza?' },
  },
  {
    name: 'walked_km',
    type: 'decimal',
    min: 0,
    max: 1000,
    relevant: CONSENTED,
    constraint: '. <= 200',
    constraintMessage: {
      en: 'Nobody walks more than 200 km in a day: check the distance.',
      fr: 'Personne ne marche plus de 200 km par jour : vérifiez la distance.',
      sw: 'Hakuna anayetembea zaidi ya km 200 kwa siku: hakiki umbali.',
    },
    label: {
      en: 'Distance walked today (km)',
      fr: 'Distance parcourue à pied aujourd’hui (km)',
      sw: 'Umbali uliotembea leo (km)',
    },
  },
  {
    name: 'with_family',
    type: 'select_one',
    choices: YES_NO,
    relevant: CONSENTED,
    label: {
      en: 'Is family travelling along?',
      fr: 'De la famille voyage-t-elle avec la personne ?',
      sw: 'Je, familia inasafiri pamoja naye?',
    },
  },
  {
    name: 'family_size',
    type: 'integer',
    min: 1,
    max: 30,
    default: 2,
    group: 'family',
    label: { en: 'People in the family', fr: 'Personnes dans la famille', sw: 'Watu katika familia' },
  },
  {
    name: 'family_left_on',
    type: 'date',
    group: 'family_journey',
    label: {
      en: 'Day the family left home',
      fr: 'Jour où la famille a quitté la maison',
      sw: 'Siku familia ilipoondoka nyumbani',
    },
  },
];

/**
 * FMS version 2 as a deployment might publish it: a note, a question asked when more than one need is
 * chosen, a decimal with its own constraint, and a group (with one inside it) asked only of a family.
 */
export const FMS_V2: FormDefinition = {
  ...FMS_V1,
  version: 2,
  fields: FMS_V1.fields
    .flatMap((field) => {
      if (field.name === 'consent') return [field, { ...NOTE, relevant: CONSENTED }];
      if (field.name === 'needs') return [field, ADDED[0] as FieldDefinition];
      return [field];
    })
    .concat(ADDED.slice(1)),
  groups: [
    {
      name: 'family',
      label: { en: 'Family travelling along', fr: 'Famille en voyage', sw: 'Familia inayosafiri' },
      relevant: { field: 'with_family', equals: 'yes' },
    },
    {
      name: 'family_journey',
      group: 'family',
      label: { en: 'Their journey', fr: 'Leur voyage', sw: 'Safari yao' },
    },
  ],
};
