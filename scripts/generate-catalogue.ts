/**
 * A deterministic synthetic catalogue for scale tests and benchmarks.
 *
 *   npm run generate -- --products 10000 --producers 2000 --out /tmp/etalase-10k [--seed 1] [--force]
 *   (or ETALASE_CONTENT_DIR=/tmp/etalase-10k npm run generate -- --products 1000)
 *
 * Same arguments, same bytes. Regions, clusters, associations and taxonomies
 * are copied from content/; producers and products are generated in both
 * languages with a realistic mix of fields (every one marked `sample: true`,
 * placeholder contacts and certificate numbers), sharing one real photo per
 * category, or (`--photos unique`) each drawn in its own photo. Build the site
 * from it with `ETALASE_CONTENT_DIR=<out> npm run build`.
 * It never writes into content/.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import sharp from 'sharp';
import { parseCommandLine } from './lib/command-line';
import { generateCatalogue, type PhotoDrawing, type SourceCatalogue } from './lib/synthetic-catalogue';
import { drawSvg } from './images/motifs.mjs';

const repo = path.resolve(import.meta.dirname, '..');
const source = path.join(repo, 'content');

const USAGE = `Usage: npm run generate -- --out DIR [--products N] [--producers N] [--seed N] [--force]
  --out DIR       where to write the catalogue (or set ETALASE_CONTENT_DIR); never content/
  --products N    products to generate (default 1000)
  --producers N   producers to generate (default products / 5)
  --seed N        pseudo-random seed (default 1): same arguments, same bytes
  --photos KIND   shared (default): one photo per category; unique: every product its own drawn photo
  --force         replace DIR when it is not empty
  --help          show this`;

function fail(message: string): never {
  console.error(`generate-catalogue: ${message}\n\n${USAGE}`);
  process.exit(2);
}

const { values } = parseCommandLine(
  {
    options: {
      products: { type: 'string', default: '1000' },
      producers: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      photos: { type: 'string', default: 'shared' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  },
  USAGE,
  fail,
);
const products = Number(values.products);
const producers = values.producers ? Number(values.producers) : Math.max(1, Math.round(products / 5));
const seed = Number(values.seed);
if (!Number.isInteger(products) || products < 1) fail('--products must be a positive whole number');
if (!Number.isInteger(producers) || producers < 1 || producers > products) fail('--producers must be a whole number between 1 and --products');
const outArg = values.out ?? process.env.ETALASE_CONTENT_DIR;
const photos = values.photos;
if (photos !== 'shared' && photos !== 'unique') fail(`--photos must be shared or unique, got ${JSON.stringify(photos)}`);
if (!outArg) fail('say where to write: --out DIR (or ETALASE_CONTENT_DIR)');
const out = path.resolve(outArg);
if (out === source || out.startsWith(`${source}${path.sep}`) || source.startsWith(`${out}${path.sep}`)) fail(`refusing to write into or over ${source}`);
if (existsSync(out) && readdirSync(out).length > 0) {
  if (!values.force) fail(`${out} is not empty (use --force to replace it)`);
  rmSync(out, { recursive: true, force: true });
}

/** The real catalogue pieces the synthetic one reuses. */
function readSource(): SourceCatalogue {
  const frontMatter = (file: string) => (loadYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') ?? {}) as Record<string, unknown>;
  const entries = (folder: string) =>
    readdirSync(path.join(source, folder))
      .filter((f) => /^[a-z0-9-]+\.mdx?$/.test(f))
      .sort()
      .map((f) => ({ slug: f.replace(/\.mdx?$/, ''), data: frontMatter(path.join(source, folder, f)), file: path.join(source, folder, f) }));
  const taxonomy = (name: string) => loadYaml(readFileSync(path.join(source, 'taxonomies', `${name}.yaml`), 'utf8')) as Record<string, unknown>[];
  const photos = new Map<string, SourceCatalogue['photos'][string]>();
  const manifest = JSON.parse(readFileSync(path.join(repo, 'scripts/images/manifest.json'), 'utf8')) as { file: string; motif: string; hue?: number }[];
  const drawings = new Map(manifest.map((m) => [m.file, { motif: m.motif, hue: m.hue ?? 30 }]));
  for (const product of entries('products')) {
    const category = String(product.data.category);
    const image = (product.data.images as { src: string; alt: string }[] | undefined)?.[0];
    if (!image || photos.has(category)) continue;
    const translation = product.file.replace(/\.mdx?$/, '.id.md');
    const idAlt = existsSync(translation) ? (frontMatter(translation).imageAlts as Record<string, string> | undefined)?.[path.basename(image.src)] : undefined;
    const file = path.join(source, 'products', image.src);
    photos.set(category, { file, alt: image.alt, altId: idAlt ?? image.alt, drawing: drawings.get(path.relative(path.join(source, 'images'), file).split(path.sep).join('/')) });
  }
  return {
    regions: entries('regions').map((e) => e.slug),
    clusters: entries('clusters').map((e) => ({ slug: e.slug, region: String(e.data.region), categories: e.data.categories as string[] })),
    associations: entries('associations').map((e) => ({ slug: e.slug, region: String(e.data.region) })),
    categories: taxonomy('categories').map((c) => ({ id: String(c.id), food: c.food === true, hsHint: c.hsHint ? String(c.hsHint) : undefined })),
    photos: Object.fromEntries(photos),
  };
}

const catalogue = readSource();
mkdirSync(out, { recursive: true });
// Everything but the entries the generator replaces (news would point at real producers).
for (const folder of ['taxonomies', 'regions', 'clusters', 'associations']) cpSync(path.join(source, folder), path.join(out, folder), { recursive: true });
for (const folder of readdirSync(path.join(source, 'images'))) {
  if (!['products', 'producers', 'news'].includes(folder)) cpSync(path.join(source, 'images', folder), path.join(out, 'images', folder), { recursive: true });
}
mkdirSync(path.join(out, 'news'), { recursive: true });

const files = generateCatalogue(catalogue, { products, producers, seed, photos });
const drawings: [string, PhotoDrawing][] = [];
for (const [file, content] of files) {
  const target = path.join(out, file);
  mkdirSync(path.dirname(target), { recursive: true });
  if (typeof content === 'string') writeFileSync(target, content);
  else if ('copyFrom' in content) cpSync(content.copyFrom, target);
  else drawings.push([target, content.draw]);
}
// Drawn as scripts/make-images.mjs draws the catalogue's own placeholders (1600×1200 progressive JPEG), a few at a time,
// but with libjpeg's own encoder rather than mozjpeg: half the time per photo (about 0.13 s instead of 0.25 s), for files
// about a fifth larger. At 10,000 products that is 20 minutes less before a bench build can start; the build makes its
// own sizes from these files either way.
const DRAW_AT_ONCE = 4;
for (let i = 0; i < drawings.length; i += DRAW_AT_ONCE) {
  await Promise.all(
    drawings.slice(i, i + DRAW_AT_ONCE).map(([target, { seed: drawingSeed, ...entry }]) =>
      sharp(Buffer.from(drawSvg(entry, drawingSeed))).toColourspace('srgb').jpeg({ quality: 80, progressive: true }).toFile(target),
    ),
  );
}
console.log(`generate-catalogue: ${producers} producers and ${products} products (seed ${seed}, ${photos} photos${drawings.length ? `, ${drawings.length} drawn` : ''}) in ${out}`);
