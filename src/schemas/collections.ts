/**
 * The content model (docs/architecture.md, "The content model") as Zod schemas, in one place.
 *
 * Each schema is built by a factory that receives how to express a reference and
 * an image, so the same definitions serve Astro's content collections
 * (`reference()`, `image()`) and the standalone content checker (plain strings,
 * checked against the file system and the other collections).
 *
 * Facts are language-neutral and live in the base file `<slug>.md`, whose prose
 * is English. Prose in another locale lives in `<slug>.<locale>.md` beside it
 * and is validated by the matching `*TranslationSchema`.
 */
import { z } from 'astro/zod';
import { defaultLocale, translatedLocales } from '~/i18n/locales';
import {
  coordinates,
  currencyCode,
  date,
  e164,
  email,
  exportMarket,
  hsCode,
  positiveInt,
  positiveNumber,
  quantity,
  url,
  verification,
  year,
  gtin,
} from './fields';
import { bilingual, comparison, fieldMeta } from './field-meta';
import type { ReferencedCollection } from './registry';

export interface SchemaTools<R extends z.ZodType, I extends z.ZodType> {
  /** A reference to an entry of another collection, written as its slug. */
  ref: (collection: ReferencedCollection) => R;
  /** An image path relative to the entry file, e.g. `../images/products/kemplang.jpg`. */
  image: () => I;
}

const summary = z
  .string({ message: 'expected a one- or two-sentence summary' })
  .min(20, 'expected a summary of at least 20 characters')
  .max(320, 'expected a summary of at most 320 characters: move detail into the body');

const name = z.string({ message: 'expected a name' }).min(2, 'expected a name of at least 2 characters');

/** Alt text per image file name, for a translation file: `imageAlts: { kemplang.jpg: "…" }`. */
const imageAlts = z.record(z.string(), z.string().min(3, 'expected alt text describing the photo'));

const sample = z
  .boolean({ message: 'expected true or false' })
  .default(false)
  .register(fieldMeta, {
    whenEmpty: bilingual(
      'Write `sample: true` if any fact in this file is made up or a placeholder (+620… numbers, @example.com addresses, SAMPLE-… numbers), or `sample: false` if everything comes from the producer or a document.',
      'Tulis `sample: true` bila ada data karangan atau contoh di berkas ini (nomor +620…, alamat @example.com, nomor SAMPLE-…), atau `sample: false` bila semuanya dari produsen atau dokumen.',
    ),
  });

/** The fix when a document's dates are out of order, or do not cover the build date. */
export const certificateDatesHint = () =>
  bilingual(
    'Copy validFrom (issue date) and validUntil (expiry date) from the document again; validUntil must be on or after validFrom.',
    'Salin ulang validFrom (tanggal terbit) dan validUntil (tanggal berakhir) dari dokumen; validUntil harus sama dengan atau setelah validFrom.',
  );

const minMaxHint = bilingual('Swap the values: `min` must not be larger than `max`.', 'Tukar nilainya: `min` tidak boleh lebih besar dari `max`.');

/** Labels and explanations of taxonomy terms: the default locale is required, others fall back. */
export const localizedText = z.strictObject({
  [defaultLocale]: z.string().min(1),
  ...Object.fromEntries(translatedLocales.map((code) => [code, z.string().min(1).optional()])),
}) as z.ZodObject<Record<string, z.ZodString | z.ZodOptional<z.ZodString>>>;

function imageWithAlt<I extends z.ZodType>(image: () => I) {
  return z.strictObject({
    src: image(),
    alt: z.string({ message: 'expected alt text that describes the photo for someone who cannot see it' }).min(3),
  });
}

// ---------------------------------------------------------------- taxonomies

export const categorySchema = z.object({
  label: localizedText,
  description: localizedText,
  /** Food and drink: halal and a food permit (SPP-IRT or BPOM MD) apply. */
  food: z.boolean(),
  /** A typical HS heading to start from; the editor confirms the code per product. */
  hsHint: hsCode.optional(),
});

