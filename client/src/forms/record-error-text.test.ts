import { describe, expect, it } from 'vitest';
import { BUILT_IN_FORMS } from '../db/built-in-forms.ts';
import { recordErrorText } from './record-error-text.ts';

const fmrV1 = BUILT_IN_FORMS.find((form) => form.id === 'fmr');

describe('recordErrorText', () => {
  it('tells a French speaker that the group is empty, with the label of the field it points at', () => {
    expect(recordErrorText(fmrV1, { code: 'grid-empty', path: 'data.males_0_4' }, 'fr')).toEqual({
      field: 'Hommes 0–4 ans',
      message: 'Un groupe compte au moins une personne : comptez-les par sexe et âge.',
    });
  });

  it('says a required answer is missing in Swahili', () => {
    expect(recordErrorText(fmrV1, { code: 'required', path: 'data.direction' }, 'sw')).toEqual({
      field: 'Mwelekeo',
      message: 'Swali hili lazima lijibiwe.',
    });
  });

  it('fills in the limits of the field the server named', () => {
    expect(recordErrorText(fmrV1, { code: 'out-of-range', path: 'data.disability' }, 'en').message).toBe(
      'Enter a number from 0 to 9999.',
    );
  });

  it('tells a Swahili speaker that the tablet now belongs to another FMP, on the FMP question', () => {
    expect(recordErrorText(fmrV1, { code: 'fmp-not-device-fmp', path: 'data.fmp' }, 'sw')).toEqual({
      field: 'Kituo cha ufuatiliaji wa mtiririko',
      message: 'Kishikwambi hiki ni cha kituo kingine cha ufuatiliaji wa mtiririko. Muulize afisa wako wa takwimu.',
    });
  });

  it.each(['fmp-inactive', 'unpaired-surrogate', 'control-character', 'too-deep'])(
    'has a French text for the server-only code %s',
    (code) => {
      expect(recordErrorText(fmrV1, { code, path: 'data.notes' }, 'fr').message).not.toBe(code);
    },
  );

  it('falls back to the code when the code or the form version is unknown', () => {
    expect(recordErrorText(fmrV1, { code: 'brand-new-check', path: 'data' }, 'fr')).toEqual({
      field: null,
      message: 'brand-new-check',
    });
    expect(recordErrorText(undefined, { code: 'grid-empty', path: 'data.males_0_4' }, 'en').message).toBe('grid-empty');
  });
});
