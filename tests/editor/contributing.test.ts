/**
 * CONTRIBUTING.md stays true: its commands exist, the paths it names exist,
 * it explains every field of the producer and product templates, its example
 * files pass the real checker, and its example error is what `npm run check`
 * prints today for that mistake.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkContent } from '~/lib/content-check';
import { producerSchema, productSchema } from '~/schemas/collections';
import { npmRun, PROJECT } from '../helpers/editor';

const guide = readFileSync(path.join(PROJECT, 'CONTRIBUTING.md'), 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

/** Fenced blocks whose info string names a file: ```markdown file=products/x.md */
const exampleFiles = [...guide.matchAll(/```markdown file=(\S+)\n([\s\S]*?)```/g)].map(([, file, text]) => ({ file: file!, text: text! }));
/** Example reports: ```text check-output <mistake>; each mistake is made again below. */
const exampleOutputs = [...guide.matchAll(/```text check-output (\S+)\n([\s\S]*?)```/g)].map(([, mistake, text]) => ({ mistake: mistake!, text: text!.trim() }));

/** The mistakes the guide shows, made on its first example product. */
const mistakes: Record<string, [from: string, to: string]> = {
  category: ['category: crackers', 'category: kerupuk'],
  hscode: ['hsCode: "1905.90"', 'hsCode: 190590'],
  image: ['src: ../images/products/kerupuk-ikan-tenggiri.jpg', 'src: ../images/product/kerupuk-ikan-tenggiri.jpg'],
  date: ['  date: 2026-11-20', '  date: 2026-20-11'],
};

const tools = { ref: () => z.string(), image: () => z.string() };
const schemaShapes = { producer: producerSchema(tools).shape, product: productSchema(tools).shape } as Record<'producer' | 'product', Record<string, z.ZodType>>;

/** Field names in the first column of the guide's field tables, by the table's heading (both languages). */
function tableFields(kind: 'producer' | 'product'): string[] {
  const headings = kind === 'producer' ? ['**Produsen**', '**Producer**'] : ['**Produk**', '**Product**'];
  const fields: string[] = [];
  let current: string | undefined;
  for (const line of guide.split('\n')) {
    if (line.startsWith('**')) current = line.split(' ')[0];
    if (current && headings.includes(current) && line.startsWith('| `')) {
      fields.push(...[...line.split('|')[1]!.matchAll(/`([a-zA-Z]+)`/g)].map((m) => m[1]!));
    }
  }
  return fields;
}

