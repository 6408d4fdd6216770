/**
 * scripts/make-images.mjs: drawn placeholder images from a manifest, and an
 * editor's real photo prepared for the site. Runs the real script with the
 * Node that runs Vitest; every file lives in a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { brandNames, drawSvg, motifNames } from '../../scripts/images/motifs.mjs';

const script = path.resolve(import.meta.dirname, '../../scripts/make-images.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
const temp = (name: string) => mkdtempSync(path.join(tmpdir(), `etalase-${name}-`));

function writeManifest(dir: string, entries: unknown): string {
  const file = path.join(dir, 'manifest.json');
  writeFileSync(file, JSON.stringify(entries));
  return file;
}

describe('drawn images', () => {
  const dir = temp('draw');
  // Every motif, each in one of the producers' looks (and the plain look for the first).
  const entries = motifNames.map((motif, i) => ({ file: `all/${motif}.jpg`, motif, label: `Label <${motif}> & "Sons"`, hue: (i * 53) % 360, ...(i ? { brand: brandNames[i % brandNames.length] } : {}) }));
  const manifestEntries: { motif: string }[] = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../scripts/images/manifest.json'), 'utf8'));
  const manifest = writeManifest(dir, entries);
  const first = path.join(dir, 'first');

  it('has the motifs the manifest uses, and no unused ones but the region landscape', () => {
    const used = new Set(manifestEntries.map((entry) => entry.motif));
    expect(motifNames).toEqual(expect.arrayContaining([...used]));
    expect(motifNames.filter((motif) => !used.has(motif))).toEqual(['region']);
    expect(motifNames).toEqual(expect.arrayContaining(['kemplang-charcoal-bag', 'sambal-bottle', 'rice-sack', 'metal-wok', 'metal-exhaust', 'cover-sap-boiling', 'cluster', 'region']));
  });

  it('knows every producer\'s look and refuses an unknown one', () => {
    expect(brandNames).toEqual(expect.arrayContaining(['kemplang-bu-sari', 'kerupuk-dua-saudara', 'logam-jaya-kanal']));
    expect(() => drawSvg({ motif: 'rice-sack', label: 'x', brand: 'no-such-producer' }, 'x')).toThrow('unknown brand');
    // The same drawing in two producers' looks differs.
    expect(drawSvg({ motif: 'rice-sack', label: 'Beras', brand: 'koperasi-tani-bende-makmur' }, 's')).not.toBe(drawSvg({ motif: 'rice-sack', label: 'Beras', brand: 'kemplang-bu-sari' }, 's'));
  });

  it('escapes label text in the SVG', () => {
    const svg = drawSvg({ motif: 'rice-sack', label: 'Rice <b> & "Co"' }, 'x');
    // Lines may wrap between words, so look for each escaped word.
    for (const word of ['&lt;b&gt;', '&amp;', '&quot;Co&quot;']) expect(svg.includes(word), word).toBe(true);
    expect(svg.includes('<b>')).toBe(false);
  });

  it('draws every motif as a valid 1600×1200 progressive sRGB JPEG without metadata', async () => {
    const result = run('--manifest', manifest, '--out', first);
    expect(result.status, result.stderr).toBe(0);
    for (const motif of motifNames) {
      const meta = await sharp(path.join(first, 'all', `${motif}.jpg`)).metadata();
      expect([meta.format, meta.width, meta.height, meta.isProgressive, meta.space], motif).toEqual(['jpeg', 1600, 1200, true, 'srgb']);
      expect(meta.exif, motif).toBeUndefined();
      expect(meta.icc, motif).toBeUndefined();
      // A blank or broken drawing would be nearly uniform.
      const stats = await sharp(path.join(first, 'all', `${motif}.jpg`)).stats();
      expect(stats.channels[0].stdev, motif).toBeGreaterThan(10);
    }
  });

  it('is deterministic: a second run writes identical bytes', () => {
    // A sample of the motifs keeps the run short; every motif draws from the same seeded helpers.
    const sample = entries.filter((_, i) => i % 5 === 0);
    const second = path.join(dir, 'second');
    expect(run('--manifest', writeManifest(temp('sample'), sample), '--out', second).status).toBe(0);
    for (const { motif } of sample) {
      expect(readFileSync(path.join(second, 'all', `${motif}.jpg`)).equals(readFileSync(path.join(first, 'all', `${motif}.jpg`))), motif).toBe(true);
    }
  });

  it('keeps existing files unless --force', () => {
    const out = path.join(dir, 'keep');
    const photo = path.join(out, 'all', 'cluster.jpg');
    expect(run('--manifest', manifest, '--out', out).status).toBe(0);
    writeFileSync(photo, 'an editor photo');
    const kept = run('--manifest', manifest, '--out', out);
    expect(kept.status).toBe(0);
    expect(kept.stdout).toContain(`drew 0 image(s), kept ${entries.length} existing`);
    expect(readFileSync(photo, 'utf8')).toBe('an editor photo');
    expect(run('--manifest', manifest, '--out', out, '--force').status).toBe(0);
    expect(readFileSync(photo).equals(readFileSync(path.join(first, 'all', 'cluster.jpg')))).toBe(true);
  });

  it.each([
    ['an unknown motif', [{ file: 'a.jpg', motif: 'dragonfruit' }], 'entry [0]: unknown "motif" "dragonfruit"'],
    ['a missing motif', [{ file: 'a.jpg', motif: 'region' }, { file: 'b.jpg' }], 'entry [1]: "motif" is missing'],
    ['a path escaping the output folder', [{ file: 'a.jpg', motif: 'region' }, { file: '../escape.jpg', motif: 'region' }], 'entry [1]: "file" must be a relative path inside the output folder'],
    ['an absolute path', [{ file: '/tmp/x.jpg', motif: 'region' }], 'entry [0]: "file" must be a relative path inside the output folder'],
    ['a bad file name', [{ file: 'products/Kemplang Panggang.png', motif: 'region' }], 'entry [0]: "file" must be a relative path of lowercase slugs ending in .jpg'],
    ['a bad hue', [{ file: 'a.jpg', motif: 'region', hue: 'red' }], 'entry [0]: "hue" must be a number from 0 to 360'],
    ['a bad label', [{ file: 'a.jpg', motif: 'region', label: 7 }], 'entry [0]: "label" must be text'],
    ['an unknown brand', [{ file: 'a.jpg', motif: 'region', brand: 'acme' }], 'entry [0]: unknown "brand" "acme"'],
    ['an unknown field', [{ file: 'a.jpg', motif: 'region', colour: 'red' }], 'entry [0]: unknown field "colour"'],
    ['a repeated file', [{ file: 'a.jpg', motif: 'region' }, { file: 'a.jpg', motif: 'cluster' }], 'entry [1]: "file" "a.jpg" repeats entry [0]'],
    ['not an array', { file: 'a.jpg', motif: 'region' }, 'must hold a JSON array'],
  ])('rejects %s with exit code 1 and a message naming the entry and field', (_, bad, message) => {
    const out = path.join(temp('bad'), 'out');
    const result = run('--manifest', writeManifest(temp('bad'), bad), '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
  });
});

describe('an editor photo (--photo)', () => {
  /** A 3000×2000 noisy "sensor" image tagged orientation 6 (rotate 90°), as phones write them. */
  async function cameraJpeg(dir: string, width = 3000, height = 2000): Promise<string> {
    const file = path.join(dir, 'camera.jpg');
    await sharp({ create: { width, height, channels: 3, background: '#c84', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
      .jpeg({ quality: 70 })
      .withMetadata({ orientation: 6 })
      .toFile(file);
    return file;
  }

  it('applies EXIF rotation, caps the long edge at 2400 px and strips metadata', async () => {
    const dir = temp('photo');
    const camera = await cameraJpeg(dir);
    expect((await sharp(camera).metadata()).orientation).toBe(6);
    const result = run('--photo', camera, '--to', 'products/new-photo.jpg', '--out', dir);
    expect(result.status, result.stderr).toBe(0);
    const written = path.join(dir, 'products', 'new-photo.jpg');
    const meta = await sharp(written).metadata();
    // Rotated to portrait: 2000×3000 scaled so the long edge is 2400.
    expect([meta.format, meta.width, meta.height, meta.isProgressive, meta.space]).toEqual(['jpeg', 1600, 2400, true, 'srgb']);
    expect(meta.orientation).toBeUndefined();
    expect(meta.exif).toBeUndefined();

    const again = run('--photo', camera, '--to', 'products/new-photo.jpg', '--out', dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('--force');
    expect(run('--photo', camera, '--to', 'products/new-photo.jpg', '--out', dir, '--force').status).toBe(0);
  });

  it('never enlarges and warns when the result is narrower than 1200 px', async () => {
    const dir = temp('small');
    const camera = await cameraJpeg(dir, 1000, 800);
    const result = run('--photo', camera, '--to', 'products/small.jpg', '--out', dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('warning');
    const meta = await sharp(path.join(dir, 'products', 'small.jpg')).metadata();
    expect([meta.width, meta.height]).toEqual([800, 1000]);
  });

  it('refuses a target outside the output folder', async () => {
    const dir = temp('escape');
    const result = run('--photo', await cameraJpeg(dir, 400, 300), '--to', '../outside.jpg', '--out', path.join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('inside the output folder');
  });
});
