import { DIRECTIONS, DURATIONS, REASONS, TRANSPORTS } from '../fmr.ts';
import { choice, labelled, t } from './define.ts';

export const YES_NO = [choice('yes', 'Yes', 'Oui', 'Ndiyo'), choice('no', 'No', 'Non', 'Hapana')];

export const SEXES = [choice('male', 'Male', 'Homme', 'Mwanaume'), choice('female', 'Female', 'Femme', 'Mwanamke')];

export const DIRECTION_CHOICES = labelled(DIRECTIONS, {
  incoming: t('Incoming (into {country})', 'Entrant (arrivée : {country})', 'Wanaoingia ({country})'),
  outgoing: t('Outgoing (out of {country})', 'Sortant (départ : {country})', 'Wanaotoka ({country})'),
});

export const TRANSPORT_CHOICES = labelled(TRANSPORTS, {
  foot: t('On foot', 'À pied', 'Kwa miguu'),
  bicycle: t('Bicycle', 'Vélo', 'Baiskeli'),
  motorbike: t('Motorbike', 'Moto', 'Pikipiki'),
  car: t('Car', 'Voiture', 'Gari'),
  bus: t('Bus or minibus', 'Bus ou minibus', 'Basi au matatu'),
  truck: t('Truck', 'Camion', 'Lori'),
  boat: t('Boat', 'Bateau', 'Boti'),
  other: t('Other', 'Autre', 'Nyingine'),
});

export const REASON_CHOICES = labelled(REASONS, {
  economic: t('Economic (work, trade)', 'Économique (travail, commerce)', 'Kiuchumi (kazi, biashara)'),
  family: t('Family visit', 'Visite familiale', 'Kutembelea familia'),
  seasonal: t('Seasonal work', 'Travail saisonnier', 'Kazi ya msimu'),
  education: t('Education', 'Études', 'Elimu'),
  health: t('Health care', 'Soins de santé', 'Matibabu'),
  buy_goods: t('Buying goods', 'Achat de biens', 'Kununua bidhaa'),
  services: t('Using services', 'Accès aux services', 'Kupata huduma'),
  tourism: t('Tourism', 'Tourisme', 'Utalii'),
  conflict: t('Fleeing conflict', 'Fuite du conflit', 'Kukimbia vita'),
  disaster: t('Natural disaster', 'Catastrophe naturelle', 'Maafa ya asili'),
  return_home: t('Returning home', 'Retour chez soi', 'Kurudi nyumbani'),
  other: t('Other', 'Autre', 'Nyingine'),
});

export const DURATION_CHOICES = labelled(DURATIONS, {
  less_than_day: t('Less than a day', 'Moins d’un jour', 'Chini ya siku moja'),
  day_to_week: t('1 day to 1 week', '1 jour à 1 semaine', 'Siku 1 hadi wiki 1'),
  week_to_month: t('1 week to 1 month', '1 semaine à 1 mois', 'Wiki 1 hadi mwezi 1'),
  one_to_three_months: t('1 to 3 months', '1 à 3 mois', 'Miezi 1 hadi 3'),
  more_than_three_months: t('More than 3 months', 'Plus de 3 mois', 'Zaidi ya miezi 3'),
  permanent: t('Permanently', 'Définitivement', 'Kudumu'),
  unknown: t('Does not know', 'Ne sait pas', 'Hajui'),
});
