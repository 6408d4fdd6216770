/**
 * The content checker: every file of a content root against the schemas in
 * src/schemas/ plus the cross-checks Astro cannot do with a useful message
 * (references, images, slugs, translations) and the trust signals of
 * DESIGN.md (expired certificates, stale verification) as warnings.
 *
 * Every file is always checked: a broken entry only produces issues about
 * itself, and `counts` tells how many entries of each collection are valid.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { localeConfig, translatedLocales, type Locale } from '../../i18n/locales';
import {
  allergenSchema,
  associationSchema,
  categorySchema,
  certificateKindSchema,
  clusterSchema,
  marketSchema,
  newsSchema,
  producerSchema,
  productSchema,
  regionSchema,
  translationSchemas,
  type ReferencedCollection,
  type SchemaTools,
} from '../../schemas/collections';
import { SLUG_PATTERN, hasValidGtinCheckDigit } from '../../schemas/fields';
import { gtin14 } from '../gtin';
import { imageSize } from 'image-size';
import { checkBody } from './body';
import { checkSample } from './sample';
import { contentRoot, entryCollections, taxonomyCollections, type EntryCollection, type TaxonomyCollection } from '../content-paths';
import { isStale, startOfDay } from '../dates';
import { certificateStatus } from '../trust';
import { hint, hints } from './hints';
import { displayPath, loadContent, type EntryFile, type TaxonomyFile } from './load';
import { clip, closest, formatPath, isoDay, listSome, quote, slugify } from './text';
import type { CheckOptions, CheckResult, Counts, Hint, Issue } from './types';
import { objectKeysAt, validate, type Explained } from './zod-issues';

const singular: Record<ReferencedCollection, string> = {
  regions: 'region',
  clusters: 'cluster',
  associations: 'association',
  producers: 'producer',
  products: 'product',
  categories: 'category',
  certificates: 'certificate kind',
  allergens: 'allergen',
  markets: 'market',
};

/** The same, in Indonesian, for hints. */
const singularId: Record<EntryCollection, string> = {
  regions: 'wilayah',
  clusters: 'sentra',
  associations: 'asosiasi',
  producers: 'produsen',
  products: 'produk',
  news: 'berita',
};

const taxonomySchemas: Record<TaxonomyCollection, z.ZodType> = {
  categories: categorySchema,
  certificates: certificateKindSchema,
  allergens: allergenSchema,
  markets: marketSchema,
};

const isTaxonomy = (collection: string): collection is TaxonomyCollection => (taxonomyCollections as readonly string[]).includes(collection);

/** File types Astro's `image()` can process. */
const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tiff', '.svg']);