export const certificateKindSchema = z.object({
  label: localizedText,
  description: localizedText,
  /** permit: a licence to operate or sell (NIB, SPP-IRT, BPOM MD); certificate: an attestation (halal, HACCP). */
  type: z.enum(['permit', 'certificate']),
  issuer: z.string(),
  /** Whether documents of this kind carry an expiry date. */
  expires: z.boolean(),
  exportRelevant: z.boolean().default(false),
  retailRelevant: z.boolean().default(false),
});

export const allergenSchema = z.object({
  label: localizedText,
  description: localizedText,
});

export const marketSchema = z.object({
  label: localizedText,
  description: localizedText,
  region: z.enum(['southeast-asia', 'east-asia', 'middle-east', 'europe', 'north-america', 'oceania', 'domestic']),
});

// ---------------------------------------------------------------- places and groups

export const regionSchema = z.strictObject({
  name,
  kind: z.enum(['kota', 'kabupaten'], { message: 'expected "kota" (city) or "kabupaten" (regency)' }),
  province: name,
  /** Administrative seat, e.g. Kayuagung for Ogan Komering Ilir. */
  seat: z.string().optional(),
  coordinates: coordinates.optional(),
  summary,
  sample,
});

export function clusterSchema<R extends z.ZodType, I extends z.ZodType>({ ref, image }: SchemaTools<R, I>) {
  return z.strictObject({
    name,
    region: ref('regions'),
    categories: z.array(ref('categories')).min(1, 'expected at least one category the cluster produces'),
    location: z.string().optional(),
    units: positiveInt.optional(),
    workers: positiveInt.optional(),
    programmes: z
      .array(
        z.strictObject({
          name,
          by: z.string(),
          year: year.optional(),
          status: z.enum(['proposed', 'running', 'completed']).optional(),
        }),
      )
      .default([]),
    cover: imageWithAlt(image).optional(),
    summary,
    sample,
  });
}

export function associationSchema<R extends z.ZodType, I extends z.ZodType>({ ref, image }: SchemaTools<R, I>) {
  return z.strictObject({
    name,
    shortName: z.string().min(2),
    region: ref('regions'),
    categories: z.array(ref('categories')).default([]),
    founded: year.optional(),
    chair: z.string().optional(),
    /** As reported, e.g. "200+"; a string because sources give approximate counts. */
    members: z.string().optional(),
    contacts: z
      .strictObject({ email: email.optional(), website: url.optional() })
      .default({}),
    logo: imageWithAlt(image).optional(),
    summary,
    sample,
  });
}

// ---------------------------------------------------------------- producers

export function certificateSchema<R extends z.ZodType>(ref: SchemaTools<R, z.ZodType>['ref']) {
  return z
    .strictObject({
      kind: ref('certificates'),
      number: z.string({ message: 'expected the certificate or permit number as printed on the document' }).min(3),
      issuer: z.string({ message: 'expected the issuing body, e.g. "BPJPH" or "Dinas Kesehatan Kota Palembang"' }).min(2),
      validFrom: date,
      validUntil: date.optional(),
      /** Products covered; omitted means every product of the producer. */
      products: z.array(ref('products')).optional(),
      document: url.optional(),
    })
    .refine((c) => !c.validUntil || c.validUntil.getTime() >= c.validFrom.getTime(), {
      message: 'validUntil is before validFrom: check the two dates on the document',
      path: ['validUntil'],
      ...comparison('validFrom', certificateDatesHint()),
    });
}

