/**
 * scripts/images/motifs/text.mjs: label text is measured before it is drawn
 * and shrunk or wrapped so it always stays on its label.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fitLines, LINE_HEIGHT, SANS, SERIF, textWidth } from '../../scripts/images/motifs/text.mjs';

const manifest: { label?: string }[] = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../scripts/images/manifest.json'), 'utf8'));
const labels = [...new Set(manifest.map((entry) => entry.label).filter((label): label is string => Boolean(label)))];

/** Renders one line of bold text with librsvg (as make-images does) and returns the width of its ink in px. */
async function inkWidth(text: string, size: number, family: string): Promise<number> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="${size * 2}"><rect width="100%" height="100%" fill="#fff"/><text x="10" y="${size * 1.4}" font-family="${family}" font-size="${size}" font-weight="700">${text}</text></svg>`;
  const { info } = await sharp(Buffer.from(svg)).trim({ threshold: 10 }).toBuffer({ resolveWithObject: true });
  return info.width;
}

describe('textWidth', () => {
  it.each([
    ['Kemplang Panggang Arang', 'sans', SANS],
    ['WWW mmm Braket Baja', 'sans', SANS],
    ['Syal Batik Warna Alam', 'serif', SERIF],
    ['iiil 1111 Gula Semut', 'serif', SERIF],
  ])('measures %s (%s) within a few percent of the rendered text', async (text, font, family) => {
    const estimate = textWidth(text, 60, font);
    const ink = await inkWidth(text, 60, family);
    // The advance width includes side bearings, so it is never narrower than the ink.
    expect(ink).toBeLessThanOrEqual(estimate + 2);
    expect(ink).toBeGreaterThan(estimate * 0.9);
  });

  it('counts unknown glyphs as wide', () => {
    expect(textWidth('×', 100)).toBe(100);
    expect(textWidth('', 100)).toBe(0);
  });
});

describe('fitLines', () => {
  it('keeps a short label on one line at the largest size', () => {
    expect(fitLines('Tahu Putih', { w: 600, h: 200, max: 50 })).toEqual({ size: 50, lines: ['Tahu Putih'], fits: true });
  });

  it('wraps a long label into two even lines before shrinking it', () => {
    const fit = fitLines('Kemplang Panggang Arang', { w: 380, h: 140, max: 50 });
    expect(fit.lines).toEqual(['Kemplang', 'Panggang Arang']);
    expect(fit.size).toBeGreaterThanOrEqual(40);
  });

  it('shrinks the font when two lines do not fit the height', () => {
    const fit = fitLines('Kemplang Panggang Arang', { w: 380, h: 70, max: 50 });
    expect(fit.fits).toBe(true);
    expect(fit.lines.length * fit.size * LINE_HEIGHT).toBeLessThanOrEqual(70);
    expect(Math.max(...fit.lines.map((line) => textWidth(line, fit.size)))).toBeLessThanOrEqual(380);
  });

  it('cuts text that cannot fit even at the smallest size with an ellipsis, still inside the box', () => {
    const fit = fitLines('Supercalifragilisticexpialidocious Kerupuk', { w: 200, h: 30, max: 40, min: 18 });
    expect(fit.fits).toBe(false);
    expect(fit.lines.at(-1)).toMatch(/…$/);
    for (const line of fit.lines) expect(textWidth(line, fit.size)).toBeLessThanOrEqual(200);
  });

  it.each([
    [300, 120],
    [220, 90],
    [160, 70],
  ])('fits every label in the manifest into a %i×%i box', (w, h) => {
    for (const label of labels) {
      for (const font of ['sans', 'serif']) {
        const fit = fitLines(label, { w, h, max: 56, min: 12, font });
        expect(fit.fits, label).toBe(true);
        expect(fit.lines.length * fit.size * LINE_HEIGHT, label).toBeLessThanOrEqual(h);
        for (const line of fit.lines) expect(textWidth(line, fit.size, font), `${label} / ${line}`).toBeLessThanOrEqual(w);
        expect(fit.lines.join(' '), label).toBe(label.trim().replace(/\s+/g, ' '));
      }
    }
  });
});
