// The one CSV writer for what agents export (call history, suggestion feedback): RFC 4180 quoting.

/**
 * What a spreadsheet may run as a formula when it starts a cell: =, +, -, @ and their full-width forms
 * (＝＋－＠, which Excel and WPS read as the ASCII ones in CJK locales), and the whitespace a spreadsheet
 * skips before looking for one (space, tab, CR, LF).
 */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20 \t\r\n]/;

/**
 * One CSV cell. A cell that could start a formula (FORMULA_START) is prefixed with ' — a peer number
 * such as +4930… or a customer's words arrive as text, not a formula.
 */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