export function checkContent(root: string = contentRoot(), options: CheckOptions = {}): CheckResult {
  const today = startOfDay(options.today ?? new Date());
  const cwd = options.cwd ?? process.cwd();
  const content = loadContent(root, { cwd });
  const issues: Issue[] = [...content.issues];
  const show = (absPath: string) => displayPath(absPath, cwd);
  const folderOf = (collection: EntryCollection) => `${show(path.join(root, collection))}/`;
  const counts = emptyCounts();

  // ---------------------------------------------------------------- taxonomies

  const taxonomyItems = {} as Record<TaxonomyCollection, Map<string, Record<string, unknown>> | null>;
  for (const collection of taxonomyCollections) {
    const taxonomy = content.taxonomies[collection];
    taxonomyItems[collection] = checkTaxonomy(taxonomy, taxonomySchemas[collection], issues, counts[collection]);
  }

  // ---------------------------------------------------------------- what exists

  const known = {} as Record<ReferencedCollection | EntryCollection, ReadonlySet<string> | null>;
  for (const collection of taxonomyCollections) {
    const items = taxonomyItems[collection];
    known[collection] = items ? new Set(items.keys()) : null; // An unreadable taxonomy is reported once, not at every reference.
  }
  const baseBySlug = new Map<string, EntryFile[]>();
  for (const collection of entryCollections) known[collection] = new Set();
  for (const entry of content.entries) {
    (known[entry.collection] as Set<string>).add(entry.slug);
    const key = `${entry.collection}/${entry.slug}`;
    baseBySlug.set(key, [...(baseBySlug.get(key) ?? []), entry]);
  }

  // ---------------------------------------------------------------- file names

  for (const entry of [...content.entries, ...content.translations]) {
    if (!SLUG_PATTERN.test(entry.slug)) issues.push(invalidSlug(entry));
  }
  for (const group of duplicates([...content.entries, ...content.translations])) {
    for (const entry of group) {
      const others = group.filter((e) => e !== entry).map((e) => e.file);
      issues.push({
        severity: 'error',
        code: 'duplicate-slug',
        file: entry.file,
        field: '(file name)',
        message: `the slug "${entry.slug}"${entry.locale ? ` (${entry.locale})` : ''} is also used by ${others.join(', ')}: only one of them would be published`,
        hint: hint(
          'Keep one of the files and delete the other, or rename one (the slug is the file name without .md/.mdx) and update references to it.',
          'Simpan salah satu berkas dan hapus yang lain, atau ganti nama salah satunya (slug adalah nama berkas tanpa .md/.mdx) lalu perbarui rujukannya.',
        ),
      });
    }
  }

  // ---------------------------------------------------------------- schemas bound to the checker

  let current: EntryFile | undefined;
  let currentImages: string[] = [];
  /** Image names of the current entry whose path is wrong: alt texts keyed by them prove nothing. */
  let currentBroken: string[] = [];
  const imageCheck = new ImageCheck(show);

  const tools: SchemaTools<z.ZodType<string>, z.ZodType<string>> = {
    ref: (collection) =>
      z
        .string({ error: `expected the ${isTaxonomy(collection) ? 'id' : 'slug'} of a ${singular[collection]}, e.g. "${exampleId(collection, known)}"` })
        .refine((value) => known[collection]?.has(value) ?? true, { params: { check: 'reference', collection } }),
    image: () =>
      z.string({ error: 'expected the path of an image file, e.g. "../images/products/name.jpg"' }).refine(
        (src) => {
          const name = path.posix.basename(src);
          const problem = current ? imageCheck.problem(current.absPath, src) : undefined;
          if (name) (problem && problem.code !== 'image-too-large' ? currentBroken : currentImages).push(name);
          if (!current) return true;
          if (problem) return false;
          const sizeWarning = imageCheck.sizeWarning(current, src);
          if (sizeWarning) issues.push(sizeWarning);
          return true;
        },
        { params: { check: 'image' } },
      ),
  };
  const schemas: Record<EntryCollection, z.ZodType> = {
    regions: regionSchema,
    clusters: clusterSchema(tools),
    associations: associationSchema(tools),
    producers: producerSchema(tools),
    products: productSchema(tools),
    news: newsSchema(tools),
  };

  const explainCustom = (entry: EntryFile) => (check: string, value: unknown, params: Record<string, unknown>): Explained | undefined => {
    if (check === 'reference') return explainReference(params.collection as ReferencedCollection, value);
    if (check === 'image' && typeof value === 'string') return imageCheck.problem(entry.absPath, value);
    return undefined;
  };

  const explainReference = (collection: ReferencedCollection, value: unknown): Explained => {
    const ids = [...(known[collection] ?? [])].sort();
    const suggestion = typeof value === 'string' ? (knownName(collection, value, ids) ?? closest(value, ids)) : undefined;
    const mean = suggestion ? `Did you mean "${suggestion}"? ` : '';
    const meanId = suggestion ? `Maksudnya "${suggestion}"? ` : '';
    if (isTaxonomy(collection)) {
      const file = content.taxonomies[collection].file;
      // Taxonomy items (certificate kinds above all) describe the real world: editors pick one, maintainers add them.
      return {
        code: 'unknown-reference',
        message: `no ${singular[collection]} ${quote(value)} exists: expected an id from ${file} (${listSome(ids, 20)})`,
        hint: hint(
          `${mean}Use one of the ids in ${file}, written exactly as there. If none fits, ask a maintainer whether to add an item with this id there; do not add ${collection === 'certificates' ? 'a certificate kind' : 'one'} yourself.`,
          `${meanId}Gunakan salah satu id di ${file}, ditulis persis seperti di sana. Bila tidak ada yang cocok, tanyakan kepada pengelola apakah butir dengan id ini perlu ditambahkan; jangan menambahkannya sendiri.`,
        ),
      };
    }
    const folder = folderOf(collection as EntryCollection);
    const blank = typeof value !== 'string' || !value.trim();
    const create = `${folder}${clip(String(value))}.md`;
    // Editors add producers, products and news; regions, clusters and associations are added by maintainers.
    const byEditors = collection === 'producers' || collection === 'products';
    const orCreate = blank ? '.' : byEditors ? `, or create ${create} first.` : `; if it is missing, ask a maintainer to add ${create}.`;
    const orCreateId = blank ? '.' : byEditors ? `, atau buat dulu ${create}.` : `; bila belum ada, minta pengelola menambahkan ${create}.`;
    return {
      code: 'unknown-reference',
      message: `no ${singular[collection]} ${quote(value)} exists: expected the slug (file name without .md) of an entry in ${folder}`,
      hint: hint(
        `${mean}Use the file name of an existing ${singular[collection]} without .md (${listSome(ids, 8)})${orCreate}`,
        `${meanId}Gunakan nama berkas ${singularId[collection as EntryCollection]} yang sudah ada tanpa .md (${listSome(ids, 8, 'id')})${orCreateId}`,
      ),
    };
  };

  // ---------------------------------------------------------------- base entries

  const imagesOf = new Map<EntryFile, { images: string[]; broken: string[] }>();
  const productsBySlug = new Map(content.entries.filter((e) => e.collection === 'products').map((e) => [e.slug, e]));
  for (const entry of content.entries) {
    if (!entry.readable) continue;
    current = entry;
    currentImages = [];
    currentBroken = [];
    const schema = schemas[entry.collection];
    const result = validate({ file: entry.file, source: entry, data: entry.data, schema, explainCustom: explainCustom(entry) });
    current = undefined;
    imagesOf.set(entry, { images: currentImages, broken: currentBroken });
    issues.push(...result.issues);
    // Read from the raw data, so a schema error elsewhere in the file does not hide these.
    const data = entry.data;
    issues.push(...checkSample(entry, new Set(result.issues.map((i) => i.field))));
    if (entry.collection === 'producers') {
      issues.push(...checkCertificates(entry, data, today, taxonomyItems.certificates, productsBySlug));
    }
    if (entry.collection === 'producers' || entry.collection === 'products') {
      issues.push(...checkVerification(entry, data, today));
      issues.push(...checkMarkets(entry, data, taxonomyItems.markets, content.taxonomies.markets.file));
    }
  }

  issues.push(...checkGtins(content.entries.filter((e) => e.collection === 'products' && e.readable)));

  // ---------------------------------------------------------------- translations

  const translated = new Set<string>();
  for (const translation of content.translations) {
    const collection = translation.collection;
    const base = baseBySlug.get(`${collection}/${translation.slug}`)?.[0];
    translated.add(`${collection}/${translation.slug}/${translation.locale}`);
    if (!base) issues.push(translationWithoutBase(translation, [...(known[collection] ?? [])], folderOf(collection)));
    if (!translation.readable) continue;

    const schema = translationSchemas[collection];
    const baseFile = base?.file ?? `${folderOf(collection)}${translation.slug}.md`;
    const allowed = objectKeysAt(schema, []);
    const factFields = new Set(objectKeysAt(schemas[collection], []).filter((k) => !allowed.includes(k)));
    issues.push(...validate({ file: translation.file, source: translation, data: translation.data, schema, translation: { baseFile, factFields, allowed } }).issues);
    if (base?.readable) issues.push(...checkImageAlts(translation, base, imagesOf.get(base) ?? { images: [], broken: [] }), ...checkItemLists(translation, base));
  }

  // ---------------------------------------------------------------- texts (safe Markdown/MDX)

  for (const entry of [...content.entries, ...content.translations]) {
    if (entry.readable) issues.push(...checkBody({ file: entry.file, body: entry.body, firstLine: entry.bodyLine, format: entry.format }));
  }

  // ---------------------------------------------------------------- tally

  const filesWithErrors = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.file));
  for (const entry of content.entries) {
    if (filesWithErrors.has(entry.file)) continue; // Its errors come first; the reminder can wait.
    for (const locale of translatedLocales) {
      if (!translated.has(`${entry.collection}/${entry.slug}/${locale}`)) issues.push(missingTranslation(entry, locale));
    }
  }
  for (const entry of content.entries) {
    counts[entry.collection].total++;
    if (!filesWithErrors.has(entry.file)) counts[entry.collection].valid++;
  }
  for (const translation of content.translations) {
    counts[translation.collection].translations.total++;
    if (!filesWithErrors.has(translation.file)) counts[translation.collection].translations.valid++;
  }

  const sorted = issues.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { errors: sorted.filter((i) => i.severity === 'error'), warnings: sorted.filter((i) => i.severity === 'warning'), counts };
}

