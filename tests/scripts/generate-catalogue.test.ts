/**
 * The synthetic catalogue generator (npm run generate): same arguments, same
 * bytes; its output passes the real content checker; it never writes into
 * content/ and never replaces a folder without --force.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { mulberry32 } from '../../scripts/lib/seeded-random.mjs';
import { demoGtin, generateCatalogue } from '../../scripts/lib/synthetic-catalogue';
import { hasValidGtinCheckDigit } from '~/schemas/fields';
import { hashTree, npmRun, PROJECT } from '../helpers/editor';

const dir = mkdtempSync(path.join(tmpdir(), 'etalase-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const generate = (out: string, ...args: string[]) => npmRun('generate', ['--products', '60', '--producers', '12', '--out', out, ...args]);

describe('npm run generate', () => {
  it('writes the same bytes for the same arguments, and others for another seed', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((name) => path.join(dir, name));
    expect(generate(a!).status).toBe(0);
    expect(generate(b!).status).toBe(0);
    expect(generate(c!, '--seed', '2').status).toBe(0);
    expect(hashTree(b!)).toEqual(hashTree(a!));
    expect(hashTree(c!)).not.toEqual(hashTree(a!));
    expect(readdirSync(path.join(a!, 'products')).filter((f) => !f.includes('.id.'))).toHaveLength(60);
    expect(readdirSync(path.join(a!, 'producers')).filter((f) => f.endsWith('.id.md'))).toHaveLength(12);
  });

  it('produces a catalogue the content checker accepts, in both languages, all marked as sample data', () => {
    const out = path.join(dir, 'valid');
    expect(generate(out).status).toBe(0);
    const result = checkContent(out, { today: new Date('2026-11-23T00:00:00Z'), cwd: dir });
    expect(result.errors.map((e) => `${e.file} ${e.field}: ${e.message}`)).toEqual([]);
    expect(result.warnings.filter((w) => w.code === 'missing-translation')).toEqual([]);
    expect(result.counts.products).toEqual({ total: 60, valid: 60, translations: { total: 60, valid: 60 } });
    expect(result.counts.producers.total).toBe(12);
  });

  it('refuses to write into content/ or over a folder that is not empty', () => {
    const before = hashTree(path.join(PROJECT, 'content'));
    const into = generate(path.join(PROJECT, 'content', 'products'));
    expect(into.status).toBe(2);
    expect(into.stderr).toContain('refusing to write into or over');
    expect(hashTree(path.join(PROJECT, 'content'))).toEqual(before);

    const busy = path.join(dir, 'busy');
    expect(generate(busy).status).toBe(0);
    writeFileSync(path.join(busy, 'note.txt'), 'keep me');
    const again = generate(busy);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('is not empty (use --force to replace it)');
  });

  it('gives every product with a photo its own drawn photo with --photos unique, which the content checker accepts', async () => {
    const out = path.join(dir, 'unique');
    const result = npmRun('generate', ['--products', '12', '--producers', '3', '--out', out, '--photos', 'unique']);
    expect(result.status).toBe(0);
    const products = readdirSync(path.join(out, 'products')).filter((f) => !f.includes('.id.'));
    const photos = readdirSync(path.join(out, 'images/products')).sort();
    // One product in 20 has no photo yet; with 12 products every one has its own.
    expect(photos).toEqual(products.map((f) => f.replace(/\.md$/, '.jpg')).sort());
    const hashes = Object.values(hashTree(path.join(out, 'images/products')));
    expect(new Set(hashes).size).toBe(photos.length); // all different drawings
    const { default: sharp } = await import('sharp');
    const meta = await sharp(path.join(out, 'images/products', photos[0]!)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1600, 1200]);
    const check = checkContent(out, { today: new Date('2026-11-23T00:00:00Z'), cwd: dir });
    expect(check.errors.map((e) => `${e.file} ${e.field}: ${e.message}`)).toEqual([]);
    expect(check.warnings.filter((w) => w.code === 'missing-translation')).toEqual([]);

    const wrong = npmRun('generate', ['--products', '12', '--out', path.join(dir, 'wrong'), '--photos', 'many']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--photos must be shared or unique, got "many"');
  });

  it('prints its usage for --help, and names an unknown option instead of crashing', () => {
    const help = npmRun('generate', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--products N');
    expect(help.stdout).toContain('--out DIR');
    const wrong = npmRun('generate', ['--size', '10']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("Unknown option '--size'");
    expect(wrong.stderr).toContain('Usage: npm run generate');
    expect(wrong.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('generator parts', () => {
  it('draws the same numbers from the same seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(seqA.every((n) => n >= 0 && n < 1)).toBe(true);
  });

  it('makes GS1 demo barcodes with a valid check digit', () => {
    for (const serial of [1, 42, 999_999_999]) {
      const gtin = demoGtin(serial);
      expect(gtin).toMatch(/^952\d{10}$/);
      expect(hasValidGtinCheckDigit(gtin)).toBe(true);
    }
  });

  it('gives every producer at least one product', () => {
    const files = generateCatalogue(
      { regions: ['r'], clusters: [], associations: [], categories: [{ id: 'crackers', food: true, hsHint: '1905.90' }], photos: { crackers: { file: 'x.jpg', alt: 'A', altId: 'B' } } },
      { products: 5, producers: 5, seed: 3 },
    );
    const producers = [...files.keys()].filter((f) => /^producers\/[^.]+\.md$/.test(f)).map((f) => path.basename(f, '.md'));
    const owners = new Set([...files.entries()].filter(([f]) => /^products\/[^.]+\.md$/.test(f)).map(([, text]) => /producer: (\S+)/.exec(String(text))?.[1]));
    expect(producers.every((p) => owners.has(p))).toBe(true);
  });
});
