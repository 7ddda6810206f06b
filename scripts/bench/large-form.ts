import { choice, t } from '../../shared/forms/define.ts';
import type { Condition, FieldDefinition, FormDefinition } from '../../shared/forms/types.ts';
import { seededRandom, type Random } from '../../sync-server/test/support/random.ts';

export interface LargeFormSize {
  questions: number;
  choices: number;
  /** Choices per select question: the selects are as many as the choices need. */
  choicesPerSelect: number;
}

export const LARGE_FORM: LargeFormSize = { questions: 300, choices: 2000, choicesPerSelect: 50 };

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ten',
  'ru',
  'sa',
  'vel',
  'do',
  'ni',
  'por',
  'qui',
  'ban',
  'ze',
  'tu',
  'mar',
  'el',
];

/**
 * Made-up words, different for every text: labels that repeat one another would compress far better than a real
 * survey's, and `/config` is measured gzipped.
 */
function wordsFrom(random: Random) {
  const word = () =>
    Array.from({ length: random.int(1, 3) }, () => random.pick(SYLLABLES)).join('') + random.pick(SYLLABLES);
  return (count: number) => Array.from({ length: count }, word).join(' ');
}

type Words = ReturnType<typeof wordsFrom>;
const label = (words: Words, length: number) => t(words(length), words(length), words(length));

/** Every fourth question is asked only when an earlier answer says so, as skip logic does in a long survey. */
function relevanceAfter(previous: FieldDefinition | undefined, i: number): Condition | undefined {
  if (i % 4 !== 0 || !previous) return undefined;
  if (previous.type === 'select_one') return { field: previous.name, equals: previous.choices[0]?.value ?? '' };
  if (previous.type === 'integer') return { field: previous.name, atLeast: 1 };
  if (previous.type === 'boolean') return { field: previous.name, equals: true };
  return undefined;
}

function question(i: number, selectIndex: number | null, size: LargeFormSize, words: Words): FieldDefinition {
  const name = `q${String(i).padStart(3, '0')}`;
  const asked = label(words, 8);
  if (selectIndex !== null) {
    const choices = Array.from({ length: size.choicesPerSelect }, (_, j) =>
      choice(`c${j}`, words(2), words(2), words(2)),
    );
    const type = selectIndex % 3 === 2 ? 'select_multiple' : 'select_one';
    return { name, type, label: asked, choices };
  }
  switch (i % 3) {
    case 0:
      return { name, type: 'integer', min: 0, max: 999, label: asked };
    case 1:
      return { name, type: 'text', maxLength: 200, label: asked, required: false };
    default:
      return { name, type: 'boolean', label: asked };
  }
}

/**
 * A survey of `questions` questions and `choices` choices as a new version of FMS (a form the server takes
 * versions of): the FMP and interview time, then selects spread evenly among counts, texts and yes/no questions.
 */
export function largeForm(version: number, size: LargeFormSize = LARGE_FORM): FormDefinition {
  const selects = Math.ceil(size.choices / size.choicesPerSelect);
  const others = size.questions - 2;
  const every = Math.floor(others / selects);
  const fields: FieldDefinition[] = [
    { name: 'fmp', type: 'fmp', label: t('FMP', 'PSF', 'Kituo') },
    { name: 'interviewed_at', type: 'datetime', label: t('Interviewed at', 'Interrogé le', 'Alihojiwa') },
  ];
  // The same texts in every version: the rounds publish the same survey again.
  const words = wordsFrom(seededRandom(300));
  let selectIndex = 0;
  for (let i = 1; i <= others; i++) {
    const isSelect = i % every === 0 && selectIndex < selects;
    const field = question(i, isSelect ? selectIndex++ : null, size, words);
    const relevant = relevanceAfter(fields.at(-1), i);
    fields.push(relevant ? { ...field, relevant } : field);
  }
  return {
    id: 'fms',
    version,
    title: t('A long survey', 'Une longue enquête', 'Utafiti mrefu'),
    timeField: 'interviewed_at',
    fields,
    rules: [],
  };
}
