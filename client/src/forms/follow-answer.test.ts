import { describe, expect, it } from 'vitest';
import { FMR_V1 } from '../../../shared/forms/fmr-v1.ts';
import { formLayout } from './form-layout.ts';
import { UGANDA } from '../../../shared/test/deployments.ts';
import type { FormValues } from './form-value.ts';
import { initialValues } from './form-values.ts';
import { chosenInDraft, followAnswer } from './follow-answer.ts';

const layout = formLayout('fmr', UGANDA);
const fresh = initialValues(FMR_V1, layout, 'MPONDWE', new Date('2026-11-20T07:00:00Z'));
const countries = (values: FormValues) => [values['origin_country'], values['destination_country']];

/** What the form does on a change: the new value, then the defaults that follow it. */
function answer(values: FormValues, chosen: Set<string>, name: string, value: string): FormValues {
  if (name !== 'direction') chosen.add(name);
  return followAnswer(layout, { ...values, [name]: value }, name, chosen);
}

describe('countries that follow the direction', () => {
  it('start a new FMR from the DR Congo into Uganda', () => {
    expect(countries(fresh)).toEqual(['COD', 'UGA']);
  });

  it('turn round when the person chooses Outgoing, and back with Incoming', () => {
    const chosen = new Set<string>();
    const outgoing = answer(fresh, chosen, 'direction', 'outgoing');
    expect(countries(outgoing)).toEqual(['UGA', 'COD']);
    expect(countries(answer(outgoing, chosen, 'direction', 'incoming'))).toEqual(['COD', 'UGA']);
  });

  it('never overwrite a country the person chose, even one equal to a default', () => {
    const chosen = new Set<string>();
    let values = answer(fresh, chosen, 'origin_country', 'RWA');
    values = answer(values, chosen, 'destination_country', 'SSD');
    values = answer(values, chosen, 'destination_country', 'UGA');
    values = answer(values, chosen, 'direction', 'outgoing');
    expect(countries(values)).toEqual(['RWA', 'UGA']);
  });

  it('move only the country the person left alone', () => {
    const chosen = new Set<string>();
    const values = answer(answer(fresh, chosen, 'origin_country', 'RWA'), chosen, 'direction', 'outgoing');
    expect(countries(values)).toEqual(['RWA', 'COD']);
  });

  it('leave the countries alone when another answer changes', () => {
    const chosen = new Set<string>();
    const outgoing = answer(fresh, chosen, 'direction', 'outgoing');
    const edited = { ...outgoing, origin_country: 'KEN' };
    expect(countries(answer(edited, chosen, 'transport', 'bus'))).toEqual(['KEN', 'COD']);
  });

  it('count, in a reopened draft, a country unlike its direction’s default as the person’s choice', () => {
    const draft = { ...fresh, direction: 'outgoing', origin_country: 'UGA', destination_country: 'RWA' };
    expect([...chosenInDraft(layout, draft)]).toEqual(['destination_country']);
    expect([...chosenInDraft(layout, fresh)]).toEqual([]);
  });
});
