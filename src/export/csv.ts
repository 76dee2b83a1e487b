// Rows of plain values to CSV text (RFC 4180): every cell that needs it is quoted, quotes doubled, CRLF rows.

export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

/**
 * Text a spreadsheet would run as a formula: it starts (after any spaces) with =, +, - or @ (or their full-width
 * forms, which some spreadsheets fold to ASCII), or with a tab, CR or LF.
 */
const FORMULA_START = /^(?:[\t\r\n]| *[=+\-@＝＋－＠])/;

/** A leading apostrophe makes a spreadsheet show the text instead of running it: article text is untrusted. */
function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A cell as CSV text. Arrays are joined with "; ". Every cell but a plain number is guarded against formulas after
 * joining (an array's first title starts its cell), and so is each text item of an array: a spreadsheet set to split
 * on ";" would otherwise start a cell with the second one.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (Array.isArray(value))
    text = guardFormula(value.map((item) => (typeof item === 'string' ? guardFormula(item) : String(item))).join('; '));
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else text = guardFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a header row. Columns default to the keys of the first row, in order. Does not modify its input. */
export function toCsv(rows: readonly Record<string, CsvValue>[], columns?: readonly string[]): string {
  const header = columns ?? Object.keys(rows[0] ?? {});
  const lines = [header.map((name) => csvCell(name)).join(',')];
  for (const row of rows) lines.push(header.map((name) => csvCell(row[name])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