export function producerSchema<R extends z.ZodType, I extends z.ZodType>(tools: SchemaTools<R, I>) {
  const { ref, image } = tools;
  return z.strictObject({
    name,
    legalForm: z.enum(['UD', 'CV', 'PT', 'KUB', 'koperasi', 'perorangan'], {
      message: 'expected one of: UD, CV, PT, KUB, koperasi, perorangan',
    }),
    region: ref('regions'),
    cluster: ref('clusters').optional(),
    associations: z.array(ref('associations')).default([]),
    address: z.string({ message: 'expected a postal address (street, kelurahan, kecamatan, city)' }).min(5),
    coordinates: coordinates.optional(),
    founded: year.optional(),
    workforce: positiveInt.optional(),
    scale: z.enum(['household', 'small', 'medium'], { message: 'expected one of: household, small, medium' }),
    monthlyCapacity: quantity.optional(),
    facilities: z.array(z.string()).default([]),
    contacts: z
      .strictObject({
        person: z.string().optional(),
        role: z.string().optional(),
        email: email.optional(),
        whatsapp: e164.optional(),
        phone: e164.optional(),
        website: url.optional(),
        marketplaces: z.array(z.strictObject({ name: z.string(), url })).default([]),
      })
      .default({ marketplaces: [] }),
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'expected two-letter language codes, e.g. "id", "en"')).default(['id']),
    exportMarkets: z.array(exportMarket).default([]),
    retailChains: z.array(z.string()).default([]),
    certificates: z.array(certificateSchema(ref)).default([]),
    logo: imageWithAlt(image).optional(),
    cover: imageWithAlt(image).optional(),
    gallery: z.array(imageWithAlt(image)).default([]),
    verification,
    status: z.enum(['active', 'paused', 'closed']).default('active'),
    summary,
    sample,
  });
}

// ---------------------------------------------------------------- products

