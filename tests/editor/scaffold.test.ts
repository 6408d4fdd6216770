/**
 * `npm run new`: the generated files fail the check until their required
 * fields are filled, then pass; existing files are never overwritten.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkContent, type CheckResult } from '~/lib/content-check';
import { copyFixture, hashTree, npmRun, TODAY } from '../helpers/editor';

let cat: ReturnType<typeof copyFixture>;
beforeEach(() => {
  cat = copyFixture();
});
afterEach(() => cat.cleanup());

const newEntry = (...args: string[]) => npmRun('new', args, { ETALASE_CONTENT_DIR: cat.root });
const check = () => checkContent(cat.root, { today: new Date(`${TODAY}T00:00:00Z`), cwd: cat.root });
const read = (file: string) => readFileSync(path.join(cat.root, file), 'utf8');

/** Replaces each placeholder once, failing loudly if the template changed under the test. */
function fill(file: string, replacements: [string | RegExp, string][]): void {
  let text = read(file);
  for (const [from, to] of replacements) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`placeholder ${String(from)} not found in ${file}`);
    text = next;
  }
  writeFileSync(path.join(cat.root, file), text);
}

const errorFields = (result: CheckResult, file: string) => result.errors.filter((e) => e.file === file).map((e) => e.field).sort();
const verification = [/ {2}date: ""/, '  date: 2026-01-10'] as [RegExp, string];
const verifiedBy = [/ {2}by: ""/, '  by: Test office'] as [RegExp, string];
const summary = (text: string) => [/^summary: ""/m, `summary: ${text}`] as [RegExp, string];
/** `sample` is a required blank: the editor has to say whether the entry is sample data. */
const sampleFlag = (value: boolean) => [/^sample:$/m, `sample: ${value}`] as [RegExp, string];

