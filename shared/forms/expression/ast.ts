/** The expression language of the XLSForm subset, as a tree. Positions are not kept: errors are found while parsing. */
export type ArithmeticOperator = '+' | '-' | '*' | 'div';
export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';
export type BinaryOperator = ArithmeticOperator | ComparisonOperator;

export type Expression =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  /** `${name}`: another answer of the same record. */
  | { kind: 'field'; name: string }
  /** `.`: the answer of the question the expression belongs to. */
  | { kind: 'self' }
  | { kind: 'negate'; operand: Expression }
  | { kind: 'binary'; operator: BinaryOperator; left: Expression; right: Expression }
  /** `a and b and c` is one node of three operands; `(a and b) and c` is a node inside a node. */
  | { kind: 'logical'; operator: 'and' | 'or'; operands: readonly Expression[] }
  | { kind: 'call'; name: string; args: readonly Expression[] };

const COMPARISON_OPERATORS: readonly ComparisonOperator[] = ['=', '!=', '<', '<=', '>', '>='];

export const isComparison = (operator: BinaryOperator): operator is ComparisonOperator =>
  (COMPARISON_OPERATORS as readonly string[]).includes(operator);
