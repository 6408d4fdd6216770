/**
 * `npm run new -- producer "Nama Usaha"`, `npm run new -- product <producer-slug> "Nama Produk"`,
 * `npm run new -- news "Judul"`: writes `<slug>.md` and `<slug>.id.md` from
 * scripts/templates/, with every field of the schema explained. Required
 * fields start empty, so `npm run check` fails until the editor fills them.
 * Never overwrites a file. Content root: ETALASE_CONTENT_DIR or content/.
 * Options: `--slug my-slug` to choose the file name instead of deriving it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCommandLine } from './lib/command-line';
import { contentRoot } from '~/lib/content-paths';
import { editDistance } from '~/lib/content-check/text';
import { SLUG_PATTERN } from '~/schemas/fields';
import { slugify } from '~/lib/slugify';

const usage = `Usage / Cara pakai:
  npm run new -- producer "Nama Usaha"
  npm run new -- product <producer-slug> "Nama Produk"
  npm run new -- news "Judul"
  (add --slug my-slug to choose the file name / tambahkan --slug nama-berkas untuk memilih nama berkas)`;

const kinds = { producer: 'producers', product: 'products', news: 'news' } as const;
type Kind = keyof typeof kinds;

function fail(message: string, showUsage = false): never {
  console.error(showUsage ? `${message}\n\n${usage}` : message);
  process.exit(1);
}

const { values, positionals } = parseCommandLine(
  { allowPositionals: true, options: { slug: { type: 'string' }, help: { type: 'boolean', short: 'h' } } },
  usage,
  (message) => fail(message, true),
);

const [kindArg, ...rest] = positionals;
if (!kindArg || !(kindArg in kinds)) fail(`Expected producer, product or news as the first argument${kindArg ? `, got "${kindArg}"` : ''}.`, true);
const kind = kindArg as Kind;
const expectedArgs = kind === 'product' ? 2 : 1;
if (rest.length !== expectedArgs) fail(`"${kind}" takes ${expectedArgs === 2 ? 'a producer slug and a name' : 'one name (in quotes)'}.`, true);
const name = rest[expectedArgs - 1]!.trim();
if (name.length < 2) fail('The name must have at least 2 characters. / Nama minimal 2 huruf.');

const root = contentRoot();
const folder = path.join(root, kinds[kind]);
const show = (file: string) => path.relative(process.env.INIT_CWD ?? process.cwd(), file) || file;

let producer = '';
if (kind === 'product') {
  producer = rest[0]!;
  const producers = entrySlugs(path.join(root, 'producers'));
  if (!producers.includes(producer)) {
    const near = closeMatches(producer, producers);
    fail(
      `No producer "${producer}" in ${show(path.join(root, 'producers'))}/. / Produsen "${producer}" tidak ada.\n` +
        (near.length ? `Did you mean / Maksudnya: ${near.join(', ')}` : `Create it first / Buat dulu: npm run new -- producer "Nama Usaha"`),
    );
  }
}

const slug = values.slug ?? slugify(name);
if (!SLUG_PATTERN.test(slug)) {
  fail(
    values.slug
      ? `--slug must be lowercase letters a-z, digits and single hyphens, got "${slug}".`
      : `Cannot make a file name from "${name}"; choose one with --slug. / Pilih nama berkas dengan --slug.`,
  );
}

// The catalogue names products `<product>-<producer>` (kemplang-panggang-bu-rahmah), so two producers' "Kemplang Panggang" never collide.
const productSlug = kind === 'product' ? withProducer(slug, producer) : slug;

const files = [`${slug}.md`, `${slug}.id.md`].map((file) => path.join(folder, file));
const existing = files.filter((file) => fs.existsSync(file) || fs.existsSync(file.replace(/\.md$/, '.mdx')));
if (existing.length) {
  const other = productSlug !== slug ? `--slug ${productSlug}` : '--slug';
  fail(
    `Not overwriting ${existing.map(show).join(' and ')}: edit it, or choose another name with ${other}.\n` +
      `Tidak menimpa berkas yang sudah ada: sunting berkas itu, atau pilih nama lain dengan ${other}.`,
  );
}

if (kind === 'producer') {
  const similar = similarProducers(slug, path.join(root, 'producers'));
  if (similar.length) {
    console.warn(
      `Warning / Peringatan: similar producers already exist / produsen dengan nama mirip sudah ada:\n` +
        similar.map((p) => `  ${show(p.file)}: ${p.name ?? p.slug}${p.region ? ` (${p.region})` : ''}`).join('\n') +
        `\nIf it is the same business, edit that file and delete the new ones. / Bila usahanya sama, sunting berkas itu dan hapus berkas baru ini.\n`,
    );
  }
}

const templates = path.join(import.meta.dirname, 'templates');
const fill = (text: string) =>
  text
    // JSON strings are valid YAML double-quoted scalars, safe for names with ":" or quotes.
    .replaceAll('{{name}}', JSON.stringify(name))
    .replaceAll('{{producer}}', producer)
    .replaceAll('{{slug}}', slug);

fs.mkdirSync(folder, { recursive: true });
for (const [file, template] of files.map((file, i) => [file, i === 0 ? `${kind}.md` : `${kind}.id.md`] as const)) {
  // `wx` fails instead of overwriting, should the file appear meanwhile.
  fs.writeFileSync(file, fill(fs.readFileSync(path.join(templates, template), 'utf8')), { flag: 'wx' });
  console.log(`created / dibuat: ${show(file)}`);
}
if (productSlug !== slug && !values.slug) {
  console.log(
    `\nProduct file names here end with the producer, so that another producer's "${name}" cannot collide: rename both files to ${productSlug}.md and ${productSlug}.id.md now (nothing refers to them yet), or next time add --slug ${productSlug}.\n` +
      `Nama berkas produk di katalog ini diakhiri nama produsen agar tidak bentrok dengan "${name}" milik produsen lain: ganti nama kedua berkas menjadi ${productSlug}.md dan ${productSlug}.id.md sekarang (belum ada yang merujuknya), atau lain kali tambahkan --slug ${productSlug}.`,
  );
}
console.log('\nFill in the fields marked REQUIRED, then run: npm run check\nIsi bagian yang bertanda WAJIB, lalu jalankan: npm run check');

function entrySlugs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => /^[^.]+\.mdx?$/.test(file))
    .map((file) => file.replace(/\.mdx?$/, ''));
}

/** The words of a business name without its legal form (UD, CV, KUB, …). */
function nameWords(slug: string): string[] {
  return slug.split('-').filter((w) => w && !['ud', 'cv', 'pt', 'kub', 'koperasi', 'perorangan'].includes(w));
}