// ---------------------------------------------------------------- helpers

/**
 * A GTIN names one pack of one product, and its GS1 Digital Link `/01/<gtin14>/`
 * can lead to one product page only: the same barcode (compared as 14 digits,
 * so "9520001300103" and "09520001300103" are one) on two packs is an error on
 * each of them. Barcodes that are not well-formed are reported by the schema.
 */
function checkGtins(products: EntryFile[]): Issue[] {
  const packs = new Map<string, { entry: EntryFile; index: number; barcode: string }[]>();
  for (const entry of products) {
    const list = entry.data.packs;
    if (!Array.isArray(list)) continue;
    list.forEach((pack: unknown, index) => {
      const barcode = (pack as { barcode?: unknown } | null)?.barcode;
      if (typeof barcode !== 'string' || !/^(\d{8}|\d{12,14})$/.test(barcode) || !hasValidGtinCheckDigit(barcode)) return;
      const key = gtin14(barcode);
      packs.set(key, [...(packs.get(key) ?? []), { entry, index, barcode }]);
    });
  }
  const out: Issue[] = [];
  for (const [gtin, group] of packs) {
    if (group.length < 2) continue;
    for (const pack of group) {
      const field = `packs[${pack.index}].barcode`;
      const others = group.filter((o) => o !== pack).map((o) => `${o.entry === pack.entry ? 'this file' : o.entry.file} (packs[${o.index}])`);
      out.push({
        severity: 'error',
        code: 'duplicate-gtin',
        file: pack.entry.file,
        ...lineOf(pack.entry, ['packs', pack.index, 'barcode']),
        field,
        message: `the barcode ${quote(pack.barcode)} (GTIN ${gtin}) is also given for ${others.join(', ')}: a GS1 barcode names one pack of one product, and its address /01/${gtin}/ can lead to only one product page`,
        hint: hint(
          'Re-type each barcode from its own pack or from the GS1 Indonesia certificate. If two packs really carry the same number, keep it on the pack it was issued for and remove `barcode` from the other until it has its own.',
          'Ketik ulang setiap barcode dari kemasannya sendiri atau dari sertifikat GS1 Indonesia. Bila dua kemasan memang bernomor sama, simpan nomor itu pada kemasan yang memilikinya dan hapus `barcode` dari kemasan lain sampai kemasan itu punya nomor sendiri.',
        ),
      });
    }
  }
  return out;
}

function emptyCounts(): Counts {
  const counts: Record<string, unknown> = {};
  for (const c of entryCollections) counts[c] = { total: 0, valid: 0, translations: { total: 0, valid: 0 } };
  for (const c of taxonomyCollections) counts[c] = { total: 0, valid: 0 };
  return counts as Counts;
}

