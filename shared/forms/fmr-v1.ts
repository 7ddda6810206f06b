import {
  CHILD_FIELDS,
  CHILDBEARING_FIELDS,
  FMR_FORM_ID,
  GRID_FIELDS,
  MAX_COUNT_PER_FIELD,
  MAX_GROUP_SIZE,
} from '../fmr.ts';
import { COUNTRY_PLACEHOLDER } from '../deployment.ts';
import type { Text } from '../i18n.ts';
import { DIRECTION_CHOICES, DURATION_CHOICES, REASON_CHOICES, TRANSPORT_CHOICES } from './choices.ts';
import { choice, t } from './define.ts';
import type { FieldDefinition, FormDefinition } from './types.ts';

const count = (name: string, label: Text): FieldDefinition => ({
  name,
  type: 'integer',
  min: 0,
  max: MAX_COUNT_PER_FIELD,
  label,
});
const TALLY = { field: 'source', equals: 'tally' } as const;
const GROUP = { field: 'source', equals: 'group' } as const;
const ADMIN_HINT = t(
  'Pick from the list; Unknown if the traveller does not know.',
  'Choisissez dans la liste ; Inconnu si le voyageur ne sait pas.',
  'Chagua kutoka kwenye orodha; Haijulikani kama msafiri hajui.',
);

