import type { ArithmeticOperator, ComparisonOperator, Expression } from './ast.ts';
import { expressionError, type ExpressionError } from './expression-error.ts';
import { FUNCTION_ARITY, isKnownFunction } from './functions.ts';
import { tokenize, type Token } from './tokenize.ts';

interface ParseOptions {
  /** When given, a `${name}` that names none of these is an error. */
  fields?: ReadonlySet<string>;
}

/** An error with the text it points at: the token there (`${x}`, `counted`), or the character where none starts. */
export type LocatedError = ExpressionError & { near: string };

type Parsed = { ok: true; expression: Expression } | { ok: false; errors: LocatedError[] };

function nearOf(text: string, tokens: readonly Token[], position: number): string {
  const at = tokens.findIndex((t) => t.position === position);
  if (at < 0) return /^\$\{[^}]*\}?/.exec(text.slice(position))?.[0] ?? text.charAt(position);
  return text.slice(position, tokens[at + 1]?.position ?? text.length).trim();
}

/** Thrown inside the parser for the first syntax error: past it nothing can be trusted. */
class SyntaxFailure extends Error {
  constructor(readonly error: ExpressionError) {
    super(error.message);
  }
}

const MAX_DEPTH = 100;

const LEVELS: readonly (readonly string[])[] = [
  ['=', '!='],
  ['<', '<=', '>', '>='],
  ['+', '-'],
  ['*', 'div'],
];

/**
 * Parses an expression of the XLSForm subset. A syntax error stops at the first; unknown functions,
 * wrong argument counts and unknown fields are all collected, each with its position.
 */
export function parseExpression(text: string, options: ParseOptions = {}): Parsed {
  const tokenized = tokenize(text);
  const located = (found: ExpressionError[]): Parsed => ({
    ok: false,
    errors: found.map((error) => ({
      ...error,
      near: nearOf(text, tokenized.ok ? tokenized.tokens : [], error.position),
    })),
  });
  if (!tokenized.ok) return located([tokenized.error]);
  const tokens = tokenized.tokens;
  const errors: ExpressionError[] = [];
  let index = 0;
  let depth = 0;

  const peek = (): Token => tokens[index] as Token;
  const isSymbol = (token: Token, ...texts: string[]) => token.type === 'symbol' && texts.includes(token.text);
  const fail = (token: Token): never => {
    throw new SyntaxFailure(
      token.type === 'end'
        ? expressionError('unexpected-end', token.position, 'The expression ends too early')
        : expressionError('unexpected-token', token.position, `Unexpected ${describe(token)}`),
    );
  };
  const expect = (symbol: string) => {
    if (!isSymbol(peek(), symbol)) fail(peek());
    index += 1;
  };

  /** Bounds the recursion, so that no text can exhaust the stack. */
  function nested<T>(token: Token, inside: () => T): T {
    if (depth === MAX_DEPTH) throw new SyntaxFailure(expressionError('too-deep', token.position, 'Nested too deep'));
    depth += 1;
    try {
      return inside();
    } finally {
      depth -= 1;
    }
  }

  function logical(operator: 'and' | 'or', operand: () => Expression): Expression {
    const first = operand();
    if (!isSymbol(peek(), operator)) return first;
    const operands = [first];
    while (isSymbol(peek(), operator)) {
      index += 1;
      operands.push(operand());
    }
    return { kind: 'logical', operator, operands };
  }
  const or = (): Expression => logical('or', and);
  const and = (): Expression => logical('and', () => binary(0));

  function binary(level: number): Expression {
    if (level === LEVELS.length) return unary();
    let left = binary(level + 1);
    while (isSymbol(peek(), ...(LEVELS[level] as string[]))) {
      const operator = (peek() as { text: string }).text as ArithmeticOperator | ComparisonOperator;
      index += 1;
      left = { kind: 'binary', operator, left, right: binary(level + 1) };
    }
    return left;
  }

  function unary(): Expression {
    if (!isSymbol(peek(), '-')) return primary();
    index += 1;
    const next = peek();
    if (next.type === 'number') {
      index += 1;
      return { kind: 'number', value: -next.value };
    }
    return { kind: 'negate', operand: nested(next, unary) };
  }

  function primary(): Expression {
    const token = peek();
    index += 1;
    switch (token.type) {
      case 'number':
        return { kind: 'number', value: token.value };
      case 'string':
        return { kind: 'string', value: token.value };
      case 'field':
        if (options.fields && !options.fields.has(token.name)) {
          errors.push(
            expressionError('unknown-field', token.position, `\${${token.name}} names no question of this form`),
          );
        }
        return { kind: 'field', name: token.name };
      case 'end':
        return fail(token);
      case 'symbol':
        if (token.text === '.') return { kind: 'self' };
        if (token.text === '(') {
          const inner = nested(token, or);
          expect(')');
          return inner;
        }
        if (/^[A-Za-z_]/.test(token.text) && isSymbol(peek(), '(')) return nested(token, () => call(token));
        return fail(token);
    }
  }

  function call(name: Token & { type: 'symbol' }): Expression {
    expect('(');
    const args: Expression[] = [];
    if (!isSymbol(peek(), ')')) {
      args.push(or());
      while (isSymbol(peek(), ',')) {
        index += 1;
        args.push(or());
      }
    }
    expect(')');
    if (!isKnownFunction(name.text)) {
      errors.push(expressionError('unknown-function', name.position, `Unknown function ${name.text}()`));
    } else if (FUNCTION_ARITY[name.text] !== args.length) {
      errors.push(
        expressionError(
          'wrong-argument-count',
          name.position,
          `${name.text}() takes ${FUNCTION_ARITY[name.text]} argument(s), not ${args.length}`,
        ),
      );
    }
    return { kind: 'call', name: name.text, args };
  }

  try {
    const expression = or();
    if (peek().type !== 'end') fail(peek());
    return errors.length ? located(errors.sort((a, b) => a.position - b.position)) : { ok: true, expression };
  } catch (failure) {
    if (failure instanceof SyntaxFailure) return located([...errors, failure.error]);
    throw failure;
  }
}

function describe(token: Token): string {
  switch (token.type) {
    case 'number':
      return `number ${token.value}`;
    case 'string':
      return `text '${token.value}'`;
    case 'field':
      return `\${${token.name}}`;
    case 'symbol':
      return `'${token.text}'`;
    case 'end':
      return 'end';
  }
}
