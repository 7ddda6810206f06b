import { expressionError, type ExpressionError } from './expression-error.ts';

export type Token =
  | { type: 'number'; value: number; position: number }
  | { type: 'string'; value: string; position: number }
  | { type: 'field'; name: string; position: number }
  /** Operators, punctuation and words: `and`, `or`, `div`, function names. */
  | { type: 'symbol'; text: string; position: number }
  | { type: 'end'; position: number };

/** XLSForm question names: a letter or underscore, then letters, digits, `_`, `-` and `.`. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const OPERATORS = ['!=', '<=', '>=', '=', '<', '>', '+', '-', '*', '(', ')', ',', '.'];
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isWordStart = (c: string | undefined) => c !== undefined && /[A-Za-z_]/.test(c);
const isWordPart = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_-]/.test(c);
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

type Tokens = { ok: true; tokens: Token[] } | { ok: false; error: ExpressionError };

/** Splits an expression into tokens; the first character that starts none is the error. */
export function tokenize(text: string): Tokens {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (isSpace(c)) {
      i += 1;
    } else if (isDigit(c) || (c === '.' && isDigit(text[i + 1]))) {
      const start = i;
      while (isDigit(text[i])) i += 1;
      if (text[i] === '.') i += 1;
      while (isDigit(text[i])) i += 1;
      tokens.push({ type: 'number', value: Number(text.slice(start, i)), position: start });
    } else if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return { ok: false, error: expressionError('unterminated-string', i, 'A text that is not closed') };
      tokens.push({ type: 'string', value: text.slice(i + 1, end), position: i });
      i = end + 1;
    } else if (c === '$' && text[i + 1] === '{') {
      const end = text.indexOf('}', i + 2);
      const name = end < 0 ? '' : text.slice(i + 2, end);
      if (!FIELD_NAME.test(name))
        return {
          ok: false,
          error: expressionError('invalid-reference', i, 'A ${…} that does not hold a question name'),
        };
      tokens.push({ type: 'field', name, position: i });
      i = end + 1;
    } else if (isWordStart(c)) {
      const start = i;
      while (isWordPart(text[i])) i += 1;
      tokens.push({ type: 'symbol', text: text.slice(start, i), position: start });
    } else {
      const operator = OPERATORS.find((op) => text.startsWith(op, i));
      if (!operator)
        return {
          ok: false,
          error: expressionError('unexpected-character', i, `Unexpected character ${JSON.stringify(c)}`),
        };
      tokens.push({ type: 'symbol', text: operator, position: i });
      i += operator.length;
    }
  }
  tokens.push({ type: 'end', position: text.length });
  return { ok: true, tokens };
}
