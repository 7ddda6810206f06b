/** Spreadsheets run a cell starting with these as a formula (CSV injection); a leading quote makes it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
