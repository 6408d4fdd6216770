/**
 * Gathers the data downloads from the content collections: entries shaped by
 * catalogue-export.ts, the CSV rows' inputs, which region each producer and
 * product belongs to, and the list of files (src/lib/data-files.ts). Used by
 * the endpoints in src/pages/data/, which only serialise what this returns.
 */
import type { CollectionEntry, CollectionKey } from 'astro:content';
import { defaultLocale, localeCodes } from '~/i18n/locales';
import { all, byId, localize } from './catalogue';
import {
  CATALOGUE_SCHEMA_VERSION,
  catalogueEntry,
  permitSummary,
  readinessJson,
  taxonomyEntry,
  type CatalogueEntry,
  type ExportCollection,
  type ProductRowInput,
} from './catalogue-export';
import {
  dataPath,
  hasWholeCatalogue,
  regionParts,
  SMALL_COLLECTIONS,
  type DataFile,
  type DataIndex,
  type RegionPart,
} from './data-files';
import { buildDate, isoDate } from './dates';
import { publishedImage, withPublishedImages } from './optimized-image';
import { allProductContexts, productContext } from './product-view';
import { absoluteUrl, entryPath, pagePath } from './urls';
import type { Section } from '~/schemas/registry';

/** What every data file starts with. */
export function dataHeader(origin: URL) {
  return {
    schemaVersion: CATALOGUE_SCHEMA_VERSION,
    generatedAt: isoDate(buildDate()),
    site: absoluteUrl(pagePath(defaultLocale), origin),
  };
}

const urlsOf = (section: Section, slug: string, origin: URL) =>
  Object.fromEntries(localeCodes.map((locale) => [locale, absoluteUrl(entryPath(locale, section, slug), origin)]));

/** The entries of a collection as catalogue.json has them; only those in `slugs` when given. */
export async function exportEntries(name: ExportCollection, origin: URL, slugs?: readonly string[]): Promise<CatalogueEntry[]> {
  const imageUrl = (src: string) => absoluteUrl(src, origin);
  const translations = (await byId(`${name}Translations` as CollectionKey)) as Map<string, { data: Record<string, unknown>; body?: string }>;
  const wanted = slugs && new Set(slugs);
  const entries = (await all(name)).filter((entry) => !wanted || wanted.has(entry.id));
  return Promise.all(
    entries.map(async (entry) => {
      const shaped = catalogueEntry(
        name,
        {
          slug: entry.id,
          data: (await withPublishedImages(entry.data)) as Record<string, unknown>,
          body: entry.body,
          translations: Object.fromEntries(localeCodes.map((locale) => [locale, translations.get(`${locale}/${entry.id}`)])),
        },
        { defaultLocale, urls: urlsOf(name, entry.id, origin), imageUrl },
      );
      return name === 'products' ? { ...shaped, ...(await productExtras(entry.id, origin)) } : shaped;
    }),
  );
}

async function productExtras(slug: string, origin: URL) {
  const context = await productContext(slug);
  const first = (context.product as CollectionEntry<'products'>).data.images[0];
  return {
    image: first ? absoluteUrl((await publishedImage(first.src)).src, origin) : null,
    readiness: { export: readinessJson(context.exportChecklist), retail: readinessJson(context.retailChecklist) },
  };
}

/** The four taxonomies; categories and certificates have pages, allergens and markets do not. */
export async function exportTaxonomies(origin: URL) {
  const taxonomy = async (name: 'categories' | 'certificates' | 'allergens' | 'markets', section?: Section) =>
    (await all(name)).map((term) => taxonomyEntry(term.id, term.data as Record<string, unknown>, section ? urlsOf(section, term.id, origin) : undefined));
  return {
    categories: await taxonomy('categories', 'categories'),
    certificates: await taxonomy('certificates', 'certificates'),
    allergens: await taxonomy('allergens'),
    markets: await taxonomy('markets'),
  };
}

