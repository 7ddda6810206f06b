import type { DIRECTIONS, DURATIONS, REASONS, TRANSPORTS } from '../../../../shared/fmr.ts';
import { defineStrings } from '../define-strings.ts';

export const directionLabels = defineStrings<(typeof DIRECTIONS)[number]>(
  { incoming: 'Incoming', outgoing: 'Outgoing' },
  {
    fr: { incoming: 'Entrant', outgoing: 'Sortant' },
    sw: { incoming: 'Wanaoingia', outgoing: 'Wanaotoka' },
  },
);

export const transportLabels = defineStrings<(typeof TRANSPORTS)[number]>(
  {
    foot: 'On foot', bicycle: 'Bicycle', motorbike: 'Motorbike', car: 'Car',
    bus: 'Bus or minibus', truck: 'Truck', boat: 'Boat', other: 'Other',
  },
  {
    fr: {
      foot: 'À pied', bicycle: 'Vélo', motorbike: 'Moto', car: 'Voiture',
      bus: 'Bus ou minibus', truck: 'Camion', boat: 'Bateau', other: 'Autre',
    },
    sw: {
      foot: 'Kwa miguu', bicycle: 'Baiskeli', motorbike: 'Pikipiki', car: 'Gari',
      bus: 'Basi au matatu', truck: 'Lori', boat: 'Boti', other: 'Nyingine',
    },
  },
);

export const reasonLabels = defineStrings<(typeof REASONS)[number]>(
  {
    economic: 'Economic (work, trade)', family: 'Family visit', seasonal: 'Seasonal work',
    education: 'Education', health: 'Health care', buy_goods: 'Buying goods', services: 'Using services',
    tourism: 'Tourism', conflict: 'Fleeing conflict', disaster: 'Natural disaster',
    return_home: 'Returning home', other: 'Other',
  },
  {
    fr: {
      economic: 'Économique (travail, commerce)', family: 'Visite familiale', seasonal: 'Travail saisonnier',
      education: 'Études', health: 'Soins de santé', buy_goods: 'Achat de biens', services: 'Accès aux services',
      tourism: 'Tourisme', conflict: 'Fuite du conflit', disaster: 'Catastrophe naturelle',
      return_home: 'Retour chez soi', other: 'Autre',
    },
    sw: {
      economic: 'Kiuchumi (kazi, biashara)', family: 'Kutembelea familia', seasonal: 'Kazi ya msimu',
      education: 'Elimu', health: 'Matibabu', buy_goods: 'Kununua bidhaa', services: 'Kupata huduma',
      tourism: 'Utalii', conflict: 'Kukimbia vita', disaster: 'Maafa ya asili',
      return_home: 'Kurudi nyumbani', other: 'Nyingine',
    },
  },
);

export const durationLabels = defineStrings<(typeof DURATIONS)[number]>(
  {
    less_than_day: 'Less than a day', day_to_week: '1 day to 1 week', week_to_month: '1 week to 1 month',
    one_to_three_months: '1 to 3 months', more_than_three_months: 'More than 3 months',
    permanent: 'Permanently', unknown: 'Does not know',
  },
  {
    fr: {
      less_than_day: "Moins d'un jour", day_to_week: "1 jour à 1 semaine", week_to_month: '1 semaine à 1 mois',
      one_to_three_months: '1 à 3 mois', more_than_three_months: 'Plus de 3 mois',
      permanent: 'Définitivement', unknown: 'Ne sait pas',
    },
    sw: {
      less_than_day: 'Chini ya siku moja', day_to_week: 'Siku 1 hadi wiki 1', week_to_month: 'Wiki 1 hadi mwezi 1',
      one_to_three_months: 'Miezi 1 hadi 3', more_than_three_months: 'Zaidi ya miezi 3',
      permanent: 'Kudumu', unknown: 'Hajui',
    },
  },
);
