import { z } from 'zod';
import { UNKNOWN, isCountryCode } from './code-lists/countries.ts';
import type { DIRECTIONS } from './fmr.ts';
import { TimeZone } from './time-zone.ts';

const Country = z
  .string()
  .refine((code) => code !== UNKNOWN && isCountryCode(code), 'an ISO 3166-1 alpha-3 country code such as KEN');

/** The country whose borders the FMPs watch, and its clock: what forms, days and aggregates follow. */
export const Deployment = z
  .object({
    country: Country,
    timeZone: TimeZone,
    /** The countries most crossings come from or go to, most common first; the first is across the border. */
    neighbours: z.array(Country).max(20),
  })
  .superRefine((d, context) => {
    d.neighbours.forEach((code, i) => {
      if (code === d.country || d.neighbours.indexOf(code) !== i)
        context.addIssue({ code: 'custom', path: ['neighbours', i], message: `${code} is named twice` });
    });
  });
export type Deployment = z.infer<typeof Deployment>;

/** Stands in form texts for the deployment's country: its name in each language, its code as a value. */
export const COUNTRY_PLACEHOLDER = '{country}';

/** Where a crossing goes by default, per direction: "incoming" is into the deployment's country. */
export function directionCountries(
  deployment: Deployment,
): Record<(typeof DIRECTIONS)[number], Partial<Record<'origin_country' | 'destination_country', string>>> {
  const across = deployment.neighbours[0];
  const other = (key: 'origin_country' | 'destination_country') => (across ? { [key]: across } : {});
  return {
    incoming: { ...other('origin_country'), destination_country: deployment.country },
    outgoing: { origin_country: deployment.country, ...other('destination_country') },
  };
}
