import { isComparison, type BinaryOperator, type Expression } from './ast.ts';

const PRECEDENCE: Record<BinaryOperator, number> = {
  '=': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  div: 6,
};
const UNARY = 7;
const ATOM = 8;

function precedence(expression: Expression): number {
  switch (expression.kind) {
    case 'logical':
      return expression.operator === 'or' ? 1 : 2;
    case 'binary':
      return PRECEDENCE[expression.operator];
    case 'negate':
      return UNARY;
    case 'number':
      // A negative number printed after a minus would read as two minus signs on one literal.
      return expression.value < 0 ? UNARY : ATOM;
    default:
      return ATOM;
  }
}

const isCompound = (expression: Expression) =>
  expression.kind === 'logical' || (expression.kind === 'binary' && isComparison(expression.operator));
const wrap = (text: string, when: boolean) => (when ? `(${text})` : text);

/**
 * Writes an expression back as text that parses to the same tree. Comparisons and and/or inside
 * and/or or a comparison are always parenthesised, as officers write `(${a} = 'x') and (${b} >= 5)`.
 */
export function printExpression(expression: Expression): string {
  switch (expression.kind) {
    case 'number':
      return printNumber(expression.value);
    case 'string':
      return printString(expression.value);
    case 'field':
      return `\${${expression.name}}`;
    case 'self':
      return '.';
    case 'negate':
      return `-${wrap(printExpression(expression.operand), precedence(expression.operand) < UNARY)}`;
    case 'logical':
      return expression.operands
        .map((operand) => wrap(printExpression(operand), isCompound(operand)))
        .join(` ${expression.operator} `);
    case 'call':
      return `${expression.name}(${expression.args.map(printExpression).join(', ')})`;
    case 'binary': {
      const { operator, left, right } = expression;
      const own = PRECEDENCE[operator];
      const leftText = wrap(printExpression(left), isComparison(operator) ? isCompound(left) : precedence(left) < own);
      const rightText = wrap(
        printExpression(right),
        isComparison(operator) ? isCompound(right) : precedence(right) <= own,
      );
      return `${leftText} ${operator} ${rightText}`;
    }
  }
}

function printNumber(value: number): string {
  const text = String(value);
  if (!Number.isFinite(value) || text.includes('e'))
    throw new Error(`The number ${text} cannot be written in an expression`);
  return text;
}

function printString(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"')) return `"${value}"`;
  throw new Error('A text holding both kinds of quote cannot be written in an expression');
}
