import type { Expression } from './ast.ts';

function* parts(expression: Expression): Generator<Expression> {
  yield expression;
  switch (expression.kind) {
    case 'negate':
      yield* parts(expression.operand);
      break;
    case 'binary':
      yield* parts(expression.left);
      yield* parts(expression.right);
      break;
    case 'logical':
      for (const operand of expression.operands) yield* parts(operand);
      break;
    case 'call':
      for (const arg of expression.args) yield* parts(arg);
      break;
  }
}

/** The questions an expression reads, `${name}`, each once, in order of first mention. */
export function referencedFields(expression: Expression): string[] {
  const names = new Set<string>();
  for (const part of parts(expression)) if (part.kind === 'field') names.add(part.name);
  return [...names];
}

/** Whether it reads `.`, the answer of the question it belongs to: only a constraint has one. */
export const readsSelf = (expression: Expression): boolean => [...parts(expression)].some((p) => p.kind === 'self');
