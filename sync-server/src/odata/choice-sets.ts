import { LANGUAGES, textIn } from '../../../shared/i18n.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import { formFields } from '../exports/export-columns.ts';
import type { FeedProperty, FeedSet, PlacedRow } from './feed-set.ts';

const PROPERTIES: readonly FeedProperty[] = [
  { name: 'field', type: 'Edm.String' },
  { name: 'value', type: 'Edm.String' },
  ...LANGUAGES.map((language): FeedProperty => ({ name: `label_${language}`, type: 'Edm.String' })),
];

/** Comes before in the set's order: keys compare as the database compares text, byte by byte. */
const before = (a: readonly string[], b: readonly string[]) =>
  Buffer.compare(Buffer.from(a.join('\0')), Buffer.from(b.join('\0')));

/**
 * The labels of one form's choices in every complete language, one row per field and choice: a report
 * joins them to the codes of `<form>`. Made from the definitions, so it is read from memory.
 */
export function choiceSet(versions: readonly FormDefinition[]): FeedSet {
  const form = versions[0]?.id ?? '';
  const rows: PlacedRow[] = formFields(versions)
    .flatMap((field) => ('choices' in field ? field.choices.map((choice) => ({ field, choice })) : []))
    .map(({ field, choice }) => ({
      row: {
        field: field.name,
        value: choice.value,
        ...Object.fromEntries(LANGUAGES.map((language) => [`label_${language}`, textIn(choice.label, language)])),
      },
      key: [field.name, choice.value],
    }))
    .sort((a, b) => before(a.key, b.key));
  return {
    name: `${form}_choices`,
    form,
    key: ['field', 'value'],
    properties: PROPERTIES,
    filterable: {},
    timeProperty: null,
    keyLength: 2,
    async *read(_db, request) {
      const ordered = request.descending ? [...rows].reverse() : rows;
      const after = request.after;
      const rest = after ? ordered.filter((r) => before(r.key, after) * (request.descending ? -1 : 1) > 0) : ordered;
      yield rest.slice(request.offset, request.offset + request.limit);
    },
    count: () => Promise.resolve(rows.length),
  };
}
