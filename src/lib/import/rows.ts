/**
 * Spreadsheet rows to entry patches: what each row says about the base file and
 * the translation of one entry, each value remembering the cell it came from so
 * every later problem can be named by sheet, row and column. Cells are read as
 * the schema field they fill expects (src/lib/schema-fields.ts); a cell that
 * cannot be read that way is a problem, never a guess.
 */
import type { Hint } from '~/lib/content-check';
import { formatPath } from '~/lib/content-check/text';
import { fieldAt, type FieldInfo } from '~/lib/schema-fields';
import { LIST_SEPARATOR, type ColumnSpec, type SheetSpec } from './columns';

/** A sheet as read from the file: header names and rows of cell text. */
export interface SheetData {
  /** The sheet's name in the workbook, or the CSV file's name. */
  name: string;
  headers: readonly string[];
  /** Spreadsheet row number (1 is the header row) and the text of each cell by header. */
  rows: readonly { row: number; cells: Readonly<Record<string, string>> }[];
}

export interface Cell {
  sheet: string;
  row: number;
  column: string;
  /** Spreadsheet reference, e.g. "D7". */
  ref: string;
}

export interface ImportProblem {
  severity: 'error' | 'warning';
  cell: Cell;
  /** The file the problem is in, once it is known. */
  file?: string;
  field?: string;
  message: string;
  hint: Hint;
}

export interface FieldValue {
  path: readonly (string | number)[];
  value: unknown;
  cell: Cell;
}

/** One row's item of a list field (a pack, a certificate), with paths relative to the item. */
export interface RowItem {
  values: FieldValue[];
  cell: Cell;
}

export interface FilePatch {
  values: FieldValue[];
  /** The cell on the entry's first row of every column that fills this file, by field path without list positions. */
  columns?: Map<string, Cell>;
  body?: { text: string; cell: Cell };
}

export interface EntryPatch {
  collection: SheetSpec['collection'];
  slug: string;
  /** The first cell naming the entry, where problems of the entry as a whole are shown. */
  cell: Cell;
  base: FilePatch;
  translation: FilePatch;
  /** Items each row adds to a list field, in row order. */
  rowItems: { field: string; match: 'position' | readonly string[]; items: RowItem[] }[];
}

/** The pseudo-field of a file's text after the front matter, as the checker names it. */
export const BODY_FIELD = '(text)';

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const hint = (en: string, id: string): Hint => ({ en, id });

/** A cell's text as the field's value, or a problem. */
export function readCell(text: string, field: FieldInfo): { value: unknown } | { problem: { message: string; hint: Hint } } {
  const written = text.trim();
  if (field.kind === 'list') {
    const parts = written.split(LIST_SEPARATOR).map((p) => p.trim()).filter(Boolean);
    if (field.item) {
      const values: unknown[] = [];
      for (const part of parts) {
        const one = readCell(part, field.item);
        if ('problem' in one) return one;
        values.push(one.value);
      }
      return { value: values };
    }
    if (field.fields?.some((f) => f.name === 'country')) return readMarkets(parts);
    return { problem: { message: 'this list cannot be written in one cell', hint: hint('Edit this field in the Markdown file or the CMS.', 'Ubah isian ini di berkas Markdown atau CMS.') } };
  }
  switch (field.kind) {
    case 'number': {
      if (!/^-?\d+(\.\d+)?$/.test(written)) {
        return { problem: { message: `expected a number, got "${written}"`, hint: hint('Type digits only, with a dot for decimals and no thousands separator, e.g. 2500 or 2.5.', 'Ketik angka saja, titik untuk desimal dan tanpa pemisah ribuan, mis. 2500 atau 2.5.') } };
      }
      return { value: Number(written) };
    }
    case 'boolean': {
      const yes = ['yes', 'ya', 'true'].includes(written.toLowerCase());
      const no = ['no', 'tidak', 'false'].includes(written.toLowerCase());
      if (!yes && !no) return { problem: { message: `expected yes or no, got "${written}"`, hint: hint('Type "yes" or "no".', 'Ketik "yes" (ya) atau "no" (tidak).') } };
      return { value: yes };
    }
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(written)) {
        return { problem: { message: `expected a date written as YYYY-MM-DD, got "${written}"`, hint: hint('Type the date as year-month-day, e.g. 2026-08-31, or format the cell as a date.', 'Ketik tanggal sebagai tahun-bulan-hari, mis. 2026-08-31, atau format sel sebagai tanggal.') } };
      }
      return { value: written };
    default:
      return { value: written };
  }
}

