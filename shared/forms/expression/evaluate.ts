import { localPeriods } from '../../local-periods.ts';
import type { Data } from '../condition.ts';
import type { ArithmeticOperator, ComparisonOperator, Expression } from './ast.ts';
import { compareValues, isEmpty, truthy, valuesEqual } from './values.ts';

interface EvaluationContext {
  data: Data;
  /** The answer `.` stands for: the question's own, in a constraint. */
  self?: unknown;
  /** The clock `now()` and `today()` read: the tablet's when finalising, the server's when receiving. */
  now?: Date;
  /** The deployment's IANA time zone, in which `today()` is a date. */
  timeZone?: string;
}

/** Evaluates a parsed expression against one record's answers. */
export function evaluate(expression: Expression, context: EvaluationContext): unknown {
  switch (expression.kind) {
    case 'number':
    case 'string':
      return expression.value;
    case 'field':
      return context.data[expression.name];
    case 'self':
      return context.self;
    case 'negate': {
      const value = evaluate(expression.operand, context);
      return typeof value === 'number' ? -value : null;
    }
    case 'logical':
      return expression.operator === 'and'
        ? expression.operands.every((operand) => truthy(evaluate(operand, context)))
        : expression.operands.some((operand) => truthy(evaluate(operand, context)));
    case 'binary': {
      const left = evaluate(expression.left, context);
      const right = evaluate(expression.right, context);
      return expression.operator in ARITHMETIC
        ? ARITHMETIC[expression.operator as ArithmeticOperator](left, right)
        : compare(expression.operator as ComparisonOperator, left, right);
    }
    case 'call':
      return call(
        expression.name,
        expression.args.map((arg) => evaluate(arg, context)),
        context,
      );
  }
}

const numeric = (operate: (a: number, b: number) => number) => (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? operate(a, b) : null;

const ARITHMETIC: Record<ArithmeticOperator, (a: unknown, b: unknown) => unknown> = {
  '+': numeric((a, b) => a + b),
  '-': numeric((a, b) => a - b),
  '*': numeric((a, b) => a * b),
  div: numeric((a, b) => a / b),
};

function compare(operator: ComparisonOperator, a: unknown, b: unknown): boolean {
  if (operator === '=') return valuesEqual(a, b);
  if (operator === '!=') return !valuesEqual(a, b);
  const order = compareValues(a, b);
  if (order === null) return false;
  switch (operator) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
}

function call(name: string, args: unknown[], context: EvaluationContext): unknown {
  const [first, second] = args;
  switch (name) {
    case 'not':
      return !truthy(first);
    case 'selected':
      return Array.isArray(first) && first.includes(second);
    case 'count-selected':
      return Array.isArray(first) ? first.length : 0;
    case 'string-length':
      // UTF-16 code units, as a text question's length limit counts.
      return isEmpty(first) ? 0 : typeof first === 'string' || typeof first === 'number' ? String(first).length : 0;
    case 'true':
      return true;
    case 'false':
      return false;
    case 'now':
      return clock(context, name).toISOString();
    case 'today':
      return localPeriods(clock(context, name), zone(context)).day;
    default:
      throw new Error(`Unknown function ${name}(): parse the expression before evaluating it`);
  }
}

function clock(context: EvaluationContext, name: string): Date {
  if (!context.now) throw new Error(`${name}() needs the evaluation's clock`);
  return context.now;
}

function zone(context: EvaluationContext): string {
  if (!context.timeZone) throw new Error('today() needs the deployment’s time zone');
  return context.timeZone;
}
