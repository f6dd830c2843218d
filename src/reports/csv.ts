/**
 * CSV as spreadsheets open it: RFC 4180 quoting, CRLF line ends, and a byte order mark so that
 * Excel reads the Vietnamese text as UTF-8. A cell starting with = + - @ is prefixed with an
 * apostrophe, so a spreadsheet never runs a value as a formula.
 */
export type CsvCell = string | number | boolean | null;

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
