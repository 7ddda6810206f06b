import { defineStrings } from '../define-strings.ts';

export const sendAgainStrings = defineStrings(
  {
    title: 'Send again after a server restore',
    explain:
      'Only when the office asks for it: if the server was restored from a backup, records this tablet sent after that backup are missing there. This puts the records already sent since the date you choose back in the queue, and sends them again.',
    safe: 'It is safe: the server keeps one copy of each record, so what it already has is not stored twice. Drafts and records not yet sent do not change.',
    since: 'Records finished since',
    start: 'Send again…',
    confirm: 'Send again {count} records finished since {date}?',
    yes: 'Yes, send them again',
    cancel: 'Cancel',
    none: 'No sent records were finished since {date}. Nothing to send again.',
    queued: '{count} records are back in the queue and are being sent. They show as sent again once the server has them.',
    failed: 'The records could not be put back in the queue on this tablet. Nothing was changed.',
  },
  {
    fr: {
      title: 'Renvoyer après une restauration du serveur',
      explain:
        'Seulement quand le bureau le demande : si le serveur a été restauré depuis une sauvegarde, les fiches envoyées par cette tablette après cette sauvegarde y manquent. Ceci remet dans la file d’attente les fiches déjà envoyées depuis la date choisie, et les envoie de nouveau.',
      safe: 'C’est sans risque : le serveur garde un seul exemplaire de chaque fiche, ce qu’il a déjà n’est donc pas enregistré deux fois. Les brouillons et les fiches pas encore envoyées ne changent pas.',
      since: 'Fiches terminées depuis le',
      start: 'Renvoyer…',
      confirm: 'Renvoyer {count} fiches terminées depuis le {date} ?',
      yes: 'Oui, les renvoyer',
      cancel: 'Annuler',
      none: 'Aucune fiche envoyée n’a été terminée depuis le {date}. Rien à renvoyer.',
      queued: '{count} fiches sont de nouveau dans la file d’attente et sont en cours d’envoi. Elles apparaissent comme envoyées dès que le serveur les a.',
      failed: 'Les fiches n’ont pas pu être remises dans la file d’attente sur cette tablette. Rien n’a été modifié.',
    },
    sw: {
      title: 'Tuma tena baada ya seva kurejeshwa',
      explain:
        'Tu pale ofisi inapoomba: seva ikirejeshwa kutoka kwenye nakala rudufu, rekodi ambazo kompyuta kibao hii ilituma baada ya nakala hiyo hazipo tena huko. Hii inarudisha kwenye foleni rekodi zilizokwisha tumwa tangu tarehe utakayochagua, na kuzituma tena.',
      safe: 'Ni salama: seva huhifadhi nakala moja tu ya kila rekodi, kwa hiyo kilichopo tayari hakihifadhiwi mara mbili. Rasimu na rekodi ambazo bado hazijatumwa hazibadiliki.',
      since: 'Rekodi zilizokamilika tangu',
      start: 'Tuma tena…',
      confirm: 'Tuma tena rekodi {count} zilizokamilika tangu {date}?',
      yes: 'Ndiyo, zitume tena',
      cancel: 'Ghairi',
      none: 'Hakuna rekodi iliyotumwa iliyokamilika tangu {date}. Hakuna cha kutuma tena.',
      queued: 'Rekodi {count} zimerudi kwenye foleni na zinatumwa. Zitaonekana kama zimetumwa tena seva ikishazipata.',
      failed: 'Rekodi hazikuweza kurudishwa kwenye foleni kwenye kompyuta kibao hii. Hakuna kilichobadilishwa.',
    },
  },
);
