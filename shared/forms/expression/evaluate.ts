import { localPeriods } from '../../local-periods.ts';
import type { Data } from '../condition.ts';
import type { ArithmeticOperator, ComparisonOperator, Expression } from './ast.ts';
import { compareValues, isEmpty, truthy, valuesEqual } from './values.ts';

export interface EvaluationContext {
  data: Data;
  /** The answer `.` stands for: the question's own, in a constraint. */
  self?: unknown;
  /** The clock `now()` and `today()` read: the tablet's when finalising, the server's when receiving. */
  now?: Date | undefined;
  /** The deployment's IANA time zone, in which `today()` is a date. */
  timeZone?: string | undefined;
}

/** An expression made ready to run: a tree of closures, built once, called once per record. */
export type Evaluator = (context: EvaluationContext) => unknown;

/** Evaluates a parsed expression against one record's answers. */
export const evaluate = (expression: Expression, context: EvaluationContext): unknown =>
  compileExpression(expression)(context);

/**
 * The expression as closures, so that judging a record walks no tree and allocates nothing but what
 * functions return: the validator calls each condition of a form once per record.
 */
export function compileExpression(expression: Expression): Evaluator {
  switch (expression.kind) {
    case 'number':
    case 'string': {
      const value = expression.value;
      return () => value;
    }
    case 'field': {
      const name = expression.name;
      return (context) => context.data[name];
    }
    case 'self':
      return (context) => context.self;
    case 'negate': {
      const operand = compileExpression(expression.operand);
      return (context) => {
        const value = operand(context);
        return typeof value === 'number' ? -value : null;
      };
    }
    case 'logical': {
      const operands = expression.operands.map(compileExpression);
      return expression.operator === 'and'
        ? (context) => operands.every((operand) => truthy(operand(context)))
        : (context) => operands.some((operand) => truthy(operand(context)));
    }
    case 'binary': {
      const left = compileExpression(expression.left);
      const right = compileExpression(expression.right);
      const operate =
        expression.operator in ARITHMETIC
          ? ARITHMETIC[expression.operator as ArithmeticOperator]
          : COMPARISON[expression.operator as ComparisonOperator];
      return (context) => operate(left(context), right(context));
    }
    case 'call':
      return compileCall(expression.name, expression.args.map(compileExpression));
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

function ordered(test: (order: number) => boolean) {
  return (a: unknown, b: unknown) => {
    const order = compareValues(a, b);
    return order !== null && test(order);
  };
}

const COMPARISON: Record<ComparisonOperator, (a: unknown, b: unknown) => boolean> = {
  '=': valuesEqual,
  '!=': (a, b) => !valuesEqual(a, b),
  '<': ordered((order) => order < 0),
  '<=': ordered((order) => order <= 0),
  '>': ordered((order) => order > 0),
  '>=': ordered((order) => order >= 0),
};

function compileCall(name: string, args: readonly Evaluator[]): Evaluator {
  const [first = () => undefined, second = () => undefined] = args;
  switch (name) {
    case 'not':
      return (context) => !truthy(first(context));
    case 'selected':
      return (context) => {
        const [selection, value] = [first(context), second(context)];
        return Array.isArray(selection) && selection.includes(value);
      };
    case 'count-selected':
      return (context) => {
        const selection = first(context);
        return Array.isArray(selection) ? selection.length : 0;
      };
    case 'string-length':
      // UTF-16 code units, as a text question's length limit counts.
      return (context) => {
        const value = first(context);
        return isEmpty(value) ? 0 : typeof value === 'string' || typeof value === 'number' ? String(value).length : 0;
      };
    case 'true':
      return () => true;
    case 'false':
      return () => false;
    case 'now':
      return (context) => clock(context, name).toISOString();
    case 'today':
      return (context) => localPeriods(clock(context, name), zone(context)).day;
    default:
      return () => {
        throw new Error(`Unknown function ${name}(): parse the expression before evaluating it`);
      };
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
