/**
 * Spreadsheet import (`npm run import`): sheets → entry patches → planned files,
 * then the planned files are written into a scratch copy of the content folder
 * and checked there by the content checker, the same one as `npm run check`
 * and the build. Its issues in the imported files are reported by sheet, row
 * and column. Nothing is written to the content folder while any error
 * remains, on a dry run, or over an entry the sheet would change without `--update`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { translatedLocales } from '~/i18n/locales';
import { productSchema, producerSchema, translationSchemas } from '~/schemas/collections';
import { checkContent, displayPath, type Issue } from '~/lib/content-check';
import { describeFields, schemaTools, type FieldInfo } from '~/lib/schema-fields';
import { sheets as sheetSpecs, type ImportCollection, type SheetSpec } from './columns';
import { planEntry, splitFrontMatter, type PlannedFile } from './files';
import { patchesFromSheet, type Cell, type EntryPatch, type ImportProblem, type SheetData } from './rows';
import { parseDocument } from 'yaml';

export { readWorkbook, readCsv } from './read';
export type { ImportProblem, SheetData } from './rows';
export type { PlannedFile } from './files';

export interface ImportOptions {
  /** The content folder. */
  root: string;
  update?: boolean;
  dryRun?: boolean;
  /** The date the checker compares expiry and verification dates with. */
  today?: Date;
  /** Paths in messages are relative to this folder. */
  cwd?: string;
}

export interface ImportResult {
  files: PlannedFile[];
  problems: ImportProblem[];
  /** Whether the content folder was changed. */
  written: boolean;
}

export const importFields: Record<ImportCollection, { fields: FieldInfo[]; translationFields: FieldInfo[] }> = {
  producers: { fields: describeFields(producerSchema(schemaTools)), translationFields: describeFields(translationSchemas.producers) },
  products: { fields: describeFields(productSchema(schemaTools)), translationFields: describeFields(translationSchemas.products) },
};

/** The spec of a sheet: by the sheet's name, else (a CSV file) by its key column. */
export function specFor(sheet: SheetData): SheetSpec | undefined {
  const name = sheet.name.replace(/\.csv$/i, '').trim().toLowerCase();
  return (
    sheetSpecs.find((s) => s.sheet === name) ??
    (sheet.name.toLowerCase().endsWith('.csv') ? sheetSpecs.find((s) => s.sheet !== 'certificates' && sheet.headers.includes(s.keyColumn)) : undefined)
  );
}

