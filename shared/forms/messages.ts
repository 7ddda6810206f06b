import type { Text } from '../i18n.ts';

/** Field-level problems every form shares (some found only by the server); cross-field rules carry their own messages. */
export const FIELD_ISSUE_MESSAGES = {
  required: {
    en: 'This question must be answered.',
    fr: 'Cette question doit être remplie.',
    sw: 'Swali hili lazima lijibiwe.',
  },
  'not-relevant': {
    en: 'This question does not apply here and must stay empty.',
    fr: 'Cette question ne s’applique pas ici et doit rester vide.',
    sw: 'Swali hili halihusiki hapa na lazima libaki tupu.',
  },
  'unknown-field': {
    en: 'This form has no such question.',
    fr: 'Ce formulaire n’a pas cette question.',
    sw: 'Fomu hii haina swali hili.',
  },
  constraint: {
    en: 'This answer is not accepted here: check it.',
    fr: 'Cette réponse n’est pas acceptée ici : vérifiez-la.',
    sw: 'Jibu hili halikubaliki hapa: lihakiki.',
    ar: 'هذه الإجابة غير مقبولة هنا: تحقّق منها.',
  },
  'not-a-number': {
    en: 'Enter a number.',
    fr: 'Saisissez un nombre.',
    sw: 'Andika namba.',
    ar: 'أدخل رقمًا.',
  },
  'invalid-date': {
    en: 'Enter a date.',
    fr: 'Saisissez une date.',
    sw: 'Andika tarehe.',
    ar: 'أدخل تاريخًا.',
  },
  'not-answered': {
    en: 'This is a note: it takes no answer.',
    fr: 'Ceci est une note : elle ne prend pas de réponse.',
    sw: 'Hii ni taarifa: haijibiwi.',
    ar: 'هذه ملاحظة: لا تتطلّب إجابة.',
  },
  'not-a-whole-number': {
    en: 'Enter a whole number.',
    fr: 'Saisissez un nombre entier.',
    sw: 'Andika namba kamili.',
  },
  'out-of-range': {
    en: 'Enter a number from {min} to {max}.',
    fr: 'Saisissez un nombre entre {min} et {max}.',
    sw: 'Andika namba kati ya {min} na {max}.',
  },
  'unknown-choice': {
    en: 'Choose one of the answers offered.',
    fr: 'Choisissez une des réponses proposées.',
    sw: 'Chagua mojawapo ya majibu yaliyotolewa.',
  },
  'too-long': {
    en: 'At most {max} characters.',
    fr: '{max} caractères au plus.',
    sw: 'Herufi {max} zisizozidi.',
  },
  'invalid-datetime': {
    en: 'Enter a date and time.',
    fr: 'Saisissez une date et une heure.',
    sw: 'Andika tarehe na saa.',
  },
  'invalid-value': {
    en: 'This answer has the wrong form.',
    fr: 'Cette réponse n’a pas la bonne forme.',
    sw: 'Jibu hili lina muundo usio sahihi.',
  },
  'unknown-country': {
    en: 'Choose a country from the list, or Unknown.',
    fr: 'Choisissez un pays de la liste, ou Inconnu.',
    sw: 'Chagua nchi kutoka kwenye orodha, au Haijulikani.',
  },
  'unknown-fmp': {
    en: 'Choose a flow monitoring point from the list.',
    fr: 'Choisissez un point de suivi des flux de la liste.',
    sw: 'Chagua kituo cha ufuatiliaji wa mtiririko kutoka kwenye orodha.',
  },
  'unknown-admin-area': {
    en: 'Choose an area from the list, or Unknown.',
    fr: 'Choisissez une zone de la liste, ou Inconnue.',
    sw: 'Chagua eneo kutoka kwenye orodha, au Haijulikani.',
  },
  'admin-area-mismatch': {
    en: 'This area is not inside the one chosen above.',
    fr: 'Cette zone ne se trouve pas dans celle choisie plus haut.',
    sw: 'Eneo hili haliko ndani ya lile lililochaguliwa juu.',
  },
  'fmp-not-device-fmp': {
    en: 'This tablet belongs to another flow monitoring point. Ask your data officer.',
    fr: 'Cette tablette appartient à un autre point de suivi des flux. Demandez à votre chargé des données.',
    sw: 'Kishikwambi hiki ni cha kituo kingine cha ufuatiliaji wa mtiririko. Muulize afisa wako wa takwimu.',
  },
  'fmp-inactive': {
    en: 'This flow monitoring point is closed. Ask your data officer.',
    fr: 'Ce point de suivi des flux est fermé. Demandez à votre chargé des données.',
    sw: 'Kituo hiki cha ufuatiliaji wa mtiririko kimefungwa. Muulize afisa wako wa takwimu.',
  },
  'unpaired-surrogate': {
    en: 'This text holds a broken character. Type it again.',
    fr: 'Ce texte contient un caractère cassé. Saisissez-le à nouveau.',
    sw: 'Maandishi haya yana herufi iliyoharibika. Yaandike tena.',
  },
  'control-character': {
    en: 'This text holds an invisible control character. Type it again.',
    fr: 'Ce texte contient un caractère de contrôle invisible. Saisissez-le à nouveau.',
    sw: 'Maandishi haya yana herufi ya udhibiti isiyoonekana. Yaandike tena.',
  },
  'too-deep': {
    en: 'This record is damaged (nested too deep). Ask your data officer.',
    fr: 'Cette fiche est endommagée (imbriquée trop profondément). Demandez à votre chargé des données.',
    sw: 'Rekodi hii imeharibika (imepangwa ndani mno). Muulize afisa wako wa takwimu.',
  },
} as const satisfies Record<string, Text>;

export type FieldIssueCode = keyof typeof FIELD_ISSUE_MESSAGES;
