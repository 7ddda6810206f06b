type ExpressionErrorCode =
  | 'unexpected-character'
  | 'unterminated-string'
  | 'invalid-reference'
  | 'unexpected-token'
  | 'unexpected-end'
  | 'unknown-function'
  | 'wrong-argument-count'
  | 'unknown-field'
  | 'too-deep';

/** One problem in an expression; `position` counts characters from 0. */
export interface ExpressionError {
  code: ExpressionErrorCode;
  position: number;
  message: string;
}

export const expressionError = (code: ExpressionErrorCode, position: number, what: string): ExpressionError => ({
  code,
  position,
  message: `${what} at character ${position + 1}`,
});