export function importSheets(sheets: readonly SheetData[], options: ImportOptions): ImportResult {
  const cwd = options.cwd ?? process.cwd();
  const problems: ImportProblem[] = [];
  const patches = new Map<string, EntryPatch>();
  for (const sheet of sheets) {
    const spec = specFor(sheet);
    if (!spec) continue; // The template's read-me and lists sheets.
    const { fields, translationFields } = importFields[spec.collection];
    const read = patchesFromSheet(sheet, spec, fields, translationFields);
    problems.push(...read.problems);
    for (const patch of read.patches) mergePatch(patches, patch);
  }

  const producers = [...patches.values()].filter((p) => p.collection === 'producers');
  const products = [...patches.values()].filter((p) => p.collection === 'products');
  const plan = (patch: EntryPatch, inherited?: (field: string) => unknown) =>
    planEntry(patch, { root: options.root, locale: translatedLocales[0]!, update: options.update ?? false, ...importFields[patch.collection], ...(inherited ? { inherited } : {}) });
  const files = producers.flatMap((p) => plan(p));
  const producerFacts = (slug: string) => {
    const planned = files.find((f) => f.absPath === path.join(options.root, 'producers', `${slug}.md`));
    const file = path.join(options.root, 'producers', `${slug}.md`);
    const text = planned?.text ?? (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
    return (parseDocument(splitFrontMatter(text).yaml).toJSON() ?? {}) as Record<string, unknown>;
  };
  for (const product of products) {
    const producerSlug = product.base.values.find((v) => v.path[0] === 'producer')?.value as string | undefined;
    files.push(...plan(product, (field) => (field === 'monthlyCapacity' && producerSlug ? producerFacts(producerSlug).monthlyCapacity : undefined)));
  }

  for (const file of files.filter((f) => f.action === 'conflict')) {
    problems.push({
      severity: 'warning',
      cell: file.sources.get(file.changed[0]!) ?? file.cell,
      file: displayPath(file.absPath, cwd),
      field: file.changed.join(', '),
      message: `${displayPath(file.absPath, cwd)} already exists and the sheet would change ${file.changed.join(', ')}; it was left as it is`,
      hint: {
        en: 'If the sheet is right, run the import again with --update; if the file was edited by hand since, copy those changes into the sheet first.',
        id: 'Bila isi lembar yang benar, jalankan impor lagi dengan --update; bila berkas sudah diubah manual, salin dulu perubahan itu ke lembar.',
      },
    });
  }

  // A cell that could not be read is reported once, not again as the field the checker finds missing.
  const unreadable = new Set(problems.flatMap((p) => [`${p.cell.sheet}|${p.cell.ref}`, `${p.cell.sheet}|${p.cell.row}|${p.field}`]));
  const reported = (p: ImportProblem) => unreadable.has(`${p.cell.sheet}|${p.cell.ref}`) || unreadable.has(`${p.cell.sheet}|${p.cell.row}|${p.field}`);
  problems.push(...checkInScratchCopy(files, options, cwd).filter((p) => !reported(p)));
  const written = !options.dryRun && !problems.some((p) => p.severity === 'error');
  if (written) {
    for (const file of files.filter((f) => f.action === 'create' || f.action === 'update')) {
      fs.mkdirSync(path.dirname(file.absPath), { recursive: true });
      fs.writeFileSync(file.absPath, file.text);
    }
  }
  return { files, problems, written };
}

function mergePatch(patches: Map<string, EntryPatch>, patch: EntryPatch) {
  const key = `${patch.collection}/${patch.slug}`;
  const earlier = patches.get(key);
  if (!earlier) {
    patches.set(key, patch);
    return;
  }
  earlier.base.values.push(...patch.base.values);
  earlier.translation.values.push(...patch.translation.values);
  earlier.base.body ??= patch.base.body;
  earlier.translation.body ??= patch.translation.body;
  earlier.rowItems.push(...patch.rowItems);
  for (const [key, cell] of patch.base.columns ?? []) if (!earlier.base.columns?.has(key)) earlier.base.columns?.set(key, cell);
}

/** The planned files in a copy of the content folder, checked as a whole; their issues pinned to cells. */
function checkInScratchCopy(files: readonly PlannedFile[], options: ImportOptions, cwd: string): ImportProblem[] {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'etalase-import-'));
  try {
    const root = path.join(scratch, 'content');
    fs.cpSync(options.root, root, { recursive: true });
    const byScratchFile = new Map<string, PlannedFile>();
    for (const file of files) {
      const copy = path.join(root, path.relative(options.root, file.absPath));
      byScratchFile.set(displayPath(copy, cwd), file);
      if (file.action === 'create' || file.action === 'update') {
        fs.mkdirSync(path.dirname(copy), { recursive: true });
        fs.writeFileSync(copy, file.text);
      }
    }
    const result = checkContent(root, { cwd, ...(options.today ? { today: options.today } : {}) });
    // Messages name the content folder, not the scratch copy.
    const scratchShown = displayPath(root, cwd);
    const realShown = displayPath(options.root, cwd);
    const real = (text: string) => text.split(scratchShown).join(realShown);
    return [...result.errors, ...result.warnings].flatMap((issue) => {
      const file = byScratchFile.get(issue.file);
      if (!file || file.action === 'unchanged' || file.action === 'conflict') return [];
      return [problemOf({ ...issue, message: real(issue.message), hint: { en: real(issue.hint.en), id: real(issue.hint.id) } }, file, cwd)];
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function problemOf(issue: Issue, file: PlannedFile, cwd: string): ImportProblem {
  return { severity: issue.severity, cell: cellOfField(file, issue.field), file: displayPath(file.absPath, cwd), field: issue.field, message: issue.message, hint: issue.hint };
}

/** The cell a field came from, or the one of its nearest parent (a missing field: the entry's first cell). */
function cellOfField(file: PlannedFile, field: string): Cell {
  for (let candidate = field; candidate; candidate = candidate.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '')) {
    const cell = file.sources.get(candidate);
    if (cell) return cell;
    if (!/(\.[^.[\]]+|\[[^\]]*\])$/.test(candidate)) break;
  }
  return file.columns.get(field.replace(/\[\d+\]/g, '')) ?? file.cell;
}

/** One problem as the editor reads it: where in the sheet, what, and the fix in both languages. */
export function formatProblem(problem: ImportProblem): string {
  const { cell } = problem;
  const where = `${cell.sheet}, row ${cell.row}, column ${cell.column} (${cell.ref}) / lembar ${cell.sheet}, baris ${cell.row}, kolom ${cell.column}`;
  const file = problem.file ? `\n          file:     ${problem.file}${problem.field ? ` → ${problem.field}` : ''}` : '';
  return `${problem.severity.padEnd(7)} ${where}${file}\n          ${problem.message}\n          fix:      ${problem.hint.en}\n          perbaiki: ${problem.hint.id}`;
}