describe('CONTRIBUTING.md', () => {
  let dir: string;
  let root: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'etalase-guide-'));
    root = path.join(dir, 'content');
    cpSync(path.join(PROJECT, 'content'), root, { recursive: true });
    for (const { file, text } of exampleFiles) {
      writeFileSync(path.join(root, file), text);
      // The editor adds the photos the example refers to (any real image will do here).
      for (const [, src] of text.matchAll(/src: (\.\.\/images\/\S+)/g)) {
        const target = path.join(root, path.dirname(file), src!);
        mkdirSync(path.dirname(target), { recursive: true });
        cpSync(path.join(PROJECT, 'content/images/products/beras-premium-bende-makmur.jpg'), target);
      }
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('mentions only npm scripts that exist', () => {
    const used = [...new Set([...guide.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]!))];
    expect(used.length).toBeGreaterThan(3);
    expect(used.filter((s) => !scripts.includes(s))).toEqual([]);
  });

  it('links only to its own headings (GitHub anchors)', () => {
    const anchors = new Set([...guide.matchAll(/^#{1,4} (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^\p{L}\p{N}\- ]/gu, '').replaceAll(' ', '-')));
    const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((l) => !anchors.has(l))).toEqual([]);
  });

  it('names only files and folders that exist', () => {
    const paths = [...new Set([...guide.matchAll(/`((?:content|docs|scripts|src)\/[^`<>*\s]*)`/g)].map((m) => m[1]!))].filter((p) => !p.includes('kerupuk-ikan-'));
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((p) => !existsSync(path.join(PROJECT, p)))).toEqual([]);
  });

  it('explains every field of the producer and product templates', () => {
    for (const template of ['producer.md', 'product.md']) {
      const text = readFileSync(path.join(PROJECT, 'scripts/templates', template), 'utf8');
      const fields = [...text.matchAll(/^(?:# )?([a-z][a-zA-Z]*):/gm)].map((m) => m[1]!);
      expect(fields.length).toBeGreaterThan(8);
      expect(fields.filter((f) => !guide.includes(`\`${f}\``)), template).toEqual([]);
    }
  });

  it('has a producer and product example in both languages that pass the checker', () => {
    expect(exampleFiles.map((f) => f.file).sort()).toEqual([
      'producers/kerupuk-ikan-bu-yanti.id.md',
      'producers/kerupuk-ikan-bu-yanti.md',
      'products/kerupuk-ikan-goreng.id.md',
      'products/kerupuk-ikan-goreng.md',
      'products/kerupuk-ikan-tenggiri.id.md',
      'products/kerupuk-ikan-tenggiri.md',
    ]);
    const result = checkContent(root, { today: new Date('2026-11-23T00:00:00Z'), cwd: dir });
    expect(result.errors.map((e) => `${e.file} ${e.field}: ${e.message}`)).toEqual([]);
    expect(result.warnings.filter((w) => w.file.includes('kerupuk-ikan-'))).toEqual([]);
  });

  it('field tables list only real fields and every required one, in both languages', () => {
    for (const kind of ['producer', 'product'] as const) {
      const shape = schemaShapes[kind];
      const listed = tableFields(kind);
      const required = Object.keys(shape).filter((key) => !shape[key]!.safeParse(undefined).success);
      expect(required.length, kind).toBeGreaterThan(4);
      expect(listed.filter((f) => !(f in shape)), `${kind} table names unknown fields`).toEqual([]);
      // Both languages have a table: each required field is listed at least twice.
      expect(required.filter((f) => listed.filter((l) => l === f).length < 2), `${kind} required fields missing from a table`).toEqual([]);
    }
  });

  it('shows the errors npm run check really prints for its example mistakes', () => {
    expect(new Set(exampleOutputs.map((o) => o.mistake))).toEqual(new Set(Object.keys(mistakes)));
    const file = path.join(root, 'products/kerupuk-ikan-tenggiri.md');
    const original = readFileSync(file, 'utf8');
    try {
      for (const [mistake, [from, to]] of Object.entries(mistakes)) {
        expect(original, mistake).toContain(from);
        writeFileSync(file, original.replace(from, to));
        const run = npmRun('check', ['--today', '2026-11-23', root]);
        expect(run.status, run.output).toBe(1);
        const printed = run.stdout.replaceAll(root, '/tmp/guide');
        for (const { text } of exampleOutputs.filter((o) => o.mistake === mistake)) {
          expect(text.length).toBeGreaterThan(100);
          expect(printed, mistake).toContain(text);
        }
      }
    } finally {
      writeFileSync(file, original);
    }
  });

  it('says what a newcomer meets: duplicates, who adds taxonomy, every certificate and market id, NIB, ignorable warnings, checking one file, swapped dates (issue 15)', () => {
    const [indonesian, english] = guide.split("## Editor's guide (English)");
    const says = (text: string, ...phrases: string[]) => phrases.filter((p) => !text.includes(p));
    expect(says(indonesian!, 'Periksa dulu bahwa produsennya belum ada', 'hanya ditambah\noleh pengelola katalog', 'belum siap', 'bukan tentang konten', 'npm run check -- content/products/nama.md', 'Hari dan bulan tertukar')).toEqual([]);
    expect(says(english!, 'First check that the producer is not in the catalogue yet', 'are added by\nthe catalogue\'s maintainers only', '**not ready**', 'are not about content', 'npm run check -- content/products/name.md', 'A swapped day and month')).toEqual([]);
    const ids = (file: string) => [...readFileSync(path.join(PROJECT, 'content/taxonomies', file), 'utf8').matchAll(/^- id: (\S+)$/gm)].map((m) => m[1]!);
    for (const text of [indonesian!, english!]) {
      expect(ids('certificates.yaml').filter((id) => !text.includes(`\`${id}\``))).toEqual([]);
      expect(ids('markets.yaml').filter((id) => !text.includes(`\`${id.toUpperCase()}\``))).toEqual([]);
    }
    expect(exampleOutputs.filter((o) => o.mistake === 'date')).toHaveLength(2);
  });
});