export const packagingTypes = ['pouch', 'vacuum-pack', 'can', 'jar', 'bottle', 'box', 'sack', 'bag', 'tin', 'wrap', 'bulk'] as const;
export const retailTrialStatuses = ['not-started', 'coaching', 'in-trial', 'passed', 'listed', 'not-applicable'] as const;
export const incoterms = ['EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'DAP', 'DDP'] as const;

export function productSchema<R extends z.ZodType, I extends z.ZodType>(tools: SchemaTools<R, I>) {
  const { ref, image } = tools;
  return z.strictObject({
    name,
    producer: ref('producers'),
    category: ref('categories'),
    tags: z.array(z.string()).default([]),
    /** Photos, the first being the main one; none yet shows a neutral "photo to come", never another product's picture. */
    images: z.array(imageWithAlt(image)).default([]),
    packs: z
      .array(
        z.strictObject({
          netWeight: z.strictObject({ value: positiveNumber, unit: z.enum(['g', 'kg', 'ml', 'l', 'pcs', 'm', 'sheet']) }),
          packaging: z.enum(packagingTypes, { message: `expected one of: ${packagingTypes.join(', ')}` }),
          barcode: gtin.optional(),
          unitsPerCarton: positiveInt.optional(),
        }),
      )
      .min(1, 'expected at least one pack variant (net weight and packaging)'),
    ingredients: z.string().optional().register(fieldMeta, { show: { list: 'food', label: 'product.ingredients' } }),
    allergens: z.array(ref('allergens')).default([]).register(fieldMeta, { show: { list: 'food', label: 'product.allergens', empty: 'product.noAllergens' } }),
    shelfLifeDays: positiveInt.optional().register(fieldMeta, {
      label: bilingual('Shelf life (days)', 'Masa simpan (hari)'),
      hint: bilingual('Days from production to the best-before date, as printed on the pack.', 'Jumlah hari sejak produksi sampai tanggal kedaluwarsa, seperti tercetak di kemasan.'),
      show: { list: 'trade', label: 'product.shelfLife', unit: 'product.shelfLifeDays', after: 'privateLabel' },
    }),
    storage: z.string().optional().register(fieldMeta, { show: { list: 'food', label: 'product.storage' } }),
    hsCode: hsCode.optional().register(fieldMeta, { show: { list: 'trade', label: 'product.hsCode', code: { note: 'product.hsCodeNote' } } }),
    moq: quantity.optional(),
    monthlyCapacity: quantity.optional().register(fieldMeta, { show: { list: 'trade', label: 'product.capacity', format: 'monthly' } }),
    leadTimeDays: z
      .strictObject({ min: positiveInt, max: positiveInt })
      .refine((l) => l.min <= l.max, { message: 'leadTimeDays.min is larger than max', path: ['max'], ...comparison('min', minMaxHint) })
      .optional(),
    incoterms: z
      .array(z.enum(incoterms, { message: `expected Incoterms 2020 codes: ${incoterms.join(', ')}` }))
      .default([])
      .register(fieldMeta, { show: { list: 'trade', label: 'product.incoterms' } }),
    priceRange: z
      .strictObject({ min: positiveNumber, max: positiveNumber, currency: currencyCode, per: z.string() })
      .refine((p) => p.min <= p.max, { message: 'priceRange.min is larger than max', path: ['max'], ...comparison('min', minMaxHint) })
      .optional(),
    samples: z.enum(['free', 'paid', 'none']).optional().register(fieldMeta, { show: { list: 'trade', label: 'product.samples', values: 'product.samples' } }),
    privateLabel: z.boolean().default(false).register(fieldMeta, { show: { list: 'trade', label: 'product.privateLabel' } }),
    sni: z.string().optional(),
    onPack: z
      .strictObject({
        productionCode: z.boolean(),
        expiryDate: z.boolean(),
        completeLabel: z.boolean(),
      })
      .optional()
      .register(fieldMeta, { show: { list: 'food', label: 'product.onPack', values: 'product' } }),
    retailTrial: z
      .strictObject({
        status: z.enum(retailTrialStatuses, { message: `expected one of: ${retailTrialStatuses.join(', ')}` }),
        chains: z.array(z.string()).default([]),
        since: date.optional(),
      })
      .default({ status: 'not-started', chains: [] })
      .register(fieldMeta, { show: { list: 'food', label: 'product.retailTrial', format: 'retailTrial' } }),
    exportMarkets: z.array(exportMarket).default([]).register(fieldMeta, { show: { list: 'trade', label: 'product.exportMarkets', format: 'exportMarkets' } }),
    availability: z
      .enum(['all-year', 'seasonal', 'discontinued'])
      .default('all-year')
      .register(fieldMeta, { show: { list: 'trade', label: 'product.availability', format: 'availability' } }),
    season: z.string().optional(),
    verification,
    summary,
    sample,
  });
}

// ---------------------------------------------------------------- news and events

export function newsSchema<R extends z.ZodType, I extends z.ZodType>({ ref, image }: SchemaTools<R, I>) {
  return z
    .strictObject({
      title: name,
      kind: z.enum(['news', 'exhibition', 'programme', 'training'], {
        message: 'expected one of: news, exhibition, programme, training',
      }),
      date,
      endDate: date.optional(),
      place: z.string().optional(),
      regions: z.array(ref('regions')).default([]),
      producers: z.array(ref('producers')).default([]),
      clusters: z.array(ref('clusters')).default([]),
      associations: z.array(ref('associations')).default([]),
      source: z.strictObject({ name: z.string(), date: date.optional() }).optional(),
      cover: imageWithAlt(image).optional(),
      summary,
      sample,
    })
    .refine((n) => !n.endDate || n.endDate.getTime() >= n.date.getTime(), {
      message: 'endDate is before date',
      path: ['endDate'],
      ...comparison(
        'date',
        bilingual('Check both dates: `endDate` must be on or after `date`.', 'Periksa kedua tanggal: `endDate` harus sama dengan atau setelah `date`.'),
      ),
    });
}

// ---------------------------------------------------------------- translations

const translationBase = { imageAlts: imageAlts.optional(), summary };

export const translationSchemas = {
  regions: z.strictObject({ ...translationBase, name: name.optional() }),
  clusters: z
    .strictObject({
      ...translationBase,
      name: name.optional(),
      /** Programme names in the same order as the base file's `programmes`; the facts stay there. */
      programmes: z.array(z.strictObject({ name })).optional(),
    }),
  associations: z.strictObject({ ...translationBase, name: name.optional() }),
  producers: z.strictObject({ ...translationBase, name: name.optional(), facilities: z.array(z.string()).optional() }),
  products: z
    .strictObject({ ...translationBase, name: name.optional(), ingredients: z.string().optional(), storage: z.string().optional(), season: z.string().optional() }),
  news: z.strictObject({ ...translationBase, title: name, place: z.string().optional() }),
};

