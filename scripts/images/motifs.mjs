/**
 * The motif registry: flat illustrations of the catalogue's product types and
 * places, drawn as SVG (1600×1200). Each motif is a function of a drawing
 * context (hue-shifted palette, label, seeded random source); the drawings
 * live in ./motifs/, grouped by kind, with shared pieces in ./motifs/helpers.mjs.
 */
import { brands, plainBrand } from './motifs/brands.mjs';
import { covers } from './motifs/covers.mjs';
import * as crackers from './motifs/crackers.mjs';
import * as foods from './motifs/foods.mjs';
import * as goods from './motifs/goods.mjs';
import { HEIGHT, makeContext, WIDTH } from './motifs/helpers.mjs';
import { cluster, event, region } from './motifs/places.mjs';

export { brandNames } from './motifs/brands.mjs';
export { escapeXml, HEIGHT, seeded, WIDTH } from './motifs/helpers.mjs';

export const motifs = {
  cluster,
  event,
  region,
  'kemplang-kraft-pouch': crackers.kemplangKraftPouch,
  'kemplang-basket': crackers.kemplangBasket,
  'kemplang-raw-bag': crackers.kemplangRawBag,
  'kemplang-shelf': crackers.kemplangShelf,
  'kemplang-closeup': crackers.kemplangCloseup,
  'kemplang-charcoal-bag': crackers.kemplangCharcoalBag,
  'kemplang-plate': crackers.kemplangPlate,
  'kemplang-pouch-front': crackers.kemplangPouchFront,
  'kemplang-chilli-open': crackers.kemplangChilliOpen,
  'kemplang-gift-box': crackers.kemplangGiftBox,
  'kerupuk-bawang-bag': crackers.kerupukBawangBag,
  'kerupuk-ikan-bag': crackers.kerupukIkanBag,
  'kerupuk-finger-pouch': crackers.kerupukFingerPouch,
  'kerupuk-drying-tray': crackers.kerupukDryingTray,
  'kerupuk-udang-bowl': crackers.kerupukUdangBowl,
  'kerupuk-udang-orange': crackers.kerupukUdangOrange,
  'sambal-bottle': crackers.sambalBottle,
  'rice-vacuum-brick': foods.riceVacuumBrick,
  'rice-sack': foods.riceSack,
  'tofu-tray': foods.tofuTray,
  'tempe-leaf-parcels': foods.tempeLeafParcels,
  'tempe-slab': foods.tempeSlab,
  'tempe-chips-pouch': foods.tempeChipsPouch,
  'terasi-sachets': foods.terasiSachets,
  'terasi-blocks': foods.terasiBlocks,
  'terasi-carton': foods.terasiCarton,
  'bandeng-smoked-pack': foods.bandengSmokedPack,
  'bandeng-presto-pack': foods.bandengPrestoPack,
  'bandeng-fried-plate': foods.bandengFriedPlate,
  'lumpia-frozen-pack': foods.lumpiaFrozenPack,
  'lumpia-bag': foods.lumpiaBag,
  'sugar-cakes-leaf': goods.sugarCakesLeaf,
  'sugar-scoop-bag': goods.sugarScoopBag,
  'sugar-sacks-pallet': goods.sugarSacksPallet,
  'sugar-sticks-coffee': goods.sugarSticksCoffee,
  'gula-puan-jar': goods.gulaPuanJar,
  'pineapple-cans': goods.pineappleCans,
  'pineapple-jam-jar': goods.pineappleJamJar,
  'pineapple-chips-foil': goods.pineappleChipsFoil,
  'batik-bolts': goods.batikBolts,
  'batik-tulis-length': goods.batikTulisLength,
  'batik-indigo-fern': goods.batikIndigoFern,
  'batik-crackle-closeup': goods.batikCrackleCloseup,
  'batik-scarf-box': goods.batikScarfBox,
  'metal-brackets-tray': goods.metalBracketsTray,
  'metal-exhaust': goods.metalExhaust,
  'metal-baking-tins': goods.metalBakingTins,
  'metal-wok': goods.metalWok,
  ...covers,
};

export const motifNames = Object.keys(motifs);

/**
 * The complete SVG document for one manifest entry (`brand`: a producer's
 * look from ./motifs/brands.mjs). `seed` (the entry's file name) varies the
 * random details between images of the same motif.
 * @param {{ motif: string, label?: string, hue?: number, brand?: string }} entry
 * @param {string} [seed]
 * @returns {string}
 */
export function drawSvg({ motif, label = '', hue = 30, brand }, seed) {
  const draw = motifs[motif];
  if (!draw) throw new Error(`unknown motif "${motif}"`);
  if (brand !== undefined && !brands[brand]) throw new Error(`unknown brand "${brand}"`);
  const look = brand ? brands[brand] : plainBrand(hue);
  const ctx = makeContext({ hue, label, brand: look }, seed ?? `${motif}:${label}:${hue}`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${draw(ctx)}</svg>`;
}
