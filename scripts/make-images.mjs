#!/usr/bin/env node
/**
 * Draws the catalogue's placeholder images and prepares editors' photos.
 *
 *   npm run images                          draw every image in scripts/images/manifest.json that is missing
 *                                           (entry: { file, motif, label?, hue?, brand? }; brand = producer slug
 *                                           whose label look to use, see scripts/images/motifs/brands.mjs)
 *   npm run images -- --force               redraw them all
 *   npm run images -- --manifest m.json --out dir
 *   npm run images -- --photo camera.jpg --to products/name.jpg [--force]
 *                                           normalise a real photo: EXIF rotation, sRGB, at most 2400 px,
 *                                           no metadata, progressive JPEG
 *
 * Existing files are never overwritten without --force, so a real photo is never replaced by a drawing.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { brandNames, drawSvg, motifNames } from './images/motifs.mjs';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    manifest: { type: 'string', default: path.join(root, 'scripts/images/manifest.json') },
    out: { type: 'string', default: path.join(root, 'content/images') },
    force: { type: 'boolean', default: false },
    photo: { type: 'string' },
    to: { type: 'string' },
  },
});

function fail(message) {
  console.error(`make-images: ${message}`);
  process.exit(1);
}

/** Resolves `file` inside the output folder, refusing anything that could land elsewhere. */
function target(file, where, field = '"file"') {
  if (typeof file !== 'string') fail(`${where}: ${field} must be a string like "products/kemplang-panggang.jpg", got ${JSON.stringify(file)}`);
  if (path.isAbsolute(file) || file.split(/[\\/]/).includes('..')) {
    fail(`${where}: ${field} must be a relative path inside the output folder (no "..", no leading "/"), got ${JSON.stringify(file)}`);
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*\.jpg$/.test(file)) {
    fail(`${where}: ${field} must be a relative path of lowercase slugs ending in .jpg, e.g. "products/kemplang-panggang.jpg", got ${JSON.stringify(file)}`);
  }
  const out = path.resolve(values.out);
  const resolved = path.resolve(out, file);
  if (!resolved.startsWith(out + path.sep)) fail(`${where}: ${field} escapes the output folder ${out}`);
  return resolved;
}

// sharp writes no metadata unless asked (keepMetadata/withMetadata), so outputs carry no EXIF, XMP or ICC profile.
const jpeg = (image, quality) => image.toColourspace('srgb').jpeg({ quality, progressive: true, mozjpeg: true });

async function drawAll() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(values.manifest, 'utf8'));
  } catch (error) {
    fail(`cannot read ${values.manifest}: ${error.message}`);
  }
  if (!Array.isArray(manifest)) fail(`${values.manifest} must hold a JSON array of { file, motif, label?, hue?, brand? }`);
  const jobs = manifest.map((entry, index) => {
    const where = `${values.manifest} entry [${index}]`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) fail(`${where}: expected an object { file, motif, label?, hue?, brand? }`);
    const unknown = Object.keys(entry).filter((key) => !['file', 'motif', 'label', 'hue', 'brand'].includes(key));
    if (unknown.length) fail(`${where}: unknown field ${JSON.stringify(unknown[0])}; allowed: file, motif, label, hue, brand`);
    if (entry.motif === undefined) fail(`${where}: "motif" is missing; expected one of ${motifNames.join(', ')}`);
    if (!motifNames.includes(entry.motif)) fail(`${where}: unknown "motif" ${JSON.stringify(entry.motif)}; expected one of ${motifNames.join(', ')}`);
    if (entry.hue !== undefined && (typeof entry.hue !== 'number' || !Number.isFinite(entry.hue) || entry.hue < 0 || entry.hue > 360)) fail(`${where}: "hue" must be a number from 0 to 360, got ${JSON.stringify(entry.hue)}`);
    if (entry.brand !== undefined && !brandNames.includes(entry.brand)) fail(`${where}: unknown "brand" ${JSON.stringify(entry.brand)}; expected a producer slug, one of ${brandNames.join(', ')}`);
    if (entry.label !== undefined && typeof entry.label !== 'string') fail(`${where}: "label" must be text`);
    return { entry, file: target(entry.file, where) };
  });
  const seen = new Map();
  jobs.forEach(({ entry }, index) => {
    if (seen.has(entry.file)) fail(`${values.manifest} entry [${index}]: "file" ${JSON.stringify(entry.file)} repeats entry [${seen.get(entry.file)}]`);
    seen.set(entry.file, index);
  });
  let drawn = 0;
  for (const { entry, file } of jobs) {
    if (existsSync(file) && !values.force) continue;
    mkdirSync(path.dirname(file), { recursive: true });
    await jpeg(sharp(Buffer.from(drawSvg(entry, entry.file))), 80).toFile(file);
    drawn += 1;
  }
  console.log(`make-images: drew ${drawn} image(s), kept ${jobs.length - drawn} existing`);
}

async function preparePhoto() {
  if (!values.to) fail('--photo needs --to, e.g. --to products/kemplang-panggang.jpg');
  const file = target(values.to, '--to', 'the path');
  if (existsSync(file) && !values.force) fail(`${file} exists; add --force to replace it`);
  if (!existsSync(values.photo)) fail(`no such photo: ${values.photo}`);
  mkdirSync(path.dirname(file), { recursive: true });
  const info = await jpeg(sharp(values.photo).rotate().resize({ width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true }), 82).toFile(file);
  if (info.width < 1200) console.warn(`make-images: warning: ${values.to} is ${info.width} px wide; photos should be at least 1200 px wide to look sharp`);
  console.log(`make-images: wrote ${file} (${info.width}×${info.height})`);
}

await (values.photo ? preparePhoto() : drawAll());