describe('npm run new', () => {
  test('producer: placeholders fail the check until filled, then it passes', () => {
    const run = newEntry('producer', "UD Kemplang Bu Sari's (Palembang)");
    expect(run.status, run.output).toBe(0);
    const base = 'producers/ud-kemplang-bu-saris-palembang.md';
    const translation = 'producers/ud-kemplang-bu-saris-palembang.id.md';
    expect(run.stdout).toContain(base);
    expect(read(base)).toContain(`name: "UD Kemplang Bu Sari's (Palembang)"`);

    const before = check();
    expect(errorFields(before, base)).toEqual(['address', 'legalForm', 'region', 'sample', 'scale', 'summary', 'verification.by', 'verification.date']);
    expect(before.errors.find((e) => e.file.endsWith(base) && e.field === 'sample')?.hint.en).toMatch(/^Write `sample: true` if any fact in this file is made up/);
    expect(errorFields(before, translation)).toEqual(['summary']);

    fill(base, [
      [/^legalForm: ""/m, 'legalForm: UD'],
      [/^region: ""/m, 'region: kota-palembang'],
      [/^address: ""/m, 'address: Jalan Contoh No. 2, Palembang'],
      [/^scale: ""/m, 'scale: household'],
      verification,
      verifiedBy,
      summary('A sample kemplang maker created by the scaffolding test.'),
      sampleFlag(true),
    ]);
    fill(translation, [summary('Produsen kemplang contoh yang dibuat oleh uji perancah.')]);
    const after = check();
    expect(after.errors).toEqual([]);
    expect(after.warnings).toEqual([]);
    expect(after.counts.producers).toEqual({ total: 3, valid: 3, translations: { total: 3, valid: 3 } });
  });

  test('product: needs an existing producer; placeholders fail, then it passes', () => {
    const missing = newEntry('product', 'kemplang-contohh', 'Kemplang Bakar');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('No producer "kemplang-contohh"');
    expect(missing.stderr).toContain('kemplang-contoh');
    expect(existsSync(path.join(cat.root, 'products/kemplang-bakar.md'))).toBe(false);

    const run = newEntry('product', 'kemplang-contoh', 'Kemplang Bakar');
    expect(run.status, run.output).toBe(0);
    const base = 'products/kemplang-bakar.md';
    const translation = 'products/kemplang-bakar.id.md';
    expect(read(base)).toMatch(/^producer: kemplang-contoh$/m);

    const before = check();
    expect(errorFields(before, base)).toEqual(
      ['category', 'images[0].alt', 'images[0].src', 'packs[0].netWeight.value', 'packs[0].packaging', 'sample', 'summary', 'verification.by', 'verification.date'],
    );
    expect(errorFields(before, translation)).toEqual(['summary']);
    // An empty photo path asks for a photo, and no alt text is asked for a photo not yet given.
    expect(before.errors.find((e) => e.file.endsWith(base) && e.field === 'images[0].src')?.message).toBe(
      'no photo given: expected the path of a photo file, e.g. ../images/products/name.jpg',
    );
    expect(before.warnings.filter((w) => w.file.endsWith(translation))).toEqual([]);

    fill(base, [
      [/^category: ""/m, 'category: crackers'],
      [/src: ""/, 'src: ../images/products/kemplang-goreng.jpg'],
      [/alt: ""/, 'alt: Grilled kemplang on a plate.'],
      [/value: 0,/, 'value: 250,'],
      [/packaging: ""/, 'packaging: pouch'],
      verification,
      verifiedBy,
      summary('Sample grilled fish crackers created by the scaffolding test.'),
      sampleFlag(false),
    ]);
    fill(translation, [
      summary('Kemplang panggang contoh yang dibuat oleh uji perancah.'),
      [/^# imageAlts:\n#\s+kemplang-bakar\.jpg: .*$/m, 'imageAlts:\n  kemplang-goreng.jpg: Kemplang panggang di atas piring.'],
    ]);
    const after = check();
    expect(after.errors).toEqual([]);
    expect(after.warnings).toEqual([]);
    expect(after.counts.products.valid).toBe(4);
  });

  test('news: placeholders fail the check until filled, then it passes', () => {
    const run = newEntry('news', 'Pameran: UMKM "Sumsel" 2026');
    expect(run.status, run.output).toBe(0);
    const base = 'news/pameran-umkm-sumsel-2026.md';
    const translation = 'news/pameran-umkm-sumsel-2026.id.md';
    expect(read(base)).toContain('title: "Pameran: UMKM \\"Sumsel\\" 2026"');

    const before = check();
    expect(errorFields(before, base)).toEqual(['date', 'kind', 'sample', 'summary']);
    expect(errorFields(before, translation)).toEqual(['summary', 'title']);

    fill(base, [[/^kind: ""/m, 'kind: exhibition'], [/^date: ""/m, 'date: 2026-01-20'], summary('A sample exhibition created by the scaffolding test.'), sampleFlag(true)]);
    fill(translation, [[/^title: ""/m, 'title: Pameran UMKM Sumsel 2026'], summary('Pameran contoh yang dibuat oleh uji perancah.')]);
    const after = check();
    expect(after.errors).toEqual([]);
    expect(after.warnings).toEqual([]);
    expect(after.counts.news.valid).toBe(2);
  });

  test('never overwrites an existing entry', () => {
    const before = hashTree(cat.root);
    const run = newEntry('producer', 'Kemplang Contoh');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Not overwriting');
    expect(run.stderr).toContain('kemplang-contoh.md');
    expect(hashTree(cat.root)).toEqual(before);

    // Only the translation exists: still nothing is written.
    writeFileSync(path.join(cat.root, 'news/baru.id.md'), 'keep me');
    const partial = newEntry('news', 'Baru');
    expect(partial.status).toBe(1);
    expect(existsSync(path.join(cat.root, 'news/baru.md'))).toBe(false);
    expect(read('news/baru.id.md')).toBe('keep me');
  });

  test('wrong arguments: exit 1 with usage', () => {
    for (const args of [[], ['shop', 'X'], ['product', 'Nama Produk'], ['news', '!!!']]) {
      const run = newEntry(...args);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr.length).toBeGreaterThan(0);
    }
    const custom = newEntry('news', '!!!', '--slug', 'pameran-khusus');
    expect(custom.status, custom.output).toBe(0);
    expect(existsSync(path.join(cat.root, 'news/pameran-khusus.md'))).toBe(true);
  });

  test('a producer with a near-identical name is pointed out, with its region (issue 15)', () => {
    const run = newEntry('producer', 'UD Kemplang Contoh Cahaya');
    expect(run.status, run.output).toBe(0);
    expect(run.stderr).toContain('Warning / Peringatan: similar producers already exist / produsen dengan nama mirip sudah ada:');
    expect(run.stderr).toMatch(/producers\/kemplang-contoh\.md: UD Kemplang Contoh \(kota-palembang\)/);
    expect(run.stderr).toContain('If it is the same business, edit that file and delete the new ones. / Bila usahanya sama, sunting berkas itu dan hapus berkas baru ini.');
    expect(existsSync(path.join(cat.root, 'producers/ud-kemplang-contoh-cahaya.md'))).toBe(true);

    const unrelated = newEntry('producer', 'Tahu Sumedang Sari');
    expect(unrelated.status, unrelated.output).toBe(0);
    expect(unrelated.stderr).toBe('');
  });

  test('a product slug without the producer gets a <product>-<producer> suggestion, also when the name is taken (issue 15)', () => {
    const run = newEntry('product', 'kemplang-contoh', 'Kemplang Bakar');
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('rename both files to kemplang-bakar-contoh.md and kemplang-bakar-contoh.id.md now (nothing refers to them yet), or next time add --slug kemplang-bakar-contoh.');
    expect(run.stdout).toContain('ganti nama kedua berkas menjadi kemplang-bakar-contoh.md dan kemplang-bakar-contoh.id.md');

    const taken = newEntry('product', 'gula-contoh', 'Kemplang Bakar');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('choose another name with --slug kemplang-bakar-gula-contoh.');
    expect(taken.stderr).toContain('pilih nama lain dengan --slug kemplang-bakar-gula-contoh.');

    const suffixed = newEntry('product', 'gula-contoh', 'Gula Aren Contoh');
    expect(suffixed.status, suffixed.output).toBe(0);
    expect(suffixed.stdout).not.toContain('--slug');
  });
});