function exampleId(collection: ReferencedCollection, known: Record<string, ReadonlySet<string> | null>): string {
  const first = known[collection]?.values().next().value;
  return first ?? 'some-slug';
}

/** Validates the items of one taxonomy file; returns its items by id (null when unreadable). */
function checkTaxonomy(
  taxonomy: TaxonomyFile,
  schema: z.ZodType,
  issues: Issue[],
  count: { total: number; valid: number },
): Map<string, Record<string, unknown>> | null {
  if (!taxonomy.items) return null;
  const byId = new Map<string, Record<string, unknown>>();
  for (const item of taxonomy.items) {
    count.total++;
    const before = issues.length;
    const at = (field: PropertyKey[]) => ({ file: taxonomy.file, ...lineOf(taxonomy, [item.index, ...field]), field: formatPath([item.index, ...field]) });
    if (!item.id) {
      issues.push({
        severity: 'error',
        code: 'missing-field',
        ...at([]),
        field: formatPath([item.index, 'id']),
        message: 'missing required field `id`: expected a slug that entries use to refer to this item, e.g. "crackers"',
        hint: hint('Start the item with `- id: some-id` (lowercase letters, digits and hyphens).', 'Awali butir dengan `- id: nama-id` (huruf kecil, angka, dan tanda hubung).'),
      });
    } else if (!SLUG_PATTERN.test(item.id)) {
      issues.push({
        severity: 'error',
        code: 'invalid-value',
        ...at(['id']),
        message: `expected the id to be a slug (lowercase letters a-z, digits and single hyphens), got ${quote(item.id)}`,
        hint: hints.slugValue(item.id),
      });
    } else if (byId.has(item.id)) {
      issues.push({
        severity: 'error',
        code: 'duplicate-id',
        ...at(['id']),
        message: `the id "${item.id}" is used by an earlier item too: ids must be unique`,
        hint: hint('Merge the two items or give one of them another id.', 'Gabungkan kedua butir atau beri salah satunya id lain.'),
      });
    }
    issues.push(...validate({ file: taxonomy.file, source: taxonomy, data: item.data, schema, pathPrefix: [item.index] }).issues);
    if (item.id && !byId.has(item.id)) byId.set(item.id, item.data);
    if (issues.length === before) count.valid++;
  }
  return byId;
}

function lineOf(source: { lineOf(path: readonly PropertyKey[]): number | undefined }, field: readonly PropertyKey[]): { line?: number } {
  const line = source.lineOf(field);
  return line ? { line } : {};
}

function duplicates(files: EntryFile[]): EntryFile[][] {
  const groups = new Map<string, EntryFile[]>();
  for (const file of files) {
    const key = `${file.collection}/${file.slug}/${file.locale ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

function invalidSlug(entry: EntryFile): Issue {
  const suggested = slugify(entry.slug) || 'new-name';
  const extension = path.extname(entry.fileName);
  const renamed = `${suggested}${entry.locale ? `.${entry.locale}` : ''}${extension}`;
  const localeLike = /\.([a-z]{2,3})$/.exec(entry.slug)?.[1];
  const localeNote = localeLike
    ? ` If this is a translation: translation files are named <slug>.<language>.md and the configured languages are ${translatedLocales.join(', ')}; English goes in the base file.`
    : '';
  const localeNoteId = localeLike
    ? ` Bila ini terjemahan: berkas terjemahan bernama <slug>.<bahasa>.md dan bahasa yang tersedia adalah ${translatedLocales.join(', ')}; teks Inggris ada di berkas dasar.`
    : '';
  return {
    severity: 'error',
    code: 'invalid-slug',
    file: entry.file,
    field: '(file name)',
    message: `the file name ${quote(entry.slug)} is not a valid slug: file names become web addresses, so expected only lowercase letters a-z, digits and single hyphens`,
    hint: hint(
      `Rename the file to ${renamed} and update entries that refer to it.${localeNote}`,
      `Ganti nama berkas menjadi ${renamed} dan perbarui entri yang merujuknya.${localeNoteId}`,
    ),
  };
}

function translationWithoutBase(translation: EntryFile, baseSlugs: string[], folder: string): Issue {
  const suggestion = closest(translation.slug, baseSlugs);
  const ext = path.extname(translation.fileName);
  return {
    severity: 'error',
    code: 'translation-without-base',
    file: translation.file,
    field: '(file name)',
    message: `translation without a base entry: expected ${folder}${translation.slug}.md (facts and English text) next to it`,
    hint: hint(
      suggestion
        ? `If this translates ${folder}${suggestion}.md, rename it to ${suggestion}.${translation.locale}${ext}; otherwise create ${folder}${translation.slug}.md.`
        : `Create ${folder}${translation.slug}.md with the facts and English text, or delete this file.`,
      suggestion
        ? `Bila ini terjemahan ${folder}${suggestion}.md, ganti namanya menjadi ${suggestion}.${translation.locale}${ext}; bila bukan, buat ${folder}${translation.slug}.md.`
        : `Buat ${folder}${translation.slug}.md berisi fakta dan teks Inggris, atau hapus berkas ini.`,
    ),
  };
}

function missingTranslation(entry: EntryFile, locale: Locale): Issue {
  const language = localeConfig(locale).label;
  const name = `${entry.slug}.${locale}.md`;
  return {
    severity: 'warning',
    code: 'missing-translation',
    file: entry.file,
    field: '(translation)',
    message: `no ${language} translation: expected ${name} next to this file; until then the ${language} page shows the English text with a notice`,
    hint: hint(
      `Add ${name} with \`summary\` (and \`name\`/\`title\` if it differs) in ${language} in the front matter and the translated text below it.`,
      `Tambahkan ${name} berisi \`summary\` (serta \`name\`/\`title\` bila berbeda) dalam ${language} di front matter dan teks terjemahan di bawahnya.`,
    ),
  };
}

