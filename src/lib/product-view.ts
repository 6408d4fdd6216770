/**
 * Everything derived about one product that more than one page needs: its
 * producer, place, category, the certificates covering it, both readiness
 * checklists and its search facts. Product pages, the search page and lists
 * all use this, so a product is judged the same way everywhere.
 */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '~/i18n/locales';
import { all, allLocalized, byId, groupedLocalized, localize, type Localized } from './catalogue';
import { buildDate } from './dates';
import { memoize } from './memo';
import { exportReadiness, readinessInputOf, retailReadiness, type Checklist } from './readiness';
import type { ProductSearchFacts } from './search-index';
import { certificatesCovering, isCertificateValid } from './trust';

export interface ProductContext {
  product: CollectionEntry<'products'>;
  producer: CollectionEntry<'producers'>;
  region: CollectionEntry<'regions'>;
  cluster: CollectionEntry<'clusters'> | undefined;
  category: CollectionEntry<'categories'>;
  certificates: CollectionEntry<'producers'>['data']['certificates'];
  exportChecklist: Checklist;
  retailChecklist: Checklist;
  searchFacts: ProductSearchFacts;
}

export const productContext = memoize((slug: string): Promise<ProductContext> => buildContext(slug));

/** The context of every product, in id order (e.g. to count products per category, region or cluster). */
export async function allProductContexts(): Promise<ProductContext[]> {
  return Promise.all((await all('products')).map((product) => productContext(product.id)));
}

async function buildContext(slug: string): Promise<ProductContext> {
  const today = buildDate();
  const product = (await byId('products')).get(slug);
  if (!product) throw new Error(`No product "${slug}"`);
  const producer = (await byId('producers')).get(product.data.producer.id)!;
  const region = (await byId('regions')).get(producer.data.region.id)!;
  const cluster = producer.data.cluster ? (await byId('clusters')).get(producer.data.cluster.id) : undefined;
  const category = (await byId('categories')).get(product.data.category.id)!;
  const certificates = certificatesCovering(producer.data.certificates, slug);
  const readiness = readinessInputOf(product.data, { ...producer.data, certificates }, category.data.food, product.body);
  const exportChecklist = exportReadiness(readiness, today);
  const retailChecklist = retailReadiness(readiness, today);
  const validKinds = [...new Set(certificates.filter((c) => isCertificateValid(c, today)).map((c) => c.kind.id))];
  return {
    product,
    producer,
    region,
    cluster,
    category,
    certificates,
    exportChecklist,
    retailChecklist,
    searchFacts: {
      category: category.id,
      region: region.id,
      cluster: cluster?.id,
      certificates: validKinds,
      markets: [...product.data.exportMarkets, ...producer.data.exportMarkets].map((m) => m.country),
      exportReady: exportChecklist.ready,
      retailReady: retailChecklist.ready,
      availability: product.data.availability,
      name: product.data.name,
      monthlyCapacity: product.data.monthlyCapacity ?? producer.data.monthlyCapacity,
      moq: product.data.moq,
      verifiedOn: product.data.verification.date,
    },
  };
}

export interface ProductCardData {
  product: Localized<'products'>;
  producerName: string;
  regionName: string;
}

interface CardWithContext {
  card: ProductCardData;
  context: ProductContext;
}

/** Every product's card in `locale` with its context, built once per build: lists filter and page this. */
const allCards = memoize(
  (locale: Locale): Promise<CardWithContext[]> =>
    allLocalized('products', locale).then((products) =>
      Promise.all(
        products.map(async (product) => {
          const context = await productContext(product.entry.id);
          const producer = await localize('producers', context.producer, locale);
          return { card: { product, producerName: producer.data.name, regionName: context.region.data.name }, context };
        }),
      ),
    ),
);

/** Localized products with what a card shows, optionally filtered by their context. */
export async function productCards(locale: Locale, include: (context: ProductContext) => boolean = () => true): Promise<ProductCardData[]> {
  return (await allCards(locale)).filter(({ context }) => include(context)).map(({ card }) => card);
}

/** A locale's products grouped by producer id (order as in `allLocalized`). */
export function productsByProducer(locale: Locale): Promise<Map<string, Localized<'products'>[]>> {
  return groupedLocalized('products', locale, 'producer', (p) => p.data.producer.id);
}
