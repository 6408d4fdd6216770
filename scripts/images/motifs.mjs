/**
 * The motif registry: flat illustrations of the catalogue's product types and
 * places, drawn as SVG (1600×1200). Each motif is a function of a drawing
 * context (hue-shifted palette, label, seeded random source); the drawings
 * live in ./motifs/, grouped by kind, with shared pieces in ./motifs/helpers.mjs.
 */
import { HEIGHT, makeContext, WIDTH } from './motifs/helpers.mjs';
import { batik, logam } from './motifs/craft.mjs';
import { nanasKaleng, nanasOlahan } from './motifs/pineapple.mjs';
import { cluster, event, region, workshop } from './motifs/places.mjs';
import { kemplang, kerupuk, kerupukUdang } from './motifs/snacks.mjs';
import { bandeng, beras, kulitLumpia, tahu, tempe, terasi } from './motifs/staples.mjs';
import { gulaKelapa, gulaPuan, gulaSemut } from './motifs/sugar.mjs';

export { escapeXml, HEIGHT, seeded, WIDTH } from './motifs/helpers.mjs';

export const motifs = {
  kemplang,
  kerupuk,
  'kerupuk-udang': kerupukUdang,
  'gula-kelapa': gulaKelapa,
  'gula-semut': gulaSemut,
  'nanas-kaleng': nanasKaleng,
  'nanas-olahan': nanasOlahan,
  'gula-puan': gulaPuan,
  terasi,
  beras,
  batik,
  logam,
  tahu,
  tempe,
  bandeng,
  'kulit-lumpia': kulitLumpia,
  workshop,
  cluster,
  event,
  region,
};

export const motifNames = Object.keys(motifs);

/**
 * The complete SVG document for one manifest entry. `seed` (the entry's file
 * name) varies the random details between images of the same motif.
 */
export function drawSvg({ motif, label = '', hue = 30 }, seed) {
  const draw = motifs[motif];
  if (!draw) throw new Error(`unknown motif "${motif}"`);
  const ctx = makeContext({ hue, label }, seed ?? `${motif}:${label}:${hue}`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${draw(ctx)}</svg>`;
}
