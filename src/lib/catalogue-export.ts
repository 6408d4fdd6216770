/**
 * The machine-readable downloads for partners: `/data/catalogue.json` and
 * `/data/products.csv`. Everything here takes plain data so it can be unit
 * tested; the endpoints in src/pages/data/ gather that data from the content
 * collections. The format is documented in docs/data-schema.md — a change here
 * that adds a field bumps the minor version of CATALOGUE_SCHEMA_VERSION, a
 * change that removes or renames one bumps the major version.
 */
import type { CsvValue } from './csv';
import { isoDate } from './dates';
import { originalFileName } from './images';
import type { Checklist, ItemStatus } from './readiness';
import { isCertificateValid } from './trust';
import { entryDefinitions, NAME_FIELDS, proseFields, type EntryCollection } from '~/schemas/registry';

export const CATALOGUE_SCHEMA_VERSION = '2.0.0';

export type ExportCollection = EntryCollection;

const proseOf = Object.fromEntries(entryDefinitions.map((d) => [d.name, proseFields(d)])) as Record<ExportCollection, ReturnType<typeof proseFields>>;

/**
 * Prose fields per collection: they go under `text.<locale>`, never among the
 * facts. Derived from the translation schemas (src/schemas/registry.ts).
 */
export const PROSE_FIELDS: Record<ExportCollection, readonly string[]> = Object.fromEntries(
  entryDefinitions.map((d) => [d.name, proseOf[d.name].fields]),
) as unknown as Record<ExportCollection, readonly string[]>;

/**
 * Lists of items whose facts stay among the facts and whose text is translated
 * item by item: `text.<locale>.programmes = [{ name }]`, in the facts' order.
 */
export const ITEM_PROSE_FIELDS: Partial<Record<ExportCollection, Record<string, readonly string[]>>> = Object.fromEntries(
  entryDefinitions.filter((d) => Object.keys(proseOf[d.name].items).length > 0).map((d) => [d.name, proseOf[d.name].items]),
);

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

