/**
 * The image pipeline: placeholder drawings from a manifest, and an editor's
 * real photo prepared for the site. Runs the real script with the same Node.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { motifNames } from '../../scripts/images/motifs.mjs';

const script = path.resolve(import.meta.dirname, '../../scripts/make-images.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

function manifestIn(dir: string, entries: unknown): string {
  const file = path.join(dir, 'manifest.json');
  writeFileSync(file, JSON.stringify(entries));
  return file;
}

describe('make-images: drawings', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'etalase-images-'));
  const entries = motifNames.map((motif, i) => ({ file: `all/${motif}.jpg`, motif, label: `Label ${motif} & "co"`, hue: (i * 37) % 360 }));
  const manifest = manifestIn(dir, entries);

  it('draws every motif as a 1600×1200 progressive JPEG', async () => {
    const out = path.join(dir, 'a');
    const result = run('--manifest', manifest, '--out', out);
    expect(result.status, result.stderr).toBe(0);
    for (const motif of motifNames) {
      const meta = await sharp(path.join(out, 'all', `${motif}.jpg`)).metadata();
      expect([meta.format, meta.width, meta.height, meta.isProgressive]).toEqual(['jpeg', 1600, 1200, true]);
    }
  }, 120_000);

  it('is deterministic and never overwrites an existing image without --force', () => {
    const again = path.join(dir, 'b');
    expect(run('--manifest', manifest, '--out', again).status).toBe(0);
    for (const motif of motifNames) {
      expect(readFileSync(path.join(again, 'all', `${motif}.jpg`)).equals(readFileSync(path.join(dir, 'a', 'all', `${motif}.jpg`))), motif).toBe(true);
    }
    const photo = path.join(again, 'all', 'kemplang.jpg');
    writeFileSync(photo, 'an editor photo');
    expect(run('--manifest', manifest, '--out', again).stdout).toContain(`kept ${entries.length} existing`);
    expect(readFileSync(photo, 'utf8')).toBe('an editor photo');
  }, 120_000);

  it.each([
    [[{ file: 'x.jpg', motif: 'dragonfruit' }], 'entry [0]: unknown "motif" "dragonfruit"'],
    [[{ file: 'ok.jpg', motif: 'beras' }, { file: '../escape.jpg', motif: 'beras' }], 'entry [1]: "file" must be a relative path'],
    [[{ file: 'x.jpg', motif: 'beras', hue: 'red' }], 'entry [0]: "hue" must be a number'],
  ])('rejects a bad manifest with a message naming the entry and field (%#)', (bad, message) => {
    const result = run('--manifest', manifestIn(mkdtempSync(path.join(tmpdir(), 'etalase-bad-')), bad), '--out', path.join(dir, 'bad'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
  });
});

describe('make-images: an editor photo', () => {
  it('applies EXIF rotation, limits the long edge to 2400 px and strips metadata', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'etalase-photo-'));
    const camera = path.join(dir, 'camera.jpg');
    // A 3000×2000 sensor image tagged "rotate 90°" (orientation 6), as phones write them.
    await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#c84' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toFile(camera);
    const result = run('--photo', camera, '--to', 'products/new-photo.jpg', '--out', dir);
    expect(result.status, result.stderr).toBe(0);
    const meta = await sharp(path.join(dir, 'products', 'new-photo.jpg')).metadata();
    expect([meta.width, meta.height]).toEqual([1600, 2400]);
    expect(meta.orientation).toBeUndefined();
    expect(meta.exif).toBeUndefined();
    expect(run('--photo', camera, '--to', 'products/new-photo.jpg', '--out', dir).status).toBe(1);
    expect(statSync(path.join(dir, 'products', 'new-photo.jpg')).size).toBeGreaterThan(0);
  }, 60_000);

  it('warns when a photo is narrower than 1200 px', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'etalase-small-'));
    const small = path.join(dir, 'small.png');
    await sharp({ create: { width: 800, height: 600, channels: 3, background: '#484' } }).png().toFile(small);
    const result = run('--photo', small, '--to', 'products/small.jpg', '--out', dir);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('800 px wide');
  });
});