/** A translated list of items (a cluster's `programmes`) must follow the base file item by item. */
function checkItemLists(translation: EntryFile, base: EntryFile): Issue[] {
  const out: Issue[] = [];
  for (const [field, value] of Object.entries(translation.data)) {
    const baseList = base.data[field];
    if (!Array.isArray(value) || !Array.isArray(baseList) || !value.every((v) => typeof v === 'object' && v !== null)) continue;
    if (value.length === baseList.length) continue;
    out.push({
      severity: 'error',
      code: 'invalid-value',
      file: translation.file,
      ...lineOf(translation, [field]),
      field,
      message: `${value.length} item(s) here but ${baseList.length} in ${base.file}: expected one translated item per item there, in the same order`,
      hint: hint(
        `Give \`${field}\` exactly ${baseList.length} item(s), in the order of ${base.file}, each with only the translated text (e.g. \`- name: …\`).`,
        `Isi \`${field}\` dengan tepat ${baseList.length} butir, sesuai urutan di ${base.file}, masing-masing hanya berisi teks terjemahan (mis. \`- name: …\`).`,
      ),
    });
  }
  return out;
}

function checkImageAlts(translation: EntryFile, base: EntryFile, { images, broken }: { images: string[]; broken: string[] }): Issue[] {
  const out: Issue[] = [];
  const alts = translation.data.imageAlts;
  const given = alts && typeof alts === 'object' && !Array.isArray(alts) ? Object.keys(alts) : [];
  for (const name of given) {
    if (images.includes(name)) continue;
    const suggestion = closest(name, images);
    const field = ['imageAlts', name];
    // After a photo is renamed or mistyped in the base file, the alt text here may well be the right one.
    const fixBaseFirst = broken.length > 0 && !suggestion;
    out.push({
      severity: 'error',
      code: 'unknown-image-alt',
      file: translation.file,
      ...lineOf(translation, field),
      field: formatPath(field),
      message: `no image named ${quote(name)} in ${base.file}: expected one of its image file names (${listSome(images)})`,
      hint: fixBaseFirst
        ? hint(
            `First correct the image path in ${base.file}: ${listSome(broken.map((b) => quote(b)))} is not an existing file. Alt texts are keyed by the file name used there; if that becomes ${quote(name)}, this line is right as it is.`,
            `Perbaiki dulu jalur gambar di ${base.file}: ${listSome(broken.map((b) => quote(b)), 12, 'id')} bukan berkas yang ada. Teks alt dikunci dengan nama berkas di sana; bila namanya menjadi ${quote(name)}, baris ini sudah benar.`,
          )
        : hint(
            `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Alt texts are keyed by the image file name as used in the base file; remove this one if the image was removed.`,
            `${suggestion ? `Maksudnya "${suggestion}"? ` : ''}Teks alt dikunci dengan nama berkas gambar seperti di berkas dasar; hapus yang ini bila gambarnya sudah dihapus.`,
          ),
    });
  }
  const missing = images.filter((name) => !given.includes(name));
  if (missing.length) {
    const language = translation.locale ? localeConfig(translation.locale as Locale).label : 'this language';
    out.push({
      severity: 'warning',
      code: 'missing-image-alt',
      file: translation.file,
      ...lineOf(translation, ['imageAlts']),
      field: 'imageAlts',
      message: `no ${language} alt text for ${missing.map((m) => quote(m)).join(', ')}: the ${language} page will describe ${missing.length === 1 ? 'this photo' : 'these photos'} in English`,
      hint: hint(
        `Add \`imageAlts:\` with one line per photo, e.g. \`  ${clip(missing[0]!)}: "…"\`, describing what the photo shows.`,
        `Tambahkan \`imageAlts:\` dengan satu baris per foto, mis. \`  ${clip(missing[0]!)}: "…"\`, yang menjelaskan isi foto.`,
      ),
    });
  }
  return out;
}

