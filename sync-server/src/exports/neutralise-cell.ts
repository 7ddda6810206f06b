/** Spreadsheets run a cell starting with these as a formula (CSV injection); the fullwidth forms too (Apple Numbers). */
const FORMULA_START = String.raw`=+\-@\t\uFF1D\uFF0B\uFF0D\uFF20`;
const CELL_START = new RegExp(String.raw`^(?=[${FORMULA_START}\r])`);
// A reader that splits the cell, or the row, at a line break must not meet a formula at the start of a line either.
const LINE_START = new RegExp(String.raw`(?<=[\r\n])(?=[${FORMULA_START}])`, 'g');
const NUL = /\0/g;
// Most cells are codes and dates: one test lets them through untouched, as a large export has millions of them.
const MAY_CHANGE = new RegExp(String.raw`[\0\r\n]|^[${FORMULA_START}]`);

/** Where a stored NUL was: CSV readers cut the text at a NUL or drop it unseen (decision 0034). */
export const NUL_STAND_IN = '\uFFFD';

/** A text cell as the CSV exports write it: NULs replaced, a quote before a formula at the start of every line. */
export function neutraliseCell(value: string): string {
  if (!MAY_CHANGE.test(value)) return value;
  return value.replace(NUL, NUL_STAND_IN).replace(CELL_START, "'").replace(LINE_START, "'");
}
