/**
 * CSV text (RFC 4180) for spreadsheets: cells quoted when they hold the separator, a quote or
 * a line break, lines ended by CRLF.
 */

/**
 * A spreadsheet runs a cell that starts like a formula (=, +, -, @; tab and CR too, OWASP's
 * list). A quote in front makes it text: a device name typed as "=HYPERLINK(…)" cannot act.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string, separator: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV; `separator` ';' suits spreadsheets set up for Danish. */
export function toCsv(rows: readonly (readonly string[])[], separator = ','): string {
  return rows
    .map((row) => row.map((value) => cell(value, separator)).join(separator) + '\r\n')
    .join('');
}