/** `kemplang-bakar` of producer `kemplang-contoh` → `kemplang-bakar-contoh`: the producer's words the product name lacks. */
function withProducer(productSlug: string, producerSlug: string): string {
  const own = new Set(productSlug.split('-'));
  const suffix = nameWords(producerSlug).filter((w) => !own.has(w)).join('-');
  return suffix && !productSlug.endsWith(`-${suffix}`) ? `${productSlug}-${suffix}` : productSlug;
}

/** Producers whose name is the new one with words added or removed, or nearly the same letters (`kemplang-bu-sari` for `kemplang-bu-sari-cahaya`). */
function similarProducers(slug: string, dir: string): { slug: string; file: string; name?: string; region?: string }[] {
  const words = nameWords(slug);
  return entrySlugs(dir)
    .filter((other) => {
      const otherWords = nameWords(other);
      const [shorter, longer] = words.length <= otherWords.length ? [words, otherWords] : [otherWords, words];
      const contained = shorter.length >= 2 && shorter.every((w) => longer.includes(w));
      return contained || editDistance(words.join('-'), otherWords.join('-')) <= Math.max(2, Math.floor(slug.length / 6));
    })
    .map((other) => {
      const file = path.join(dir, `${other}.md`);
      const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      const field = (key: string) => new RegExp(`^${key}: *"?([^"\\n]+)"?$`, 'm').exec(text)?.[1]?.trim();
      return { slug: other, file, name: field('name'), region: field('region') };
    });
}

/** Slugs that look like a typo of `input` or share a word with it, closest first. */
function closeMatches(input: string, candidates: string[], max = 5): string[] {
  const words = new Set(input.toLowerCase().split('-').filter((w) => w.length >= 3));
  const limit = Math.max(2, Math.floor(input.length / 3));
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(input.toLowerCase(), candidate) }))
    .filter(({ candidate, distance }) => distance <= limit || candidate.split('-').some((w) => words.has(w)))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map(({ candidate }) => candidate);
}
