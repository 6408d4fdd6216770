/**
 * The import template (`docs/import-template.xlsx`, written by
 * `npm run import -- --template docs/import-template.xlsx`): a read-me sheet,
 * one sheet per import sheet with its columns, a note on every header in
 * English and Indonesian, and drop-down lists of the allowed values (enums of
 * the schema, taxonomy ids, and the regions, clusters and associations of the
 * catalogue) on a "lists" sheet.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { load as loadYaml } from 'js-yaml';
import { fieldAt, type FieldInfo } from '~/lib/schema-fields';
import { sheets, type SheetSpec } from './columns';
import { importFields } from './index';

/** Rows of each sheet that get drop-down lists. */
export const TEMPLATE_ROWS = 500;

export interface Choices {
  /** Name of the list (a column on the "lists" sheet). */
  name: string;
  values: readonly string[];
}

/** The allowed values of a column, when they are a closed list. */
export function choicesFor(spec: SheetSpec, column: string, root: string): Choices | undefined {
  const target = spec.columns.find((c) => c.column === column)?.target;
  if (!target || 'body' in target || target.path.length === 0) return undefined;
  const { fields, translationFields } = importFields[spec.collection];
  const field = fieldAt(target.file === 'base' ? fields : translationFields, [...target.path]);
  return field ? fieldChoices(field, root) : undefined;
}

function fieldChoices(field: FieldInfo, root: string): Choices | undefined {
  if (field.kind === 'enum') return { name: field.options!.join('|'), values: field.options! };
  if (field.kind === 'boolean') return { name: 'yes-no', values: ['yes', 'no'] };
  if (field.kind !== 'reference' || !field.collection) return undefined;
  const taxonomy = path.join(root, 'taxonomies', `${field.collection}.yaml`);
  if (fs.existsSync(taxonomy)) {
    const items = (loadYaml(fs.readFileSync(taxonomy, 'utf8')) ?? []) as { id?: string }[];
    return { name: field.collection, values: items.map((i) => i.id).filter((id): id is string => typeof id === 'string') };
  }
  if (['regions', 'clusters', 'associations'].includes(field.collection)) {
    const folder = path.join(root, field.collection);
    const slugs = fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => /^[^.]+\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')).sort() : [];
    return { name: field.collection, values: slugs };
  }
  return undefined;
}

const readMe = [
  ['Etalase import template / Templat impor Etalase'],
  [''],
  ['1. Fill one row per producer on "producers", one row per pack of a product on "products", one row per permit or certificate on "certificates".'],
  ['   Isi satu baris per produsen di "producers", satu baris per kemasan produk di "products", satu baris per izin atau sertifikat di "certificates".'],
  ['2. Point at a header to read what the column holds; cells with a small arrow offer a list of allowed values.'],
  ['   Arahkan kursor ke judul kolom untuk membaca isinya; sel dengan panah kecil punya daftar pilihan.'],
  ['3. Several values in one cell are separated by ";". Dates are YYYY-MM-DD. Empty cells leave a field as it is.'],
  ['   Beberapa nilai dalam satu sel dipisah ";". Tanggal ditulis TTTT-BB-HH. Sel kosong tidak mengubah isian.'],
  ['4. Check first, then import / Periksa dulu, lalu impor:'],
  ['   npm run import -- members.xlsx --dry-run'],
  ['   npm run import -- members.xlsx'],
  ['   Every problem names the sheet, row and column. / Setiap masalah menyebut lembar, baris, dan kolomnya.'],
];

export async function buildTemplate(root: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Etalase';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const intro = workbook.addWorksheet('read-me');
  readMe.forEach((row) => intro.addRow(row));
  intro.getColumn(1).width = 120;
  intro.getCell('A1').font = { bold: true, size: 14 };

  const listsSheet = workbook.addWorksheet('lists', { state: 'hidden' });
  const listColumns = new Map<string, string>();
  const listRange = (choices: Choices) => {
    let letter = listColumns.get(choices.name);
    if (!letter) {
      const column = listColumns.size + 1;
      letter = listsSheet.getColumn(column).letter;
      listsSheet.getCell(1, column).value = choices.name;
      choices.values.forEach((value, i) => (listsSheet.getCell(i + 2, column).value = value));
      listColumns.set(choices.name, letter);
    }
    return `lists!$${letter}$2:$${letter}$${Math.max(2, choices.values.length + 1)}`;
  };

  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((c) => ({ header: c.column, key: c.column, width: Math.max(14, c.column.length + 4) }));
    spec.columns.forEach((column, i) => {
      const header = sheet.getCell(1, i + 1);
      header.font = { bold: true };
      header.note = `${column.note.en}\n\n${column.note.id}`;
      const target = column.target;
      const isText = !('body' in target) && target.path.length > 0 && ['string', 'reference', 'list'].includes(fieldKind(spec, column.column) ?? '');
      // Barcodes, HS codes and phone numbers must stay text: a spreadsheet would drop leading zeros or the "+".
      if (isText) sheet.getColumn(i + 1).numFmt = '@';
      const choices = choicesFor(spec, column.column, root);
      if (!choices || choices.values.length === 0) return;
      const formula = listRange(choices);
      for (let row = 2; row <= TEMPLATE_ROWS + 1; row++) {
        sheet.getCell(row, i + 1).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [formula],
          showErrorMessage: true,
          errorTitle: column.column,
          error: `Choose a value from the list / Pilih nilai dari daftar: ${choices.values.slice(0, 12).join(', ')}${choices.values.length > 12 ? ', …' : ''}`,
        };
      }
    });
  }
  return workbook;
}

function fieldKind(spec: SheetSpec, column: string): string | undefined {
  const target = spec.columns.find((c) => c.column === column)?.target;
  if (!target || 'body' in target) return undefined;
  const { fields, translationFields } = importFields[spec.collection];
  return fieldAt(target.file === 'base' ? fields : translationFields, [...target.path])?.kind;
}

export async function writeTemplate(file: string, root: string): Promise<void> {
  const workbook = await buildTemplate(root);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
}
