// Rows of plain values to CSV text (RFC 4180): every cell that needs it is quoted, quotes doubled, CRLF rows.

export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

/**
 * A cell as CSV text. Arrays are joined with "; ". Strings that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) get a leading apostrophe: article text is untrusted.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (Array.isArray(value)) text = value.join('; ');
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a header row. Columns default to the keys of the first row, in order. Does not modify its input. */
export function toCsv(rows: readonly Record<string, CsvValue>[], columns?: readonly string[]): string {
  const header = columns ?? Object.keys(rows[0] ?? {});
  const lines = [header.map((name) => csvCell(name)).join(',')];
  for (const row of rows) lines.push(header.map((name) => csvCell(row[name])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