function checkCertificates(
  entry: EntryFile,
  data: Record<string, unknown>,
  today: Date,
  kinds: Map<string, Record<string, unknown>> | null,
  products: Map<string, EntryFile>,
): Issue[] {
  const out: Issue[] = [];
  arrayOf(data.certificates).forEach((raw, i) => {
    const at = (...field: PropertyKey[]) => {
      const full = ['certificates', i, ...field];
      return { file: entry.file, ...lineOf(entry, full), field: formatPath(full) };
    };
    (Array.isArray(raw.products) ? raw.products : []).forEach((slug: unknown, j) => {
      const product = typeof slug === 'string' ? products.get(slug) : undefined;
      const owner = product?.data.producer;
      if (!product || typeof owner !== 'string' || owner === entry.slug) return;
      out.push({
        severity: 'error',
        code: 'reference-mismatch',
        ...at('products', j),
        message: `product "${product.slug}" belongs to producer "${owner}", not to this producer: expected one of this producer's own products`,
        hint: hint(
          `Remove "${product.slug}" from this certificate, or correct \`producer\` in ${product.file}.`,
          `Hapus "${product.slug}" dari sertifikat ini, atau perbaiki \`producer\` di ${product.file}.`,
        ),
      });
    });

    const validFrom = toDate(raw.validFrom);
    const validUntil = toDate(raw.validUntil);
    if (typeof raw.kind !== 'string' || !validFrom || (validUntil && validUntil < validFrom)) return; // The schema reports these.
    const kind = kinds?.get(raw.kind);
    const label = labelOf(kind) ?? raw.kind;
    const number = typeof raw.number === 'string' ? `${raw.number} ` : '';
    const status = certificateStatus({ validFrom, validUntil }, today);
    if (status === 'expired' && validUntil) {
      out.push({
        severity: 'warning',
        code: 'certificate-expired',
        ...at('validUntil'),
        message: `the ${label} ${number}expired on ${isoDay(validUntil)} (build date ${isoDay(today)}): it is shown as expired`,
        hint: hint(
          'Ask the producer for the renewed document and update `number`, `validFrom` and `validUntil`. If it was not renewed, leave it: the site marks it as expired.',
          'Minta dokumen perpanjangan kepada produsen lalu perbarui `number`, `validFrom`, dan `validUntil`. Bila tidak diperpanjang, biarkan: situs menandainya kedaluwarsa.',
        ),
      });
    } else if (status === 'not-yet-valid') {
      out.push({
        severity: 'warning',
        code: 'certificate-not-yet-valid',
        ...at('validFrom'),
        message: `the ${label} ${number}is valid only from ${isoDay(validFrom)} (build date ${isoDay(today)}): it is shown as not yet valid`,
        hint: hints.certificateDates(),
      });
    }
    if (kind?.expires === true && raw.validUntil === undefined) {
      out.push({
        severity: 'warning',
        code: 'certificate-without-expiry',
        ...at('validUntil'),
        message: `${label} documents expire, but no \`validUntil\` is given: buyers cannot see whether it is still valid`,
        hint: hint('Add `validUntil:` with the expiry date printed on the document (YYYY-MM-DD).', 'Tambahkan `validUntil:` dengan tanggal berakhir yang tercetak di dokumen (TAHUN-BULAN-HARI).'),
      });
    }
  });
  return out;
}

function checkVerification(entry: EntryFile, data: Record<string, unknown>, today: Date): Issue[] {
  const date = toDate(arrayOf([data.verification])[0]?.date);
  if (!date) return [];
  const verification = { date };
  const field = ['verification', 'date'];
  const where = () => ({ file: entry.file, ...lineOf(entry, field), field: formatPath(field) });
  if (isStale(verification.date, today)) {
    return [
      {
        severity: 'warning',
        code: 'verification-stale',
        ...where(),
        message: `last verified on ${isoDay(verification.date)}, more than 12 months before the build date ${isoDay(today)}: the listing is shown as not recently verified`,
        hint: hint(
          'Confirm the details with the producer, update anything that changed, then set `verification.date` to the day you checked and `verification.by` to your name or office.',
          'Konfirmasi data kepada produsen, perbarui yang berubah, lalu isi `verification.date` dengan tanggal pemeriksaan dan `verification.by` dengan nama atau kantor Anda.',
        ),
      },
    ];
  }
  if (startOfDay(verification.date).getTime() > today.getTime()) {
    return [
      {
        severity: 'warning',
        code: 'verification-in-future',
        ...where(),
        message: `verified on ${isoDay(verification.date)}, after the build date ${isoDay(today)}: expected the day the listing was checked`,
        hint: hints.date('date'),
      },
    ];
  }
  return [];
}

/**
 * Export markets are ISO country codes; the markets taxonomy gives them labels.
 * A code missing there is a warning, not an error: the page still shows the code.
 */
function checkMarkets(entry: EntryFile, data: Record<string, unknown>, markets: Map<string, Record<string, unknown>> | null, marketsFile: string): Issue[] {
  if (!markets) return [];
  const ids = [...markets.keys()];
  return arrayOf(data.exportMarkets).flatMap(({ country }, i): Issue[] => {
    if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country) || markets.has(country.toLowerCase())) return [];
    const field = ['exportMarkets', i, 'country'];
    return [
      {
        severity: 'warning',
        code: 'unknown-market',
        file: entry.file,
        ...lineOf(entry, field),
        field: formatPath(field),
        message: `export market "${country}" is not in ${marketsFile}: expected a country listed there (${listSome(ids.map((id) => id.toUpperCase()))}); the page shows the bare code`,
        hint: hint(
          `Check the country code, or add an item \`- id: ${country.toLowerCase()}\` with its label to ${marketsFile}.`,
          `Periksa kode negaranya, atau tambahkan butir \`- id: ${country.toLowerCase()}\` beserta labelnya ke ${marketsFile}.`,
        ),
      },
    ];
  });
}

/** The objects in a raw YAML list (anything else is the schema's to report). */
function arrayOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)) : [];
}

/** A YAML date (js-yaml and `yaml` both give Date objects) or a quoted YYYY-MM-DD. */
function toDate(value: unknown): Date | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

