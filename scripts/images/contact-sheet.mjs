#!/usr/bin/env node
/**
 * A contact sheet: every image of a content/images folder as a captioned
 * thumbnail on one PNG, to review the drawings (or photos) side by side.
 *
 *   node scripts/images/contact-sheet.mjs [folder=products] [out=contact-sheet-<folder>.png]
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { escapeXml } from './motifs/helpers.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const folder = process.argv[2] ?? 'products';
const out = path.resolve(process.argv[3] ?? `contact-sheet-${folder}.png`);
const dir = path.join(root, 'content/images', folder);
const files = readdirSync(dir).filter((file) => /\.(jpe?g|png|webp)$/i.test(file)).sort();

const W = 400;
const H = 300;
const CAPTION = 34;
const COLS = 6;
const rows = Math.ceil(files.length / COLS);
const tiles = await Promise.all(
  files.map(async (file, i) => {
    const caption = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${CAPTION}"><rect width="100%" height="100%" fill="#fff"/><text x="${W / 2}" y="23" font-family="DejaVu Sans" font-size="${file.length > 40 ? 13 : 15}" text-anchor="middle" fill="#222">${escapeXml(file.replace(/\.\w+$/, ''))}</text></svg>`;
    const left = (i % COLS) * W;
    const top = Math.floor(i / COLS) * (H + CAPTION);
    return [
      { input: await sharp(path.join(dir, file)).resize(W, H, { fit: 'cover' }).toBuffer(), left, top },
      { input: Buffer.from(caption), left, top: top + H },
    ];
  }),
);
await sharp({ create: { width: COLS * W, height: rows * (H + CAPTION), channels: 3, background: '#fff' } })
  .composite(tiles.flat())
  .png()
  .toFile(out);
console.log(`contact-sheet: ${files.length} image(s) from content/images/${folder} -> ${out}`);
