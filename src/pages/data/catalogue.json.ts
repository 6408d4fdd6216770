import type { APIRoute } from 'astro';
import type { CollectionEntry, CollectionKey } from 'astro:content';
import { defaultLocale, localeCodes } from '../../i18n/locales';
import { all, byId } from '../../lib/catalogue';
import {
  CATALOGUE_SCHEMA_VERSION,
  catalogueEntry,
  readinessJson,
  taxonomyEntry,
  type CatalogueEntry,
  type ExportCollection,
} from '../../lib/catalogue-export';
import { buildDate, isoDate } from '../../lib/dates';
import { productContext } from '../../lib/product-view';
import { publishedImage, withPublishedImages } from '../../lib/optimized-image';
import { absoluteUrl, entryPath, pagePath, type Section } from '../../lib/urls';

/** The whole public catalogue as one JSON document (format: docs/data-schema.md). */
export const GET: APIRoute = async ({ site }) => {
  const origin = site!;
  const imageUrl = (src: string) => absoluteUrl(src, origin);
  const urlsOf = (section: Section, slug: string) =>
    Object.fromEntries(localeCodes.map((locale) => [locale, absoluteUrl(entryPath(locale, section, slug), origin)]));

  async function collection(name: ExportCollection, extra?: (slug: string) => Promise<Record<string, unknown>>): Promise<CatalogueEntry[]> {
    const translations = (await byId(`${name}Translations` as CollectionKey)) as Map<string, { data: Record<string, unknown>; body?: string }>;
    return Promise.all(
      (await all(name)).map(async (entry) => {
        const shaped = catalogueEntry(
          name,
          {
            slug: entry.id,
            data: (await withPublishedImages(entry.data)) as Record<string, unknown>,
            body: entry.body,
            translations: Object.fromEntries(localeCodes.map((locale) => [locale, translations.get(`${locale}/${entry.id}`)])),
          },
          { defaultLocale, urls: urlsOf(name, entry.id), imageUrl },
        );
        return extra ? { ...shaped, ...(await extra(entry.id)) } : shaped;
      }),
    );
  }

  async function productExtras(slug: string) {
    const context = await productContext(slug);
    const first = (context.product as CollectionEntry<'products'>).data.images[0];
    return {
      image: first ? imageUrl((await publishedImage(first.src)).src) : null,
      readiness: { export: readinessJson(context.exportChecklist), retail: readinessJson(context.retailChecklist) },
    };
  }

  // Categories and certificates have pages; allergens and markets do not.
  const taxonomy = async (name: 'categories' | 'certificates' | 'allergens' | 'markets', section?: Section) =>
    (await all(name)).map((term) =>
      taxonomyEntry(term.id, term.data as Record<string, unknown>, section ? urlsOf(section, term.id) : undefined),
    );

  const catalogue = {
    schemaVersion: CATALOGUE_SCHEMA_VERSION,
    generatedAt: isoDate(buildDate()),
    site: absoluteUrl(pagePath(defaultLocale), origin),
    locales: localeCodes,
    regions: await collection('regions'),
    clusters: await collection('clusters'),
    associations: await collection('associations'),
    producers: await collection('producers'),
    products: await collection('products', productExtras),
    news: await collection('news'),
    taxonomies: {
      categories: await taxonomy('categories', 'categories'),
      certificates: await taxonomy('certificates', 'certificates'),
      allergens: await taxonomy('allergens'),
      markets: await taxonomy('markets'),
    },
  };
  return new Response(`${JSON.stringify(catalogue, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