export interface ExportImage {
  url: string;
  /** Original file name, the key of `text.<locale>.imageAlts`. */
  file: string;
  width?: number;
  height?: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Astro's reference to another entry: `{ collection, id }`. */
function isReference(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof value.id === 'string' && typeof value.collection === 'string';
}

/** Astro's processed image metadata (`src`, `width`, `height`, `format`), or a plain path in tests. */
function isImageMetadata(value: unknown): value is { src: string; width?: number; height?: number; fsPath?: string } {
  return isObject(value) && typeof value.src === 'string' && typeof value.format === 'string';
}

/** `{ src: <image>, alt }` in front matter. */
function isImageWithAlt(value: Record<string, unknown>): value is { src: { src: string; width?: number; height?: number }; alt: string } {
  return isImageMetadata(value.src) && typeof value.alt === 'string';
}

function exportImage(image: { src: string; width?: number; height?: number; fsPath?: string }, imageUrl: (src: string) => string): ExportImage {
  const out: ExportImage = { url: imageUrl(image.src), file: originalFileName(image) };
  if (image.width) out.width = image.width;
  if (image.height) out.height = image.height;
  return out;
}

/**
 * Front-matter facts as JSON: dates as YYYY-MM-DD, references as slugs,
 * images as `{ url, file, width, height }` (their alt text is prose, see `prose`).
 */
export function plainFacts(value: unknown, imageUrl: (src: string) => string): Plain {
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return value.map((v) => plainFacts(v, imageUrl));
  if (isObject(value)) {
    if (isReference(value)) return value.id as string;
    if (isImageWithAlt(value)) return exportImage(value.src, imageUrl) as unknown as Plain;
    if (isImageMetadata(value)) return exportImage(value, imageUrl) as unknown as Plain;
    const out: Record<string, Plain> = {};
    for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = plainFacts(v, imageUrl);
    return out;
  }
  if (value === undefined) return null;
  return value as Plain;
}

/** Alt texts of every image in an entry's data, keyed by original file name. */
export function imageAltsOf(value: unknown, found: Record<string, string> = {}): Record<string, string> {
  if (Array.isArray(value)) value.forEach((v) => imageAltsOf(v, found));
  else if (isObject(value)) {
    if (isImageWithAlt(value)) found[originalFileName(value.src)] = value.alt;
    else Object.values(value).forEach((v) => imageAltsOf(v, found));
  }
  return found;
}

export interface ProseSource {
  data: Record<string, unknown>;
  /** The Markdown body (source text). */
  body?: string | undefined;
}

export interface EntryText {
  [field: string]: unknown;
  imageAlts?: Record<string, string>;
  /** The Markdown body as written (not HTML). */
  description?: string;
}

/** The prose of one locale: the fields the file defines, plus the entry's alt texts and body. */
export function prose(
  collection: ExportCollection,
  source: ProseSource,
  imageAlts: Record<string, string> | undefined,
  base?: ProseSource,
): EntryText {
  const text: EntryText = {};
  for (const field of PROSE_FIELDS[collection]) {
    const value = source.data[field] ?? (base && NAME_FIELDS.has(field) ? base.data[field] : undefined);
    if (value !== undefined) text[field] = value;
  }
  for (const [field, itemFields] of Object.entries(ITEM_PROSE_FIELDS[collection] ?? {})) {
    const items = source.data[field] as Record<string, unknown>[] | undefined; // untranslated names are not passed off as translations
    if (Array.isArray(items) && items.length > 0) text[field] = items.map((item) => Object.fromEntries(itemFields.map((f) => [f, item[f]])));
  }
  if (imageAlts && Object.keys(imageAlts).length > 0) text.imageAlts = imageAlts;
  const body = source.body?.trim();
  if (body) text.description = body;
  return text;
}

export interface EntrySource {
  slug: string;
  data: Record<string, unknown>;
  body?: string | undefined;
  /** Translations by locale code; a locale without one gets `text.<locale> = null`. */
  translations: Record<string, ProseSource | undefined>;
}

export interface CatalogueEntry {
  slug: string;
  urls: Record<string, string>;
  text: Record<string, EntryText | null>;
  [fact: string]: unknown;
}

/**
 * One entry of catalogue.json: `slug`, the facts, `urls` per locale and
 * `text` per locale. The default locale's prose is the base file's.
 */
export function catalogueEntry(
  collection: ExportCollection,
  source: EntrySource,
  options: { defaultLocale: string; urls: Record<string, string>; imageUrl: (src: string) => string },
): CatalogueEntry {
  const prosey = new Set(PROSE_FIELDS[collection]);
  const facts = Object.fromEntries(Object.entries(source.data).filter(([key, v]) => !prosey.has(key) && v !== undefined));
  const base: ProseSource = { data: source.data, body: source.body };
  const text: Record<string, EntryText | null> = { [options.defaultLocale]: prose(collection, base, imageAltsOf(source.data)) };
  for (const [locale, translation] of Object.entries(source.translations)) {
    if (locale === options.defaultLocale) continue;
    text[locale] = translation
      ? prose(collection, translation, translation.data.imageAlts as Record<string, string> | undefined, base)
      : null;
  }
  return {
    slug: source.slug,
    ...(plainFacts(facts, options.imageUrl) as Record<string, Plain>),
    urls: options.urls,
    text,
  };
}

export interface ReadinessJson {
  ready: boolean;
  met: number;
  applicable: number;
  items: { id: string; status: ItemStatus; reason: string; params?: Record<string, string | number> }[];
}

export function readinessJson(checklist: Checklist): ReadinessJson {
  return {
    ready: checklist.ready,
    met: checklist.met,
    applicable: checklist.applicable,
    items: checklist.items.map(({ id, status, reason, params }) => (params ? { id, status, reason, params } : { id, status, reason })),
  };
}

/** A taxonomy term: its id as `slug`, then its fields (labels are already per locale). */
export function taxonomyEntry(id: string, data: Record<string, unknown>, urls?: Record<string, string>): Record<string, unknown> {
  return { slug: id, ...(plainFacts(data, (s) => s) as Record<string, Plain>), ...(urls ? { urls } : {}) };
}

// ------------------------------------------------------------------ CSV

/** Column order of products.csv. Append new columns at the end; never reorder (docs/data-schema.md). */
export const PRODUCT_CSV_COLUMNS = [
  'product_slug',
  'product_name_en',
  'product_name_id',
  'producer',
  'region',
  'cluster',
  'category',
  'hs_code',
  'net_weight',
  'net_weight_unit',
  'packaging',
  'barcode',
  'units_per_carton',
  'moq',
  'moq_unit',
  'monthly_capacity',
  'monthly_capacity_unit',
  'shelf_life_days',
  'halal_valid',
  'food_permit',
  'export_ready',
  'retail_ready',
  'retail_trial_status',
  'retail_trial_chains',
  'price_min',
  'price_max',
  'currency',
  'price_per',
  'availability',
  'last_verified',
  'sample',
  'url_en',
  'url_id',
] as const;

export interface ExportCertificate {
  kind: string;
  number: string;
  validFrom: Date;
  validUntil?: Date | undefined;
}

/** Food permits in the order a retail buyer prefers them: a separate production site first. */
export const FOOD_PERMIT_KINDS = ['bpom-md', 'spp-irt', 'psat'] as const;

const PERMIT_LABELS: Record<string, string> = { 'bpom-md': 'BPOM MD', 'spp-irt': 'SPP-IRT', psat: 'PSAT' };

/** Halal validity and the food permit, from the certificates covering a product. */
export function permitSummary(certificates: readonly ExportCertificate[], today: Date): { halalValid: boolean; foodPermit: string | undefined } {
  const valid = certificates.filter((c) => isCertificateValid(c, today));
  const permit = FOOD_PERMIT_KINDS.map((kind) => valid.find((c) => c.kind === kind)).find(Boolean);
  return {
    halalValid: valid.some((c) => c.kind === 'halal'),
    foodPermit: permit ? `${PERMIT_LABELS[permit.kind]} ${permit.number}` : undefined,
  };
}

export interface Quantity {
  quantity: number;
  unit: string;
}

export interface ProductRowInput {
  slug: string;
  nameEn: string;
  /** The Indonesian name; the English one when the translation has none. */
  nameId: string;
  producer: string;
  region: string;
  cluster?: string | undefined;
  category: string;
  hsCode?: string | undefined;
  packs: { netWeight: { value: number; unit: string }; packaging: string; barcode?: string | undefined; unitsPerCarton?: number | undefined }[];
  moq?: Quantity | undefined;
  /** The product's, or the producer's when the product states none. */
  monthlyCapacity?: Quantity | undefined;
  shelfLifeDays?: number | undefined;
  halalValid: boolean;
  foodPermit?: string | undefined;
  exportReady: boolean;
  retailReady: boolean;
  retailTrial: { status: string; chains: readonly string[] };
  priceRange?: { min: number; max: number; currency: string; per: string } | undefined;
  availability: string;
  lastVerified: Date;
  sample: boolean;
  urlEn: string;
  urlId: string;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** One row per pack variant, in PRODUCT_CSV_COLUMNS order. */
export function productCsvRows(products: readonly ProductRowInput[]): CsvValue[][] {
  return products.flatMap((p) =>
    p.packs.map((pack) => [
      p.slug,
      p.nameEn,
      p.nameId,
      p.producer,
      p.region,
      p.cluster,
      p.category,
      p.hsCode,
      pack.netWeight.value,
      pack.netWeight.unit,
      pack.packaging,
      pack.barcode,
      pack.unitsPerCarton,
      p.moq?.quantity,
      p.moq?.unit,
      p.monthlyCapacity?.quantity,
      p.monthlyCapacity?.unit,
      p.shelfLifeDays,
      yesNo(p.halalValid),
      p.foodPermit,
      yesNo(p.exportReady),
      yesNo(p.retailReady),
      p.retailTrial.status,
      p.retailTrial.chains.join('; '),
      p.priceRange?.min,
      p.priceRange?.max,
      p.priceRange?.currency,
      p.priceRange?.per,
      p.availability,
      isoDate(p.lastVerified),
      yesNo(p.sample),
      p.urlEn,
      p.urlId,
    ]),
  );
}
