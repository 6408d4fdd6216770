/**
 * `npm run import`: a secretary fills the generated template (or exports a CSV),
 * and the import writes `<slug>.md` and `<slug>.id.md` that pass `npm run check`,
 * names every problem by sheet, row and column, never overwrites an existing
 * entry without `--update`, and changes nothing when run twice. The site's own
 * products.csv imports back to the same facts.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { load as loadYaml } from 'js-yaml';
import { buildTemplate } from '~/lib/import/template';
import { splitFrontMatter } from '~/lib/import/files';
import { schemaTools } from '~/lib/schema-fields';
import { producerSchema, productSchema, translationSchemas } from '~/schemas/collections';
import { sheets } from '~/lib/import/columns';
import { copyFixture, hashTree, npmRun, PROJECT, TODAY } from '../helpers/editor';

let cat: ReturnType<typeof copyFixture>;
let work: string;
beforeEach(() => {
  cat = copyFixture();
  work = mkdtempSync(path.join(tmpdir(), 'etalase-import-test-'));
});
afterEach(() => {
  cat.cleanup();
  rmSync(work, { recursive: true, force: true });
});

type Rows = Partial<Record<'producers' | 'products' | 'certificates', Record<string, string | number | Date>[]>>;

/** The generated template, filled in the way a secretary would, saved as .xlsx. */
async function filledTemplate(rows: Rows, name = 'members.xlsx'): Promise<string> {
  const workbook = await buildTemplate(cat.root);
  for (const [sheetName, sheetRows] of Object.entries(rows)) {
    const sheet = workbook.getWorksheet(sheetName)!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    sheetRows.forEach((row, i) => {
      for (const [column, value] of Object.entries(row)) {
        const index = headers.indexOf(column);
        if (index < 0) throw new Error(`no column ${column} in ${sheetName}`);
        sheet.getCell(i + 2, index + 1).value = value;
      }
    });
  }
  const file = path.join(work, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

const producer = {
  producer_slug: 'kerupuk-ibu-tini',
  producer_name_en: 'UD Kerupuk Ibu Tini',
  legal_form: 'UD',
  region: 'kota-palembang',
  address: 'Jl. Contoh No. 1, Kecamatan Ilir Barat I, Kota Palembang',
  scale: 'household',
  monthly_capacity: 500,
  monthly_capacity_unit: 'kg',
  whatsapp: '+620000000777',
  email: 'tini@example.com',
  // A date typed into a date-formatted cell: the spreadsheet stores a date, not text.
  last_verified: new Date(Date.UTC(2026, 0, 10)),
  verified_by: 'Sekretariat asosiasi contoh',
  summary_en: 'A household kemplang maker in Palembang that grills fish crackers every day.',
  summary_id: 'Pembuat kemplang rumahan di Palembang yang memanggang kerupuk ikan setiap hari.',
  description_en: 'Ibu Tini grills kemplang over charcoal.',
  description_id: 'Ibu Tini memanggang kemplang di atas arang.',
  sample: 'yes',
};

const product = (slug: string, name: string, nameId: string) => ({
  product_slug: slug,
  product_name_en: name,
  product_name_id: nameId,
  producer: 'kerupuk-ibu-tini',
  category: 'crackers',
  net_weight: 250,
  net_weight_unit: 'g',
  packaging: 'pouch',
  last_verified: '2026-01-10',
  verified_by: 'Sekretariat asosiasi contoh',
  allergens: 'fish; wheat',
  summary_en: `${name}: flat fish crackers from Palembang, packed in 250 g pouches.`,
  summary_id: `${nameId}: kerupuk ikan pipih dari Palembang, dikemas 250 g.`,
  sample: 'yes',
});

const twoProducts: Rows = {
  producers: [producer],
  products: [
    product('kemplang-bakar-tini', 'Grilled Kemplang', 'Kemplang Bakar'),
    { product_slug: 'kemplang-bakar-tini', net_weight: 1, net_weight_unit: 'kg', packaging: 'bag' },
    product('kerupuk-ikan-tini', 'Fish Crackers', 'Kerupuk Ikan'),
  ],
  certificates: [{ producer_slug: 'kerupuk-ibu-tini', kind: 'nib', number: 'SAMPLE-NIB-0777', issuer: 'Lembaga OSS', valid_from: '2020-03-01' }],
};

const importRun = (args: string[]) => npmRun('import', [...args, '--today', TODAY], { ETALASE_CONTENT_DIR: cat.root });

describe('npm run import', () => {
  test('a producer with two products from the template: both files per entry, npm run check passes, a second run changes nothing', async () => {
    const file = await filledTemplate(twoProducts);
    const run = importRun([file]);
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('Imported: 6 new files');

    const base = readFileSync(path.join(cat.root, 'producers/kerupuk-ibu-tini.md'), 'utf8');
    expect(base).toContain('name: UD Kerupuk Ibu Tini');
    expect(base).toContain('whatsapp: "+620000000777"');
    expect(base).toMatch(/verification:\n {2}date: 2026-01-10\n {2}by: Sekretariat asosiasi contoh/);
    expect(base).toMatch(/certificates:\n {2}- kind: nib\n {4}number: SAMPLE-NIB-0777/);
    expect(base).toContain('Ibu Tini grills kemplang over charcoal.');
    const translation = readFileSync(path.join(cat.root, 'producers/kerupuk-ibu-tini.id.md'), 'utf8');
    expect(translation).toContain('summary: Pembuat kemplang rumahan');
    expect(translation).toContain('Ibu Tini memanggang kemplang');
    expect(translation).not.toContain('whatsapp'); // facts stay in the base file
    const kemplang = readFileSync(path.join(cat.root, 'products/kemplang-bakar-tini.md'), 'utf8');
    expect(kemplang).toMatch(/packs:\n {2}- netWeight:\n {6}value: 250\n {6}unit: g\n {4}packaging: pouch\n {2}- netWeight:\n {6}value: 1\n {6}unit: kg\n {4}packaging: bag/);
    expect(readFileSync(path.join(cat.root, 'products/kemplang-bakar-tini.id.md'), 'utf8')).toContain('name: Kemplang Bakar');

    const check = npmRun('check', ['--today', TODAY, cat.root]);
    expect(check.status, check.output).toBe(0);
    expect(check.stdout).toContain('producers 3/3');
    expect(check.stdout).toContain('products 5/5');

    const before = hashTree(cat.root);
    const again = importRun([file]);
    expect(again.status, again.output).toBe(0);
    expect(again.stdout).toContain('0 new files, 0 changed, 6 unchanged');
    expect(hashTree(cat.root)).toEqual(before);
  });

  test('--dry-run checks everything and writes nothing', async () => {
    const before = hashTree(cat.root);
    const run = importRun([await filledTemplate(twoProducts), '--dry-run']);
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('Dry run, would import: 6 new files');
    expect(hashTree(cat.root)).toEqual(before);
  });

  test('every problem is named by sheet, row and column with the fix in English and Indonesian; nothing is written', async () => {
    const before = hashTree(cat.root);
    const file = await filledTemplate({
      producers: [{ ...producer, region: 'kota-palembng', whatsapp: '0812 3456 7890', monthly_capacity: 'lima ratus', last_verified: '2026-02-31' }],
    });
    const run = importRun([file]);
    expect(run.status, run.output).toBe(1);
    expect(run.stdout).toContain('ERRORS (nothing was written)');
    expect(run.stdout).toMatch(/producers, row 2, column region \(E2\)[^\n]*\n.*producers\/kerupuk-ibu-tini\.md → region\n.*no region "kota-palembng".*\n\s+fix: +Did you mean "kota-palembang"\?.*\n\s+perbaiki: +Maksudnya "kota-palembang"\?/);
    expect(run.stdout).toMatch(/producers, row 2, column whatsapp \([A-Z]+2\)[\s\S]*?perbaiki: +Tulis "\+", kode negara/);
    expect(run.stdout).toMatch(/producers, row 2, column monthly_capacity \([A-Z]+2\)[^\n]*\n\s+expected a number, got "lima ratus"\n\s+fix: .*\n\s+perbaiki: Ketik angka/);
    expect(run.stdout).toMatch(/producers, row 2, column last_verified \([A-Z]+2\)[\s\S]*?2026-02-31 is not a real date/);
    expect(hashTree(cat.root)).toEqual(before);
  });

  test('an entry edited by hand is left as it is unless --update, which changes only the fields the sheet gives', async () => {
    const file = await filledTemplate(twoProducts);
    expect(importRun([file]).status).toBe(0);
    const entry = path.join(cat.root, 'producers/kerupuk-ibu-tini.md');
    const edited = readFileSync(entry, 'utf8').replace('scale: household', 'scale: small').replace('name: UD Kerupuk Ibu Tini', 'name: UD Kerupuk Ibu Tini Jaya');
    writeFileSync(entry, edited);

    const run = importRun([file]);
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toMatch(/warning producers, row 2, column producer_name_en[\s\S]*?already exists and the sheet would change name, scale; it was left as it is[\s\S]*?--update/);
    expect(readFileSync(entry, 'utf8')).toBe(edited);

    // The editor decides the sheet is right for the scale only: empty cells leave fields as they are.
    const scaleOnly = await filledTemplate({ producers: [{ producer_slug: 'kerupuk-ibu-tini', scale: 'household' }] }, 'scale.xlsx');
    const update = importRun([scaleOnly, '--update']);
    expect(update.status, update.output).toBe(0);
    expect(update.stdout).toMatch(/changed \S*producers\/kerupuk-ibu-tini\.md \(scale\)/);
    expect(readFileSync(entry, 'utf8')).toBe(edited.replace('scale: small', 'scale: household'));
  });

  test('a CSV file is one sheet, told apart by its key column', () => {
    const csv = path.join(work, 'produsen.csv');
    const header = Object.keys(producer).filter((k) => k !== 'last_verified');
    const row = header.map((k) => `"${String(producer[k as keyof typeof producer]).replace(/"/g, '""')}"`);
    writeFileSync(csv, `\uFEFF${[...header, 'last_verified'].join(',')}\r\n${[...row, '2026-01-10'].join(',')}\r\n`);
    const run = importRun([csv]);
    expect(run.status, run.output).toBe(0);
    expect(existsSync(path.join(cat.root, 'producers/kerupuk-ibu-tini.id.md'))).toBe(true);
  });
});

describe("the site's own products.csv", () => {
  const csv = path.join(PROJECT, 'dist/data/products.csv');
  let content: string;
  beforeEach(() => {
    content = path.join(work, 'content');
    cpSync(path.join(PROJECT, 'content'), content, { recursive: true });
  });
  const run = (args: string[]) => npmRun('import', [csv, ...args], { ETALASE_CONTENT_DIR: content });

  test('imports back to the same facts: nothing changes', () => {
    expect(existsSync(csv), 'build the site first').toBe(true);
    const before = hashTree(content);
    const result = run([]);
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toMatch(/Imported: 0 new files, 0 changed, \d+ unchanged, 0 left/);
    expect(hashTree(content)).toEqual(before);
    // The columns the site computes are named as not imported, not skipped in silence.
    const computed = sheets.find((spec) => spec.sheet === 'products')!.derived;
    expect(result.output).toContain(`sheet "products.csv": columns ${computed.join(', ')} are computed by the site from other facts and not imported`);
  });

  test('facts changed since the export are put back by --update, and only they', () => {
    const file = path.join(content, 'products/bandeng-asap-tiga-putri.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('hsCode: "0305.49"', 'hsCode: "0305.50"').replace('unitsPerCarton: 20', 'unitsPerCarton: 24').replace('unit: pack }', 'unit: kg }'));
    const without = run([]);
    expect(without.stdout).toContain('already exists and the sheet would change hsCode, monthlyCapacity.unit, packs[0].unitsPerCarton');
    const result = run(['--update']);
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});

describe('docs/import-template.xlsx', () => {
  test('is the generated template: a sheet per import sheet, every header with a note in both languages, drop-downs of allowed values', async () => {
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.readFile(path.join(PROJECT, 'docs/import-template.xlsx'));
    const generated = await buildTemplate(path.join(PROJECT, 'content'));
    for (const spec of sheets) {
      const sheet = committed.getWorksheet(spec.sheet)!;
      const fresh = generated.getWorksheet(spec.sheet)!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(headers, `${spec.sheet}: regenerate with npm run import -- --template docs/import-template.xlsx`).toEqual(spec.columns.map((c) => c.column));
      spec.columns.forEach((column, i) => {
        const note = sheet.getCell(1, i + 1).note;
        const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
        expect(text).toContain(column.note.en);
        expect(text).toContain(column.note.id);
        expect(sheet.getCell(2, i + 1).dataValidation?.formulae, `${spec.sheet}.${column.column}`).toEqual(fresh.getCell(2, i + 1).dataValidation?.formulae);
      });
    }
    const producers = committed.getWorksheet('producers')!;
    const legalForm = producers.getCell(2, 4);
    expect(legalForm.dataValidation.type).toBe('list');
    const lists = committed.getWorksheet('lists')!;
    const listOf = (formula: string) => {
      const [, letter, last] = /\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)/.exec(formula)!;
      return Array.from({ length: Number(last) - 1 }, (_, i) => lists.getCell(`${letter}${i + 2}`).value);
    };
    expect(listOf(legalForm.dataValidation.formulae![0] as string)).toEqual(['UD', 'CV', 'PT', 'KUB', 'koperasi', 'perorangan']);
    const category = committed.getWorksheet('products')!.getCell(2, 5);
    expect(listOf(category.dataValidation.formulae![0] as string)).toContain('crackers');
  });
});

describe("CONTRIBUTING.md's spreadsheet route", () => {
  const guide = readFileSync(path.join(PROJECT, 'CONTRIBUTING.md'), 'utf8');
  const csvExamples = [...guide.matchAll(/```csv import=(\S+)\n([\s\S]*?)```/g)].map(([, name, text]) => ({ name: name!, text: text! }));
  const markdownExample = (file: string) => [...guide.matchAll(/```markdown file=(\S+)\n([\s\S]*?)```/g)].find(([, name]) => name === file)![2]!;
  const facts = (text: string, schema: { parse: (v: unknown) => unknown }): Record<string, unknown> => {
    const { yaml, body } = splitFrontMatter(text);
    // A line break inside a paragraph is a space in Markdown: compare the text, not where it wraps.
    return { ...(schema.parse(loadYaml(yaml)) as Record<string, unknown>), body: body.trim().replace(/[ \t]*\n(?!\n)[ \t]*/g, ' ') };
  };

  test('its CSV example imports to the same producer and product as its Markdown example', () => {
    expect(csvExamples.map((e) => e.name).sort()).toEqual(['certificates.csv', 'producers.csv', 'products.csv']);
    const content = path.join(work, 'content');
    cpSync(path.join(PROJECT, 'content'), content, { recursive: true });
    const files = csvExamples.map(({ name, text }) => {
      const file = path.join(work, name);
      writeFileSync(file, text);
      return file;
    });
    const run = npmRun('import', [...files, '--today', '2026-11-23'], { ETALASE_CONTENT_DIR: content });
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('0 errors, 0 warnings');

    const producers = producerSchema(schemaTools);
    const products = productSchema(schemaTools);
    const imported = facts(readFileSync(path.join(content, 'producers/kerupuk-ikan-bu-yanti.md'), 'utf8'), producers);
    const { logo: _logo, ...written } = facts(markdownExample('producers/kerupuk-ikan-bu-yanti.md'), producers);
    expect(imported).toEqual(written); // the CSV has no photo column: photos are added in the files or the CMS
    const product = facts(readFileSync(path.join(content, 'products/kerupuk-ikan-tenggiri.md'), 'utf8'), products);
    const writtenProduct = facts(markdownExample('products/kerupuk-ikan-tenggiri.md'), products);
    expect({ ...product, images: [] }).toEqual({ ...writtenProduct, images: [] });
    const translation = facts(readFileSync(path.join(content, 'producers/kerupuk-ikan-bu-yanti.id.md'), 'utf8'), translationSchemas.producers);
    const { imageAlts: _alts, ...writtenTranslation } = facts(markdownExample('producers/kerupuk-ikan-bu-yanti.id.md'), translationSchemas.producers);
    expect(translation).toEqual(writtenTranslation);
  });
});