export const FMR_V1: FormDefinition = {
  id: FMR_FORM_ID,
  version: 1,
  timeField: 'observed_at',
  title: t(
    'Flow Monitoring Registry (group crossing)',
    'Registre de suivi des flux (groupe)',
    'Rejista ya ufuatiliaji wa mtiririko (kikundi)',
  ),
  fields: [
    {
      name: 'fmp',
      type: 'fmp',
      label: t('Flow monitoring point', 'Point de suivi des flux', 'Kituo cha ufuatiliaji wa mtiririko'),
    },
    {
      name: 'observed_at',
      type: 'datetime',
      label: t('Date and time observed', 'Date et heure d’observation', 'Tarehe na saa ya kuonekana'),
    },
    { name: 'direction', type: 'select_one', choices: DIRECTION_CHOICES, label: t('Direction', 'Sens', 'Mwelekeo') },
    {
      name: 'origin_country',
      type: 'country',
      required: GROUP,
      label: t('Country of origin', 'Pays d’origine', 'Nchi wanakotoka'),
    },
    {
      name: 'origin_admin1',
      type: 'admin1',
      countryField: 'origin_country',
      required: false,
      hint: ADMIN_HINT,
      label: t('Province or region of origin', 'Province ou région d’origine', 'Mkoa wanakotoka'),
    },
    {
      name: 'origin_admin2',
      type: 'admin2',
      admin1Field: 'origin_admin1',
      required: false,
      hint: ADMIN_HINT,
      label: t('District or territory of origin', 'District ou territoire d’origine', 'Wilaya wanakotoka'),
    },
    {
      name: 'destination_country',
      type: 'country',
      required: GROUP,
      label: t('Country of destination', 'Pays de destination', 'Nchi wanakoenda'),
    },
    {
      name: 'destination_admin1',
      type: 'admin1',
      countryField: 'destination_country',
      required: false,
      hint: ADMIN_HINT,
      label: t('Province or region of destination', 'Province ou région de destination', 'Mkoa wanakoenda'),
    },
    {
      name: 'destination_admin2',
      type: 'admin2',
      admin1Field: 'destination_admin1',
      required: false,
      hint: ADMIN_HINT,
      label: t('District or territory of destination', 'District ou territoire de destination', 'Wilaya wanakoenda'),
    },
    {
      name: 'nationality',
      type: 'country',
      required: GROUP,
      label: t('Nationality', 'Nationalité', 'Uraia'),
      hint: t('Of most of the group.', 'De la majorité du groupe.', 'Ya wengi katika kikundi.'),
    },
    {
      name: 'transport',
      type: 'select_one',
      relevant: GROUP,
      choices: TRANSPORT_CHOICES,
      label: t('Means of transport', 'Moyen de transport', 'Njia ya usafiri'),
    },
    {
      name: 'reason',
      type: 'select_one',
      relevant: GROUP,
      choices: REASON_CHOICES,
      label: t('Reason for travel', 'Motif du voyage', 'Sababu ya safari'),
    },
    {
      name: 'duration',
      type: 'select_one',
      relevant: GROUP,
      choices: DURATION_CHOICES,
      label: t('Intended length of stay', 'Durée de séjour prévue', 'Muda wa kukaa unaokusudiwa'),
    },
    count('males_0_4', t('Males 0–4 years', 'Hommes 0–4 ans', 'Wanaume miaka 0–4')),
    count('males_5_17', t('Males 5–17 years', 'Hommes 5–17 ans', 'Wanaume miaka 5–17')),
    count('males_18_59', t('Males 18–59 years', 'Hommes 18–59 ans', 'Wanaume miaka 18–59')),
    count('males_60_plus', t('Males 60 years and over', 'Hommes 60 ans et plus', 'Wanaume miaka 60 na zaidi')),
    count('females_0_4', t('Females 0–4 years', 'Femmes 0–4 ans', 'Wanawake miaka 0–4')),
    count('females_5_17', t('Females 5–17 years', 'Femmes 5–17 ans', 'Wanawake miaka 5–17')),
    count('females_18_59', t('Females 18–59 years', 'Femmes 18–59 ans', 'Wanawake miaka 18–59')),
    count('females_60_plus', t('Females 60 years and over', 'Femmes 60 ans et plus', 'Wanawake miaka 60 na zaidi')),
    count(
      'pregnant_lactating',
      t('Pregnant or breastfeeding women', 'Femmes enceintes ou allaitantes', 'Wanawake wajawazito au wanaonyonyesha'),
    ),
    count(
      'unaccompanied_children',
      t('Unaccompanied children', 'Enfants non accompagnés', 'Watoto wasioandamana na mtu mzima'),
    ),
    count('separated_children', t('Separated children', 'Enfants séparés', 'Watoto waliotenganishwa na wazazi')),
    count('disability', t('Persons with disability', 'Personnes handicapées', 'Watu wenye ulemavu')),
    {
      name: 'estimated',
      type: 'boolean',
      label: t(
        'Numbers are estimated (too many to count exactly)',
        'Chiffres estimés (trop nombreux pour compter exactement)',
        'Idadi ni makadirio (wengi mno kuhesabu kwa usahihi)',
      ),
    },
    {
      name: 'notes',
      type: 'text',
      maxLength: 2000,
      required: false,
      label: t('Notes', 'Remarques', 'Maelezo'),
      hint: t(
        'No names, phone numbers or ID numbers.',
        'Ni noms, ni numéros de téléphone, ni numéros d’identité.',
        'Usiandike majina, namba za simu wala namba za vitambulisho.',
      ),
    },
    {
      name: 'source',
      type: 'select_one',
      label: t('Recorded as', 'Enregistré comme', 'Imerekodiwa kama'),
      choices: [
        choice('group', 'One group observed', 'Un groupe observé', 'Kikundi kimoja kilichoonekana'),
        choice('tally', 'A tally session interval', 'Un intervalle de comptage', 'Kipindi cha kuhesabu'),
      ],
    },
    {
      name: 'interval_start',
      type: 'datetime',
      relevant: TALLY,
      label: t('Interval start', 'Début de l’intervalle', 'Mwanzo wa kipindi'),
    },
    {
      name: 'interval_end',
      type: 'datetime',
      relevant: TALLY,
      label: t('Interval end', 'Fin de l’intervalle', 'Mwisho wa kipindi'),
    },
  ],
  rules: [
    {
      code: 'grid-empty',
      severity: 'error',
      when: GROUP,
      check: { kind: 'sum-at-least', fields: GRID_FIELDS, min: 1 },
      message: t(
        'A group has at least one person: count them by sex and age.',
        'Un groupe compte au moins une personne : comptez-les par sexe et âge.',
        'Kikundi kina angalau mtu mmoja: wahesabu kwa jinsia na umri.',
      ),
    },
    {
      code: 'group-too-large',
      severity: 'error',
      when: GROUP,
      check: { kind: 'sum-at-most', fields: GRID_FIELDS, max: MAX_GROUP_SIZE },
      message: t(
        'More than {max} people is not one group: use a tally session.',
        'Plus de {max} personnes ne font pas un groupe : utilisez une session de comptage.',
        'Zaidi ya watu {max} si kikundi kimoja: tumia kipindi cha kuhesabu.',
      ),
    },
    {
      code: 'pregnant-exceeds-females',
      severity: 'error',
      check: { kind: 'sum-not-above', fields: ['pregnant_lactating'], limitFields: CHILDBEARING_FIELDS },
      message: t(
        'More pregnant or breastfeeding women than females aged 5–59.',
        'Plus de femmes enceintes ou allaitantes que de femmes de 5 à 59 ans.',
        'Wanawake wajawazito au wanaonyonyesha ni wengi kuliko wanawake wa miaka 5–59.',
      ),
    },
    {
      code: 'children-vulnerability-exceeds-children',
      severity: 'error',
      check: {
        kind: 'sum-not-above',
        fields: ['unaccompanied_children', 'separated_children'],
        limitFields: CHILD_FIELDS,
      },
      message: t(
        'Unaccompanied and separated children together are more than the children (0–17) in the group.',
        'Les enfants non accompagnés et séparés sont plus nombreux que les enfants (0–17 ans) du groupe.',
        'Watoto wasioandamana na waliotenganishwa ni wengi kuliko watoto (miaka 0–17) katika kikundi.',
      ),
    },
    {
      code: 'disability-exceeds-group',
      severity: 'error',
      check: { kind: 'sum-not-above', fields: ['disability'], limitFields: GRID_FIELDS },
      message: t(
        'More persons with disability than people in the group.',
        'Plus de personnes handicapées que de personnes dans le groupe.',
        'Watu wenye ulemavu ni wengi kuliko watu katika kikundi.',
      ),
    },
    {
      code: 'observed-in-future',
      severity: 'error',
      check: { kind: 'not-in-future', field: 'observed_at', toleranceMinutes: 10 },
      message: t(
        'The time observed is more than {minutes} minutes in the future: check the tablet’s clock.',
        'L’heure d’observation est plus de {minutes} minutes dans le futur : vérifiez l’horloge de la tablette.',
        'Muda wa kuonekana ni zaidi ya dakika {minutes} mbele: angalia saa ya kompyuta kibao.',
      ),
    },
    {
      code: 'observed-long-ago',
      severity: 'warning',
      check: { kind: 'not-older-than', field: 'observed_at', days: 7 },
      message: t(
        'Observed more than {days} days ago.',
        'Observé il y a plus de {days} jours.',
        'Imeonekana zaidi ya siku {days} zilizopita.',
      ),
    },
    {
      code: 'interval-end-before-start',
      severity: 'error',
      when: TALLY,
      check: { kind: 'after', field: 'interval_end', otherField: 'interval_start' },
      message: t(
        'The interval ends before it starts.',
        'L’intervalle finit avant de commencer.',
        'Kipindi kinaisha kabla ya kuanza.',
      ),
    },
    {
      code: 'incoming-destination-elsewhere',
      severity: 'warning',
      when: { field: 'direction', equals: 'incoming' },
      check: { kind: 'equals', field: 'destination_country', value: COUNTRY_PLACEHOLDER },
      message: t(
        'Incoming, but the destination is not {country}.',
        'Entrant, mais la destination n’est pas ce pays : {country}.',
        'Wanaoingia, lakini hawaendi {country}.',
      ),
    },
    {
      code: 'outgoing-origin-elsewhere',
      severity: 'warning',
      when: { field: 'direction', equals: 'outgoing' },
      check: { kind: 'equals', field: 'origin_country', value: COUNTRY_PLACEHOLDER },
      message: t(
        'Outgoing, but the origin is not {country}.',
        'Sortant, mais l’origine n’est pas ce pays : {country}.',
        'Wanaotoka, lakini hawatoki {country}.',
      ),
    },
  ],
};
