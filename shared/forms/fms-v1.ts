import { COUNTRY_PLACEHOLDER } from '../deployment.ts';
import type { Text } from '../i18n.ts';
import { DIRECTION_CHOICES, DURATION_CHOICES, REASON_CHOICES, SEXES, TRANSPORT_CHOICES, YES_NO } from './choices.ts';
import { choice, t } from './define.ts';
import type { Condition, FieldDefinition, FormDefinition } from './types.ts';

const CONSENTED = { field: 'consent', equals: 'yes' } as const;
const alsoWhen = (condition: Condition): Condition => ({ all: [CONSENTED, condition] });

/** After consent, every question is asked only of a person who agreed. */
const asked = (field: FieldDefinition): FieldDefinition => ({ ...field, relevant: field.relevant ?? CONSENTED });
const country = (name: string, label: Text): FieldDefinition => asked({ name, type: 'country', label });

export const FMS_V1: FormDefinition = {
  id: 'fms',
  version: 1,
  timeField: 'interviewed_at',
  title: t(
    'Flow Monitoring Survey (interview)',
    'Enquête de suivi des flux (entretien)',
    'Utafiti wa ufuatiliaji wa mtiririko (mahojiano)',
  ),
  fields: [
    {
      name: 'fmp',
      type: 'fmp',
      label: t('Flow monitoring point', 'Point de suivi des flux', 'Kituo cha ufuatiliaji wa mtiririko'),
    },
    {
      name: 'interviewed_at',
      type: 'datetime',
      label: t('Date and time of the interview', 'Date et heure de l’entretien', 'Tarehe na saa ya mahojiano'),
    },
    {
      name: 'consent',
      type: 'select_one',
      choices: YES_NO,
      label: t(
        'Does the person agree to answer a few anonymous questions?',
        'La personne accepte-t-elle de répondre à quelques questions anonymes ?',
        'Je, mtu huyu anakubali kujibu maswali machache bila kutaja jina?',
      ),
      hint: t(
        'Read the consent statement first. If the answer is No, thank the person and finish.',
        'Lisez d’abord la déclaration de consentement. Si la réponse est Non, remerciez la personne et terminez.',
        'Soma kwanza maelezo ya ridhaa. Jibu likiwa Hapana, mshukuru mtu huyo na umalize.',
      ),
    },
    asked({ name: 'sex', type: 'select_one', choices: SEXES, label: t('Sex', 'Sexe', 'Jinsia') }),
    asked({ name: 'age', type: 'integer', min: 0, max: 120, label: t('Age (years)', 'Âge (ans)', 'Umri (miaka)') }),
    country('nationality', t('Nationality', 'Nationalité', 'Uraia')),
    country('country_of_birth', t('Country of birth', 'Pays de naissance', 'Nchi ya kuzaliwa')),
    asked({
      name: 'education',
      type: 'select_one',
      relevant: alsoWhen({ field: 'age', atLeast: 5 }),
      label: t('Highest level of education', 'Plus haut niveau d’études', 'Kiwango cha juu cha elimu'),
      choices: [
        choice('none', 'None', 'Aucun', 'Hakuna'),
        choice('primary', 'Primary', 'Primaire', 'Msingi'),
        choice('secondary', 'Secondary', 'Secondaire', 'Sekondari'),
        choice('vocational', 'Vocational', 'Professionnel', 'Ufundi'),
        choice('university', 'University', 'Université', 'Chuo kikuu'),
        choice('unknown', 'Does not say', 'Ne dit pas', 'Hasemi'),
      ],
    }),
    asked({
      name: 'occupation',
      type: 'select_one',
      relevant: alsoWhen({ field: 'age', atLeast: 15 }),
      label: t('Main occupation', 'Occupation principale', 'Kazi kuu'),
      choices: [
        choice('unemployed', 'No work', 'Sans emploi', 'Hana kazi'),
        choice('farmer', 'Farmer or herder', 'Agriculteur ou éleveur', 'Mkulima au mfugaji'),
        choice('trader', 'Trader', 'Commerçant', 'Mfanyabiashara'),
        choice('casual_labour', 'Casual labourer', 'Journalier', 'Kibarua'),
        choice('salaried', 'Salaried employee', 'Salarié', 'Mwajiriwa'),
        choice('self_employed', 'Self-employed', 'Indépendant', 'Amejiajiri'),
        choice('student', 'Student', 'Élève ou étudiant', 'Mwanafunzi'),
        choice('homemaker', 'Homemaker', 'Au foyer', 'Mlezi wa nyumbani'),
        choice('other', 'Other', 'Autre', 'Nyingine'),
      ],
    }),
    asked({
      name: 'direction',
      type: 'select_one',
      choices: DIRECTION_CHOICES,
      label: t('Direction', 'Sens', 'Mwelekeo'),
    }),
    country('origin_country', t('Country of origin', 'Pays d’origine', 'Nchi anakotoka')),
    asked({
      name: 'origin_admin1',
      type: 'admin1',
      countryField: 'origin_country',
      required: false,
      label: t('Province or region of origin', 'Province ou région d’origine', 'Mkoa anakotoka'),
    }),
    asked({
      name: 'origin_admin2',
      type: 'admin2',
      admin1Field: 'origin_admin1',
      required: false,
      label: t('District or territory of origin', 'District ou territoire d’origine', 'Wilaya anakotoka'),
    }),
    country('destination_country', t('Country of destination', 'Pays de destination', 'Nchi anakoenda')),
    asked({
      name: 'destination_admin1',
      type: 'admin1',
      countryField: 'destination_country',
      required: false,
      label: t('Province or region of destination', 'Province ou région de destination', 'Mkoa anakoenda'),
    }),
    asked({
      name: 'destination_admin2',
      type: 'admin2',
      admin1Field: 'destination_admin1',
      required: false,
      label: t('District or territory of destination', 'District ou territoire de destination', 'Wilaya anakoenda'),
    }),
    country('previous_country', t('Country before this journey', 'Pays avant ce voyage', 'Nchi kabla ya safari hii')),
    country(
      'next_country',
      t('Next country after this one', 'Prochain pays après celui-ci', 'Nchi inayofuata baada ya hii'),
    ),
    asked({
      name: 'reason',
      type: 'select_one',
      choices: REASON_CHOICES,
      label: t('Reason for travel', 'Motif du voyage', 'Sababu ya safari'),
    }),
    asked({
      name: 'intended_stay',
      type: 'select_one',
      choices: DURATION_CHOICES,
      label: t('Intended length of stay', 'Durée de séjour prévue', 'Muda wa kukaa unaokusudiwa'),
    }),
    asked({
      name: 'transport',
      type: 'select_one',
      choices: TRANSPORT_CHOICES,
      label: t('Means of transport', 'Moyen de transport', 'Njia ya usafiri'),
    }),
    asked({
      name: 'crossing_frequency',
      type: 'select_one',
      label: t(
        'How often does the person cross this border?',
        'À quelle fréquence la personne traverse-t-elle cette frontière ?',
        'Mtu huyu huvuka mpaka huu mara ngapi?',
      ),
      choices: [
        choice('first_time', 'First time', 'Première fois', 'Mara ya kwanza'),
        choice('daily', 'Every day', 'Chaque jour', 'Kila siku'),
        choice('weekly', 'Every week', 'Chaque semaine', 'Kila wiki'),
        choice('monthly', 'Every month', 'Chaque mois', 'Kila mwezi'),
        choice('few_times_year', 'A few times a year', 'Quelques fois par an', 'Mara chache kwa mwaka'),
        choice('rarely', 'Rarely', 'Rarement', 'Mara chache sana'),
      ],
    }),
    asked({
      name: 'needs',
      type: 'select_multiple',
      label: t('Most urgent needs', 'Besoins les plus urgents', 'Mahitaji ya haraka zaidi'),
      choices: [
        choice('food', 'Food', 'Nourriture', 'Chakula'),
        choice('water', 'Water', 'Eau', 'Maji'),
        choice('shelter', 'Shelter', 'Abri', 'Makazi'),
        choice('health', 'Health care', 'Soins de santé', 'Huduma za afya'),
        choice('cash', 'Money', 'Argent', 'Pesa'),
        choice('documentation', 'Documents', 'Documents', 'Nyaraka'),
        choice('protection', 'Protection', 'Protection', 'Ulinzi'),
        choice('transport', 'Transport', 'Transport', 'Usafiri'),
        choice('information', 'Information', 'Information', 'Taarifa'),
        choice('none', 'None', 'Aucun', 'Hakuna'),
      ],
    }),
    asked({
      name: 'vulnerabilities',
      type: 'select_multiple',
      label: t('Vulnerabilities', 'Vulnérabilités', 'Mazingira hatarishi'),
      choices: [
        choice(
          'pregnant_lactating',
          'Pregnant or breastfeeding',
          'Enceinte ou allaitante',
          'Mjamzito au anayenyonyesha',
        ),
        choice('disability', 'Disability', 'Handicap', 'Ulemavu'),
        choice('chronic_illness', 'Chronic illness', 'Maladie chronique', 'Ugonjwa sugu'),
        choice(
          'elderly_alone',
          'Older person travelling alone',
          'Personne âgée voyageant seule',
          'Mzee anayesafiri peke yake',
        ),
        choice(
          'unaccompanied_child',
          'Unaccompanied child',
          'Enfant non accompagné',
          'Mtoto asiyeandamana na mtu mzima',
        ),
        choice('separated_child', 'Separated child', 'Enfant séparé', 'Mtoto aliyetenganishwa na wazazi'),
        choice('none', 'None', 'Aucune', 'Hakuna'),
      ],
    }),
  ],
  rules: [
    {
      code: 'interviewed-in-future',
      severity: 'error',
      check: { kind: 'not-in-future', field: 'interviewed_at', toleranceMinutes: 10 },
      message: t(
        'The interview time is more than {minutes} minutes in the future: check the tablet’s clock.',
        'L’heure de l’entretien est plus de {minutes} minutes dans le futur : vérifiez l’horloge de la tablette.',
        'Muda wa mahojiano ni zaidi ya dakika {minutes} mbele: angalia saa ya kompyuta kibao.',
      ),
    },
    {
      code: 'respondent-minor',
      severity: 'warning',
      when: CONSENTED,
      check: { kind: 'at-least', field: 'age', min: 18 },
      message: t(
        'The respondent is under {min}: check that an adult agreed too.',
        'La personne interrogée a moins de {min} ans : vérifiez qu’un adulte a aussi donné son accord.',
        'Mhojiwa ana umri chini ya miaka {min}: hakikisha mtu mzima pia amekubali.',
      ),
    },
    {
      code: 'incoming-destination-elsewhere',
      severity: 'warning',
      when: alsoWhen({ field: 'direction', equals: 'incoming' }),
      check: { kind: 'equals', field: 'destination_country', value: COUNTRY_PLACEHOLDER },
      message: t(
        'Incoming, but the destination is not {country}.',
        'Entrant, mais la destination n’est pas ce pays : {country}.',
        'Anaingia, lakini haendi {country}.',
      ),
    },
    {
      code: 'outgoing-origin-elsewhere',
      severity: 'warning',
      when: alsoWhen({ field: 'direction', equals: 'outgoing' }),
      check: { kind: 'equals', field: 'origin_country', value: COUNTRY_PLACEHOLDER },
      message: t(
        'Outgoing, but the origin is not {country}.',
        'Sortant, mais l’origine n’est pas ce pays : {country}.',
        'Anatoka, lakini hatoki {country}.',
      ),
    },
  ],
};