/** `SG:2019; MY` → `[{ country: 'SG', since: 2019 }, { country: 'MY' }]`. */
function readMarkets(parts: readonly string[]): { value: unknown } | { problem: { message: string; hint: Hint } } {
  const markets = [];
  for (const part of parts) {
    const match = /^([A-Za-z]{2})(?:\s*:\s*(\d{4}))?$/.exec(part);
    if (!match) {
      return { problem: { message: `expected a country code or code:year, got "${part}"`, hint: hint('Write each market as a two-letter code, optionally with the first year, e.g. "SG:2019; MY".', 'Tulis tiap pasar sebagai kode dua huruf, boleh dengan tahun pertama, mis. "SG:2019; MY".') } };
    }
    markets.push(match[2] ? { country: match[1], since: Number(match[2]) } : { country: match[1] });
  }
  return { value: markets };
}

/**
 * Every row of a sheet as patches to entries, grouped by the key column; an
 * entry named on several rows (products with several packs) gets one item per row.
 */
export function patchesFromSheet(data: SheetData, spec: SheetSpec, fields: readonly FieldInfo[], translationFields: readonly FieldInfo[]): { patches: EntryPatch[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const columnIndex = new Map(data.headers.map((h, i) => [h.trim(), i]));
  const cellOf = (row: number, column: string): Cell => ({ sheet: data.name, row, column, ref: `${columnLetter(columnIndex.get(column) ?? 0)}${row}` });
  const known = new Set([...spec.columns.map((c) => c.column), ...spec.derived]);
  for (const header of data.headers) {
    if (header.trim() && !known.has(header.trim())) {
      problems.push({
        severity: 'error',
        cell: cellOf(1, header.trim()),
        message: `unknown column "${header.trim()}" in sheet "${data.name}"`,
        hint: hint(`Rename it to one of the template's columns (${spec.columns.map((c) => c.column).join(', ')}) or delete it.`, `Ganti namanya dengan salah satu kolom templat (${spec.columns.map((c) => c.column).join(', ')}) atau hapus.`),
      });
    }
  }
  // Columns the site computes (the export's region, readiness, addresses…) are not read: a value typed there
  // would be lost without a word, so the filled ones are named.
  const computed = spec.derived.filter((c) => columnIndex.has(c) && data.rows.some(({ cells }) => (cells[c] ?? '').trim()));
  if (computed.length) {
    problems.push({
      severity: 'warning',
      cell: cellOf(1, computed[0]!),
      message: `sheet "${data.name}": ${computed.length === 1 ? 'column' : 'columns'} ${computed.join(', ')} ${computed.length === 1 ? 'is' : 'are'} computed by the site from other facts and not imported`,
      hint: hint(
        `To change them, change what they come from (the producer's region and cluster, the certificates, the product's slug), or delete the columns.`,
        `Untuk mengubahnya, ubah sumbernya (wilayah dan sentra produsen, sertifikat, slug produk), atau hapus kolom itu.`,
      ),
    });
  }
  if (!columnIndex.has(spec.keyColumn)) {
    problems.push({ severity: 'error', cell: cellOf(1, spec.keyColumn), message: `sheet "${data.name}" has no column "${spec.keyColumn}"`, hint: hint(`Add a column "${spec.keyColumn}" naming each row's entry.`, `Tambahkan kolom "${spec.keyColumn}" berisi nama entri tiap baris.`) });
    return { patches: [], problems };
  }

  const patches = new Map<string, EntryPatch>();
  for (const { row, cells } of data.rows) {
    const slug = (cells[spec.keyColumn] ?? '').trim();
    if (!slug) {
      if (Object.values(cells).some((v) => v.trim())) {
        problems.push({ severity: 'error', cell: cellOf(row, spec.keyColumn), message: `row ${row} has no ${spec.keyColumn}`, hint: hint(`Fill in ${spec.keyColumn}, or delete the row.`, `Isi ${spec.keyColumn}, atau hapus barisnya.`) });
      }
      continue;
    }
    let patch = patches.get(slug);
    const first = !patch;
    if (!patch) {
      patch = { collection: spec.collection, slug, cell: cellOf(row, spec.keyColumn), base: { values: [], columns: new Map() }, translation: { values: [], columns: new Map() }, rowItems: [] };
      for (const column of spec.columns) {
        const target = column.target;
        const file = target.file === 'base' ? patch.base : patch.translation;
        const key = 'body' in target ? BODY_FIELD : formatPath(target.path);
        if (key) file.columns!.set(key, columnIndex.has(column.column) ? cellOf(row, column.column) : { sheet: data.name, row, column: column.column, ref: `${column.column} (not in the sheet / tidak ada di lembar)` });
      }
      if (spec.rowList) patch.rowItems.push({ field: spec.rowList.field, match: spec.rowList.match, items: [] });
      patches.set(slug, patch);
    }
    const item: RowItem = { values: [], cell: cellOf(row, spec.keyColumn) };
    for (const column of spec.columns) {
      const text = cells[column.column] ?? '';
      if (column.column === spec.keyColumn || !text.trim()) continue;
      const cell = cellOf(row, column.column);
      readColumn(column, text, cell, { patch, item, first, spec, fields, translationFields, problems });
    }
    if (spec.rowList && item.values.length) patch.rowItems[0]!.items.push(item);
  }
  return { patches: [...patches.values()], problems };
}

interface ReadContext {
  patch: EntryPatch;
  item: RowItem;
  first: boolean;
  spec: SheetSpec;
  fields: readonly FieldInfo[];
  translationFields: readonly FieldInfo[];
  problems: ImportProblem[];
}

function readColumn(column: ColumnSpec, text: string, cell: Cell, { patch, item, first, spec, fields, translationFields, problems }: ReadContext) {
  const target = column.target;
  const file = target.file === 'base' ? patch.base : patch.translation;
  if ('body' in target) {
    if (first) file.body = { text: text.trim(), cell };
    else conflictingRepeat(file.body?.text, text.trim(), cell, problems);
    return;
  }
  const inRowList = spec.rowList && target.path[0] === spec.rowList.field;
  const field = fieldAt(target.file === 'base' ? fields : translationFields, [...target.path]);
  if (!field) throw new Error(`Import column ${column.column} points at ${formatPath(target.path)}, which the ${spec.collection} schema does not have`);
  const read = readCell(text, field);
  if ('problem' in read) {
    problems.push({ severity: 'error', cell, field: formatPath(target.path), ...read.problem });
    return;
  }
  if (inRowList) {
    item.values.push({ path: target.path.slice(1), value: read.value, cell });
    return;
  }
  const existing = file.values.find((v) => formatPath(v.path) === formatPath(target.path));
  if (!existing) file.values.push({ path: target.path, value: read.value, cell });
  else conflictingRepeat(existing.value, read.value, cell, problems);
}

/** A later row of the same entry repeats its facts (products.csv does, one row per pack): they must agree. */
function conflictingRepeat(earlier: unknown, value: unknown, cell: Cell, problems: ImportProblem[]) {
  if (JSON.stringify(earlier) === JSON.stringify(value)) return;
  problems.push({
    severity: 'error',
    cell,
    message: `this row gives "${String(value)}" where an earlier row of the same entry gives "${String(earlier)}"`,
    hint: hint('Make the rows of one entry agree, or leave the cell empty on the later rows.', 'Samakan isian baris-baris entri yang sama, atau kosongkan sel di baris berikutnya.'),
  });
}