/** The CSV rows' input of every product, or of those in `slugs`, in slug order. */
export async function productRowInputs(origin: URL, slugs?: readonly string[]): Promise<ProductRowInput[]> {
  const today = buildDate();
  const wanted = slugs && new Set(slugs);
  const products = (await all('products')).filter((product) => !wanted || wanted.has(product.id));
  return Promise.all(
    products.map(async (product) => {
      const context = await productContext(product.id);
      const { data } = product;
      const permits = permitSummary(context.certificates.map((c) => ({ ...c, kind: c.kind.id })), today);
      return {
        slug: product.id,
        nameEn: data.name,
        // The name the Indonesian page shows: the translation's, else the base name.
        nameId: (await localize('products', product, 'id')).data.name,
        producer: context.producer.id,
        region: context.region.id,
        cluster: context.cluster?.id,
        category: context.category.id,
        hsCode: data.hsCode,
        packs: data.packs,
        moq: data.moq,
        monthlyCapacity: data.monthlyCapacity ?? context.producer.data.monthlyCapacity,
        shelfLifeDays: data.shelfLifeDays,
        ...permits,
        exportReady: context.exportChecklist.ready,
        retailReady: context.retailChecklist.ready,
        retailTrial: data.retailTrial,
        priceRange: data.priceRange,
        availability: data.availability,
        lastVerified: data.verification.date,
        sample: data.sample,
        urlEn: absoluteUrl(entryPath('en', 'products', product.id), origin),
        urlId: absoluteUrl(entryPath('id', 'products', product.id), origin),
      };
    }),
  );
}

/** Producers and products cut per region into parts (a product's region is its producer's). */
export async function regionalParts(): Promise<RegionPart[]> {
  const producers = (await all('producers')).map((p) => ({ slug: p.id, region: p.data.region.id }));
  const products = (await allProductContexts()).map((c) => ({ slug: c.product.id, region: c.region.id }));
  return [...regionParts('producers', producers), ...regionParts('products', products)];
}

/** The product slugs of each region that has products, regions in slug order. */
export async function productsByRegion(): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const context of (await allProductContexts()).sort((a, b) => (a.region.id < b.region.id ? -1 : a.region.id > b.region.id ? 1 : 0))) {
    out.set(context.region.id, [...(out.get(context.region.id) ?? []), context.product.id]);
  }
  return out;
}

/** `data/index.json` without the sizes (the build adds them: src/integrations/data-index.ts). */
export async function dataIndex(origin: URL): Promise<DataIndex> {
  const url = (sitePath: string) => absoluteUrl(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${sitePath}`, origin);
  const products = await all('products');
  const packsOf = new Map(products.map((p) => [p.id, p.data.packs.length]));
  const rowsOf = (slugs: readonly string[]) => slugs.reduce((sum, slug) => sum + packsOf.get(slug)!, 0);
  const counts: Record<string, number> = {};
  for (const name of ['regions', 'clusters', 'associations', 'producers', 'products', 'news'] as const) counts[name] = (await all(name)).length;
  const taxonomies = await exportTaxonomies(origin);
  const termCount = Object.values(taxonomies).reduce((sum, terms) => sum + terms.length, 0);

  const small: DataFile[] = SMALL_COLLECTIONS.map((name) => ({
    collection: name,
    format: 'json',
    count: name === 'taxonomies' ? termCount : counts[name]!,
    url: url(dataPath.collection(name)),
  }));
  const parts: DataFile[] = (await regionalParts()).map((part) => ({
    collection: part.collection,
    format: 'json',
    region: part.region,
    part: part.part,
    parts: part.parts,
    count: part.slugs.length,
    url: url(dataPath.part(part.collection, part.name)),
  }));
  const csvs: DataFile[] = [...(await productsByRegion())].map(([region, slugs]) => ({
    collection: 'products',
    format: 'csv',
    region,
    count: rowsOf(slugs),
    url: url(dataPath.regionCsv(region)),
  }));
  return {
    ...dataHeader(origin),
    locales: localeCodes,
    counts,
    whole: {
      json: hasWholeCatalogue(products.length) ? { collection: 'catalogue', format: 'json', count: products.length, url: url(dataPath.catalogue) } : null,
      csv: { collection: 'products', format: 'csv', count: rowsOf(products.map((p) => p.id)), url: url(dataPath.productsCsv) },
    },
    files: [...small, ...parts, ...csvs],
  };
}
