import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { SOURCE_LANGUAGE, appMessages, appOfScreen, readLanguage, readScreens } from '../../build/catalog-files.ts';
import { compileMessages } from '../../build/compile-messages.ts';
import type { MessageKey } from './message-key.ts';
import { createTranslate } from './translate.ts';

function translate(code: string, key: MessageKey, values: Record<string, string | number>): string {
  const app = appOfScreen(key.split('.')[0] ?? '');
  return createTranslate(compileMessages(appMessages(code, app)), readLanguage(code).locale)(key, values);
}

/** Each message that takes a count, read with 1 and with 2 in English, French and Swahili. */
const COUNTED: Record<
  string,
  { values: (n: number) => Record<string, string | number>; read: Record<string, [string, string]> }
> = {
  'home.people': {
    values: (n) => ({ n }),
    read: { en: ['1 person', '2 people'], fr: ['1 personne', '2 personnes'], sw: ['mtu 1', 'watu 2'] },
  },
  'data-file.loaded': {
    values: (n) => ({ added: n, skipped: n }),
    read: {
      en: ['Loaded 1 record; 1 was already on this tablet.', 'Loaded 2 records; 2 were already on this tablet.'],
      fr: [
        '1 fiche chargée ; 1 était déjà sur cette tablette.',
        '2 fiches chargées ; 2 étaient déjà sur cette tablette.',
      ],
      sw: [
        'Rekodi 1 imepakiwa; 1 ilikuwa tayari kwenye kompyuta kibao hii.',
        'Rekodi 2 zimepakiwa; 2 zilikuwa tayari kwenye kompyuta kibao hii.',
      ],
    },
  },
  'send-again.confirm': {
    values: (n) => ({ count: n, date: '1 Dec 2026' }),
    read: {
      en: ['Send again 1 record finished since 1 Dec 2026?', 'Send again 2 records finished since 1 Dec 2026?'],
      fr: ['Renvoyer 1 fiche terminée depuis le 1 Dec 2026 ?', 'Renvoyer 2 fiches terminées depuis le 1 Dec 2026 ?'],
      sw: ['Tuma tena rekodi 1 iliyokamilika tangu 1 Dec 2026?', 'Tuma tena rekodi 2 zilizokamilika tangu 1 Dec 2026?'],
    },
  },
  'send-again.queued': {
    values: (n) => ({ count: n }),
    read: {
      en: ['1 record is back in the queue', '2 records are back in the queue'],
      fr: ['1 fiche est de nouveau dans la file', '2 fiches sont de nouveau dans la file'],
      sw: ['Rekodi 1 imerudi kwenye foleni', 'Rekodi 2 zimerudi kwenye foleni'],
    },
  },
  'sync.clockAhead': {
    values: (n) => ({ minutes: n }),
    read: {
      en: ['is 1 minute ahead', 'is 2 minutes ahead'],
      fr: ['avance de 1 minute sur', 'avance de 2 minutes sur'],
      sw: ['kwa dakika 1.', 'kwa dakika 2.'],
    },
  },
  'sync.clockBehind': {
    values: (n) => ({ minutes: n }),
    read: {
      en: ['is 1 minute behind', 'is 2 minutes behind'],
      fr: ['retarde de 1 minute sur', 'retarde de 2 minutes sur'],
      sw: ['kwa dakika 1.', 'kwa dakika 2.'],
    },
  },
  'staff-admin.confirmDeleteWebhook': {
    values: (n) => ({ url: 'https://x.example', pending: n }),
    read: {
      en: ['1 event waiting to be sent will never be sent.', '2 events waiting to be sent will never be sent.'],
      fr: ['1 événement en attente ne sera jamais envoyé.', '2 événements en attente ne seront jamais envoyés.'],
      sw: ['Tukio 1 linalosubiri halitatumwa kamwe.', 'Matukio 2 yanayosubiri hayatatumwa kamwe.'],
    },
  },
  'staff-fleet.staleDays': {
    values: (n) => ({ days: n }),
    read: {
      en: ['not synced for 1 day', 'not synced for 2 days'],
      fr: ['pas synchronisé depuis 1 jour', 'pas synchronisé depuis 2 jours'],
      sw: ['hakijasawazishwa kwa siku 1', 'hakijasawazishwa kwa siku 2'],
    },
  },
  'staff-forms.problemsTitle': {
    values: (n) => ({ n }),
    read: {
      en: ['1 problem:', '2 problems:'],
      fr: ['1 problème :', '2 problèmes :'],
      sw: ['Tatizo 1:', 'Matatizo 2:'],
    },
  },
};

const hasPlural = (elements: readonly MessageFormatElement[]): boolean =>
  elements.some(
    (el) =>
      el.type === TYPE.plural || (el.type === TYPE.select && Object.values(el.options).some((o) => hasPlural(o.value))),
  );

describe('messages that take a count', () => {
  it('are all checked here: every plural message of the English catalog has its row above', () => {
    const plural = Object.entries(readScreens(SOURCE_LANGUAGE)).flatMap(([screen, texts]) =>
      Object.entries(texts)
        .filter(([, text]) => hasPlural(parse(text)))
        .map(([key]) => `${screen}.${key}`),
    );
    expect(plural.sort()).toEqual(Object.keys(COUNTED).sort());
  });

  describe.each(Object.entries(COUNTED))('%s', (key, { values, read }) => {
    it.each(Object.entries(read))('reads right in %s for 1 and for 2', (code, [one, two]) => {
      expect(translate(code, key as MessageKey, values(1))).toContain(one);
      expect(translate(code, key as MessageKey, values(2))).toContain(two);
    });
  });

  it("follows each language's own rules: French counts 0 as one, Arabic has a form for two", () => {
    expect(translate('fr', 'home.people', { n: 0 })).toBe('0 personne');
    expect(translate('en', 'home.people', { n: 0 })).toBe('0 people');
    expect(translate('ar', 'home.people', { n: 2 })).toBe('شخصان');
  });

  it('writes the count as the locale writes numbers', () => {
    expect(translate('en', 'home.people', { n: 1200 })).toBe('1,200 people');
    expect(translate('fr', 'home.people', { n: 1200 })).toBe('1\u202f200 personnes');
    expect(translate('ar', 'home.people', { n: 11 })).toBe('١١ شخصًا');
  });
});