function describeSize({ bytes, width, height }: PhotoSize): string {
  const megabytes = `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return width && height ? `${megabytes} (${width} × ${height} px)` : megabytes;
}

/** The photo command, with `--to` naming the photo's place under content/images/ when it is there. */
function preparePhotoHint(src: string): Hint {
  const to = /(?:^|\/)images\/(.+)$/.exec(src.replaceAll('\\', '/'))?.[1] ?? 'products/name.jpg';
  const target = clip(to.replace(/\.[^./]+$/, '.jpg'), 120);
  return hint(
    `Keep the original outside content/ and prepare a copy with \`npm run images -- --photo camera.jpg --to ${target}\` (camera.jpg being the original): at most 2400 px, about 1 MB. Then refer to ../images/${target}.`,
    `Simpan foto asli di luar content/ lalu siapkan salinannya dengan \`npm run images -- --photo kamera.jpg --to ${target}\` (kamera.jpg adalah foto asli): paling besar 2400 px, sekitar 1 MB. Lalu rujuk ../images/${target}.`,
  );
}

/**
 * The names on labels and documents, for the ids they stand for: an editor
 * copies "PIRT" or "MD" from the pack. Keys are lower case, letters and digits only.
 */
const WELL_KNOWN_NAMES: Partial<Record<ReferencedCollection, Record<string, string>>> = {
  certificates: {
    pirt: 'spp-irt', sppirt: 'spp-irt', irt: 'spp-irt', sppirtpirt: 'spp-irt',
    md: 'bpom-md', bpom: 'bpom-md', bpommd: 'bpom-md', pom: 'bpom-md', pommd: 'bpom-md',
    mui: 'halal', halalmui: 'halal', bpjph: 'halal', lppom: 'halal', lppommui: 'halal', sertifikathalal: 'halal',
    oss: 'nib', nomorindukberusaha: 'nib',
    gmp: 'gmp-cppob', cppob: 'gmp-cppob',
    iso22000: 'iso-22000', organik: 'organic', pd: 'psat', psatpd: 'psat', standarnasionalindonesia: 'sni',
  },
};

function knownName(collection: ReferencedCollection, value: string, ids: readonly string[]): string | undefined {
  const id = WELL_KNOWN_NAMES[collection]?.[value.toLowerCase().replace(/[^a-z0-9]/g, '')];
  return id && ids.includes(id) ? id : undefined;
}

function labelOf(item: Record<string, unknown> | undefined): string | undefined {
  const label = item?.label as Record<string, unknown> | undefined;
  return typeof label?.en === 'string' ? label.en : undefined;
}

/** Photos narrower than this look soft on large screens and in print: a warning. */
export const MIN_PHOTO_WIDTH = 1200;
/** Above either, a photo was not prepared with `npm run images -- --photo`: a warning (it makes builds and downloads slow). */
export const LARGE_PHOTO_BYTES = 3 * 1024 * 1024;
export const LARGE_PHOTO_SIDE = 3000;
/** Above either, the photo is refused: an error. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
export const MAX_PHOTO_PIXELS = 40_000_000;

interface PhotoSize {
  bytes: number;
  width?: number;
  height?: number;
}

/** Image paths: local, relative to the entry file, an existing file of a type Astro can process. */
class ImageCheck {
  private listings = new Map<string, Set<string> | null>();
  private sizes = new Map<string, PhotoSize | undefined>();

  /** Bytes and pixels of a photo, from its header only (each file is measured once). */
  private measure(file: string): PhotoSize | undefined {
    if (!this.sizes.has(file)) {
      let size: PhotoSize | undefined;
      try {
        const bytes = fs.statSync(file).size;
        const fd = fs.openSync(file, 'r');
        try {
          const head = Buffer.alloc(Math.min(bytes, 512 * 1024));
          fs.readSync(fd, head, 0, head.length, 0);
          let dimensions: { width?: number; height?: number } = {};
          try {
            dimensions = imageSize(head);
          } catch {
            dimensions = bytes > head.length ? imageSize(fs.readFileSync(file)) : {};
          }
          size = { bytes, width: dimensions.width, height: dimensions.height };
        } finally {
          fs.closeSync(fd);
        }
      } catch {
        size = undefined; // unreadable as an image: Astro's own error will name it
      }
      this.sizes.set(file, size);
    }
    return this.sizes.get(file);
  }

  /** A warning when an existing photo is narrower than MIN_PHOTO_WIDTH, or larger than a prepared photo. */
  sizeWarning(entry: EntryFile, src: string): Issue | undefined {
    const size = this.measure(path.resolve(path.dirname(entry.absPath), src));
    if (!size?.width) return undefined;
    const warning = { severity: 'warning' as const, file: entry.file, field: '(photo)' };
    if (size.width < MIN_PHOTO_WIDTH) {
      return {
        ...warning,
        code: 'image-too-small',
        message: `the photo ${clip(src, 200)} is ${size.width} px wide: expected at least ${MIN_PHOTO_WIDTH} px so it stays sharp on large screens and in print`,
        hint: hint(
          `Use the original photo from the camera or phone and prepare it with \`npm run images -- --photo original.jpg --to <folder>/<name>.jpg\`.`,
          `Pakai foto asli dari kamera atau ponsel dan siapkan dengan \`npm run images -- --photo asli.jpg --to <folder>/<nama>.jpg\`.`,
        ),
      };
    }
    if (size.bytes > LARGE_PHOTO_BYTES || Math.max(size.width, size.height ?? 0) > LARGE_PHOTO_SIDE) {
      return {
        ...warning,
        code: 'image-too-large',
        message: `the photo ${clip(src, 200)} is ${describeSize(size)}: expected a photo prepared to at most 2400 px and about 1 MB; above ${LARGE_PHOTO_BYTES / 1024 / 1024} MB or ${LARGE_PHOTO_SIDE} px it slows the build and every visitor's download`,
        hint: preparePhotoHint(src),
      };
    }
    return undefined;
  }

