/** The comparison operators of OData `$filter` this feed supports; `and` is the only way to join them. */
const FILTER_OPERATORS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export type LiteralKind = 'string' | 'datetime' | 'date' | 'number' | 'boolean' | 'null';

export interface Comparison {
  property: string;
  operator: FilterOperator;
  kind: LiteralKind;
  value: string;
}

/** Comparisons all of which must hold, or the first thing in the text this feed does not support. */
export type ParsedFilter = { ok: true; comparisons: Comparison[] } | { ok: false; unsupported: string };

type Token = { kind: 'open' | 'close' | 'word' | 'other' } | { kind: LiteralKind };
type Scanned = Token & { text: string };

/*
 * Literals as OData's ABNF writes them. A `+` in a time zone offset that reached us unencoded was read
 * as a space by the query string's decoding, so a space stands for it there.
 */
const SCANNERS: [RegExp, Token['kind']][] = [
  [/^\s+/, 'other'],
  [/^\(/, 'open'],
  [/^\)/, 'close'],
  [/^'(?:[^']|'')*'/, 'string'],
  [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,12})?)?(?:Z|[+ -]\d{2}:\d{2})/i, 'datetime'],
  [/^\d{4}-\d{2}-\d{2}(?![\dT])/, 'date'],
  [/^-?\d+(?:\.\d+)?(?![\w.])/, 'number'],
  [/^(?:true|false)(?!\w)/, 'boolean'],
  [/^null(?!\w)/, 'null'],
  [/^[A-Za-z_][\w]*(?:\/[A-Za-z_]\w*)*/, 'word'],
];

/** The tokens of the text, up to and including the first character no token starts with. */
function scan(text: string): Scanned[] {
  const tokens: Scanned[] = [];
  let rest = text;
  while (rest.length > 0) {
    const found = SCANNERS.map(([pattern, kind]) => ({ match: pattern.exec(rest), kind })).find((s) => s.match);
    if (!found?.match) return [...tokens, { kind: 'other', text: JSON.stringify(rest[0]) }];
    const [matched] = found.match;
    if (matched.trim() !== '') tokens.push({ kind: found.kind, text: matched } as Scanned);
    rest = rest.slice(matched.length);
  }
  return tokens;
}

const literalValue = (token: Scanned): string =>
  token.kind === 'string'
    ? token.text.slice(1, -1).replaceAll("''", "'")
    : token.kind === 'datetime'
      ? token.text.replace(' ', '+')
      : token.text;

const isOperator = (word: string): word is FilterOperator => (FILTER_OPERATORS as readonly string[]).includes(word);

/** `$filter`: comparisons of a property with a literal, joined by `and`, in any brackets. */
export function parseFilter(text: string): ParsedFilter {
  const tokens = scan(text);
  const comparisons: Comparison[] = [];
  let depth = 0;
  let expectComparison = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Scanned;
    if (token.kind === 'open' && expectComparison) depth++;
    else if (token.kind === 'close' && !expectComparison && depth > 0) depth--;
    else if (token.kind === 'word' && !expectComparison) {
      if (token.text !== 'and') return { ok: false, unsupported: `the operator ${token.text}` };
      expectComparison = true;
    } else if (token.kind === 'word') {
      const [operator, literal] = [tokens[i + 1], tokens[i + 2]];
      if (operator?.kind === 'open') return { ok: false, unsupported: `the function ${token.text}` };
      if (token.text === 'not') return { ok: false, unsupported: 'the operator not' };
      if (token.text.includes('/')) return { ok: false, unsupported: `the path ${token.text}` };
      if (operator?.kind !== 'word' || !isOperator(operator.text))
        return {
          ok: false,
          unsupported: operator ? `the operator ${operator.text}` : `${token.text} without a comparison`,
        };
      if (
        !literal ||
        literal.kind === 'word' ||
        literal.kind === 'open' ||
        literal.kind === 'close' ||
        literal.kind === 'other'
      )
        return { ok: false, unsupported: `comparing ${token.text} with ${literal?.text ?? 'nothing'}` };
      comparisons.push({
        property: token.text,
        operator: operator.text,
        kind: literal.kind,
        value: literalValue(literal),
      });
      i += 2;
      expectComparison = false;
    } else if (token.kind === 'other') return { ok: false, unsupported: `the character ${token.text}` };
    else return { ok: false, unsupported: `${token.text} where a ${expectComparison ? 'comparison' : 'and'} belongs` };
  }
  if (expectComparison || depth !== 0) return { ok: false, unsupported: 'an incomplete expression' };
  return { ok: true, comparisons };
}
