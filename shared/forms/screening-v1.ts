import { MAX_COUNT_PER_FIELD } from '../fmr.ts';
import type { Text } from '../i18n.ts';
import { choice, t } from './define.ts';
import type { FieldDefinition, FormDefinition, Rule } from './types.ts';

const count = (name: string, label: Text): FieldDefinition => ({
  name,
  type: 'integer',
  min: 0,
  max: MAX_COUNT_PER_FIELD,
  label,
});

const notAboveScreened = (code: string, fields: string[], message: Text): Rule => ({
  code,
  severity: 'error',
  check: { kind: 'sum-not-above', fields, limitFields: ['screened'] },
  message,
});

/** Health screening at Ebola-preparedness points of entry: one record per point and shift. */
export const SCREENING_V1: FormDefinition = {
  id: 'screening',
  version: 1,
  timeField: 'shift_start',
  title: t('Health screening tally', 'Pointage du dépistage sanitaire', 'Hesabu ya uchunguzi wa afya'),
  fields: [
    { name: 'fmp', type: 'fmp', label: t('Point of entry', 'Point d’entrée', 'Kituo cha kuingilia') },
    { name: 'shift_start', type: 'datetime', label: t('Shift start', 'Début du service', 'Mwanzo wa zamu') },
    {
      name: 'shift',
      type: 'select_one',
      label: t('Shift', 'Service', 'Zamu'),
      choices: [
        choice('morning', 'Morning', 'Matin', 'Asubuhi'),
        choice('afternoon', 'Afternoon', 'Après-midi', 'Mchana'),
        choice('night', 'Night', 'Nuit', 'Usiku'),
      ],
    },
    count('screened', t('People screened', 'Personnes dépistées', 'Watu waliochunguzwa')),
    count('adult_males', t('Adult males screened', 'Hommes adultes dépistés', 'Wanaume wazima waliochunguzwa')),
    count('adult_females', t('Adult females screened', 'Femmes adultes dépistées', 'Wanawake wazima waliochunguzwa')),
    count(
      'children_under_5',
      t('Children under 5 screened', 'Enfants de moins de 5 ans dépistés', 'Watoto chini ya miaka 5 waliochunguzwa'),
    ),
    count(
      'temperature_above_38',
      t('Temperature above 38 °C', 'Température au-dessus de 38 °C', 'Joto zaidi ya 38 °C'),
    ),
    count('isolated', t('Isolated', 'Isolés', 'Waliotengwa')),
    count('referred', t('Referred', 'Orientés', 'Waliopewa rufaa')),
    count(
      'handed_over',
      t('Handed over to health authorities', 'Remis aux autorités sanitaires', 'Waliokabidhiwa kwa mamlaka ya afya'),
    ),
  ],
  rules: [
    notAboveScreened(
      'screened-breakdown-exceeds-screened',
      ['adult_males', 'adult_females', 'children_under_5'],
      t(
        'Adult males, adult females and children under 5 add up to more than the people screened.',
        'Hommes adultes, femmes adultes et enfants de moins de 5 ans dépassent le nombre de personnes dépistées.',
        'Wanaume wazima, wanawake wazima na watoto chini ya miaka 5 ni wengi kuliko waliochunguzwa.',
      ),
    ),
    notAboveScreened(
      'fever-exceeds-screened',
      ['temperature_above_38'],
      t(
        'More people with fever than people screened.',
        'Plus de personnes fiévreuses que de personnes dépistées.',
        'Wenye homa ni wengi kuliko waliochunguzwa.',
      ),
    ),
    notAboveScreened(
      'isolated-exceeds-screened',
      ['isolated'],
      t(
        'More people isolated than screened.',
        'Plus de personnes isolées que dépistées.',
        'Waliotengwa ni wengi kuliko waliochunguzwa.',
      ),
    ),
    notAboveScreened(
      'referred-exceeds-screened',
      ['referred'],
      t(
        'More people referred than screened.',
        'Plus de personnes orientées que dépistées.',
        'Waliopewa rufaa ni wengi kuliko waliochunguzwa.',
      ),
    ),
    notAboveScreened(
      'handed-over-exceeds-screened',
      ['handed_over'],
      t(
        'More people handed over than screened.',
        'Plus de personnes remises que dépistées.',
        'Waliokabidhiwa ni wengi kuliko waliochunguzwa.',
      ),
    ),
    {
      code: 'shift-in-future',
      severity: 'error',
      check: { kind: 'not-in-future', field: 'shift_start', toleranceMinutes: 10 },
      message: t(
        'The shift starts more than {minutes} minutes in the future: check the tablet’s clock.',
        'Le service commence plus de {minutes} minutes dans le futur : vérifiez l’horloge de la tablette.',
        'Zamu inaanza zaidi ya dakika {minutes} mbele: angalia saa ya kompyuta kibao.',
      ),
    },
  ],
};
