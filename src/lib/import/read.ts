/**
 * Reads a workbook (.xlsx, with exceljs) or a CSV file (with csv-parse) into
 * sheets of cell text. Spreadsheet apps store typed cells: a date cell becomes
 * YYYY-MM-DD, a number its digits, a link or rich text its visible text, so
 * the rest of the import only ever sees what the editor sees.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { SheetData } from './rows';

export async function readWorkbook(file: string): Promise<SheetData[]> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return [readCsv(fs.readFileSync(file, 'utf8'), path.basename(file))];
  if (extension !== '.xlsx') throw new Error(`Cannot read ${file}: give an .xlsx or .csv file / Berkas harus .xlsx atau .csv`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const headerRow = sheet.getRow(1);
    const headers: string[] = [];
    headerRow.eachCell({ includeEmpty: true }, (cell, column) => (headers[column - 1] = cellText(cell.value).trim()));
    const rows: SheetData['rows'][number][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: Record<string, string> = {};
      headers.forEach((header, i) => {
        if (header) cells[header] = cellText(row.getCell(i + 1).value);
      });
      rows.push({ row: rowNumber, cells });
    });
    return { name: sheet.name, headers: [...headers].map((h) => h ?? ''), rows };
  });
}

export function readCsv(text: string, name: string): SheetData {
  const records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false }) as string[][];
  const [headers = [], ...rest] = records;
  const rows = rest.map((values, i) => ({
    row: i + 2,
    cells: Object.fromEntries(headers.map((header, column) => [header.trim(), unprotect(values[column] ?? '')])),
  }));
  return { name, headers: headers.map((h) => h.trim()), rows: rows.filter((r) => Object.values(r.cells).some((v) => v.trim())) };
}

/** products.csv prefixes text starting with = + - @ with "'" so spreadsheets keep it as text (src/lib/csv.ts). */
function unprotect(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

type CellValue = ExcelJS.CellValue;

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return unprotect(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result ?? null);
    if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as CellValue);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}