  private readonly show: (p: string) => string;

  constructor(show: (p: string) => string) {
    this.show = show;
  }

  problem(entryPath: string, src: string): Explained | undefined {
    // Images of content/<collection>/x.md live in content/images/<collection>/ by convention.
    const kind = path.basename(path.dirname(entryPath));
    const example = `../images/${kind}/name.jpg`;
    if (!src.trim()) {
      return {
        code: 'missing-image',
        message: `no photo given: expected the path of a photo file, e.g. ${example}`,
        hint: hint(
          `Put the photo in content/images/${kind}/ and write its path relative to this file, e.g. \`src: ${example}\`.`,
          `Simpan foto di content/images/${kind}/ lalu tulis jalurnya relatif terhadap berkas ini, mis. \`src: ${example}\`.`,
        ),
      };
    }
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
      return {
        code: 'missing-image',
        message: `expected a local image file, got the web address ${quote(src)}: the site never loads images from other sites`,
        hint: hint(
          `Save the photo under content/images/ (with the owner's permission) and write its path relative to this file, e.g. ${example}.`,
          `Simpan foto di content/images/ (dengan izin pemiliknya) dan tulis jalurnya relatif terhadap berkas ini, mis. ${example}.`,
        ),
      };
    }
    if (path.isAbsolute(src)) {
      return {
        code: 'missing-image',
        message: `expected an image path relative to this file, e.g. ${example}, got the absolute path ${quote(src)}`,
        hint: hint(`Write the path from this file's folder, e.g. ${example}.`, `Tulis jalurnya dari folder berkas ini, mis. ${example}.`),
      };
    }
    const extension = path.extname(src).toLowerCase();
    if (!IMAGE_EXTENSIONS.has(extension)) {
      return {
        code: 'missing-image',
        message: `expected a JPEG, PNG, WebP or AVIF image, got ${extension ? `a ${extension} file` : 'a path without a file extension'}: ${quote(src)}`,
        hint: hint('Convert the photo to .jpg (or .png/.webp) and refer to that file.', 'Ubah foto menjadi .jpg (atau .png/.webp) dan rujuk berkas itu.'),
      };
    }
    const resolved = path.resolve(path.dirname(entryPath), src);
    const folder = path.dirname(resolved);
    const name = path.basename(resolved);
    const listing = this.list(folder);
    if (listing?.has(name)) return this.tooLarge(resolved, src);
    const candidates = [...(listing ?? [])].filter((f) => IMAGE_EXTENSIONS.has(path.extname(f).toLowerCase()));
    const caseOnly = candidates.find((f) => f.toLowerCase() === name.toLowerCase());
    const suggestion = caseOnly ?? closest(name, candidates);
    const suggestedSrc = suggestion ? path.relative(path.dirname(entryPath), path.join(folder, suggestion)).split(path.sep).join('/') : undefined;
    const why = listing ? '' : ` (the folder ${this.show(folder)}/ does not exist)`;
    const relativeTo = this.show(entryPath);
    return {
      code: 'missing-image',
      message: `image not found: expected a file at ${clip(this.show(resolved), 200)}${why}${caseOnly ? `; there is ${caseOnly}, which differs only in upper/lower case` : ''}`,
      hint: hint(
        `${suggestedSrc ? `Did you mean "${suggestedSrc}"? ` : ''}Paths are relative to ${relativeTo}, so content/images/${kind}/name.jpg is written ${example}. Add the photo there or correct the path.`,
        `${suggestedSrc ? `Maksudnya "${suggestedSrc}"? ` : ''}Jalur dihitung dari ${relativeTo}, jadi content/images/${kind}/nama.jpg ditulis ../images/${kind}/nama.jpg. Tambahkan fotonya di sana atau perbaiki jalurnya.`,
      ),
    };
  }

  /** An existing photo above the hard limits is refused, so an original never reaches the site. */
  private tooLarge(file: string, src: string): Explained | undefined {
    const size = this.measure(file);
    if (!size || (size.bytes <= MAX_PHOTO_BYTES && (size.width ?? 0) * (size.height ?? 0) <= MAX_PHOTO_PIXELS)) return undefined;
    return {
      code: 'image-too-large',
      message: `the photo ${clip(src, 200)} is ${describeSize(size)}: the limit is ${MAX_PHOTO_BYTES / 1024 / 1024} MB and ${MAX_PHOTO_PIXELS / 1_000_000} megapixels, so it is not published as it is`,
      hint: preparePhotoHint(src),
    };
  }

  private list(folder: string): Set<string> | null {
    if (!this.listings.has(folder)) {
      let names: Set<string> | null = null;
      try {
        names = new Set(fs.readdirSync(folder));
      } catch {
        names = null;
      }
      this.listings.set(folder, names);
    }
    return this.listings.get(folder) ?? null;
  }
}

