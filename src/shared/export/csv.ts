// The one CSV writer for what agents export (call history, suggestion feedback): RFC 4180 quoting.
/**
 * One CSV cell. A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is
 * prefixed with ' — a peer number such as +4930… or a customer's words arrive as text, not a formula.
 */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
