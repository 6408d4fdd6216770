/**
 * CSV per RFC 4180, for spreadsheets: every field quoted when it holds a comma,
 * quote, CR or LF; rows end in CRLF; the file starts with a UTF-8 byte order
 * mark so Excel reads Indonesian text (and "–", "é") correctly.
 */

export type CsvValue = string | number | boolean | null | undefined;

export const UTF8_BOM = '\uFEFF';

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in spreadsheet apps: prefix it so it stays text.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}

/** A whole CSV document with header row, CRLF line ends and a BOM. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return UTF8_BOM + [header, ...rows].map((row) => `${csvRow(row)}\r\n`).join('');
}
