import { describe, expect, it } from 'vitest';
import { BUILT_IN_FORMS } from '../db/built-in-forms.ts';
import { FMS_V2 } from '../../test/support/fms-v2.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import type { RecordError } from '../../../shared/push.ts';
import { recordErrorText } from './record-error-text.ts';

const fmrV1 = BUILT_IN_FORMS.find((form) => form.id === 'fmr');

/** The text as a tablet in `language` shows it. */
const textIn = (form: FormDefinition | undefined, error: Pick<RecordError, 'code' | 'path'>, language: string) =>
  recordErrorText(form, error, language);

describe('recordErrorText', () => {
  it('tells a French speaker that the group is empty, with the label of the field it points at', async () => {
    expect(await textIn(fmrV1, { code: 'grid-empty', path: 'data.males_0_4' }, 'fr')).toEqual({
      field: 'Hommes 0–4 ans',
      message: 'Un groupe compte au moins une personne : comptez-les par sexe et âge.',
    });
  });

  it('says a required answer is missing in Swahili', async () => {
    expect(await textIn(fmrV1, { code: 'required', path: 'data.direction' }, 'sw')).toEqual({
      field: 'Mwelekeo',
      message: 'Swali hili lazima lijibiwe.',
    });
  });

  it('fills in the limits of the field the server named', async () => {
    expect((await textIn(fmrV1, { code: 'out-of-range', path: 'data.disability' }, 'en')).message).toBe(
      'Enter a number from 0 to 9999.',
    );
  });

  it('tells a Swahili speaker that the tablet now belongs to another FMP, on the FMP question', async () => {
    expect(await textIn(fmrV1, { code: 'fmp-not-device-fmp', path: 'data.fmp' }, 'sw')).toEqual({
      field: 'Kituo cha ufuatiliaji wa mtiririko',
      message: 'Kishikwambi hiki ni cha kituo kingine cha ufuatiliaji wa mtiririko. Muulize afisa wako wa takwimu.',
    });
  });

  it.each(['fmp-inactive', 'unpaired-surrogate', 'control-character', 'too-deep'])(
    'has a French text for the server-only code %s',
    async (code) => {
      expect((await textIn(fmrV1, { code, path: 'data.notes' }, 'fr')).message).not.toBe(code);
    },
  );

  it('falls back to the code when the code or the form version is unknown', async () => {
    expect(await textIn(fmrV1, { code: 'brand-new-check', path: 'data' }, 'fr')).toEqual({
      field: null,
      message: 'brand-new-check',
    });
    expect((await textIn(undefined, { code: 'grid-empty', path: 'data.males_0_4' }, 'en')).message).toBe('grid-empty');
  });

  it('shows a failed constraint with the message its question has, in the tablet’s language', async () => {
    const error = { code: 'constraint', path: 'data.walked_km' };
    expect(await textIn(FMS_V2, error, 'fr')).toEqual({
      field: 'Distance parcourue à pied aujourd’hui (km)',
      message: 'Personne ne marche plus de 200 km par jour : vérifiez la distance.',
    });
    expect((await textIn(FMS_V2, error, 'ar')).message).toBe(
      'Nobody walks more than 200 km in a day: check the distance.',
    );
  });

  it('shows the general constraint message where the question has none', async () => {
    const error = { code: 'constraint', path: 'data.family_size' };
    expect((await textIn(FMS_V2, error, 'fr')).message).toBe('Cette réponse n’est pas acceptée ici : vérifiez-la.');
  });

  it.each(['en', 'fr', 'sw', 'ar'])('has a text in %s for every code of the new question types', async (language) => {
    const texts = await Promise.all(
      ['not-a-number', 'invalid-date', 'not-answered', 'constraint'].map(
        async (code) => (await textIn(FMS_V2, { code, path: 'data.family_size' }, language)).message,
      ),
    );
    expect(new Set(texts).size).toBe(4);
    for (const text of texts) expect(text).not.toMatch(/^(form\.|not-|invalid-|constraint)/);
  });
});
