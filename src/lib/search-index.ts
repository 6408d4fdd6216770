/**
 * What Pagefind indexes about a product: facet values (stable ids, so a shared
 * search URL means the same in every language), sort keys and result-card facts.
 * The search page turns ids back into labels from the taxonomies.
 */

/** Facets in the order the search page shows them. */
export const facetKeys = ['category', 'region', 'cluster', 'certificate', 'market', 'export-ready', 'retail-ready', 'availability'] as const;
export type FacetKey = (typeof facetKeys)[number];

/**
 * What a search lists: products (the default) or producers. A filter on every
 * page telling the two apart doubled the cost of a search at 10,000 products,
 * so producers carry their facets under their own keys (`producer-region`, see
 * `pagefindFacetKey`) and an unfiltered search is split by the list of producer
 * pages the build writes beside the index (`PRODUCER_IDS_FILE`).
 */
export const searchTypes = ['products', 'producers'] as const;
export type SearchType = (typeof searchTypes)[number];

/** The facets producer pages carry too; the others describe products only. */
export const producerFacetKeys: readonly FacetKey[] = ['region', 'cluster', 'certificate', 'market'];

/** The Pagefind filter key of a facet for a type: a filter on `region` then never matches a producer, nor `producer-region` a product. */
export function pagefindFacetKey(facet: FacetKey, type: SearchType): string {
  return type === 'producers' ? `producer-${facet}` : facet;
}

/** The Pagefind ids of each language's producer pages, written by the build beside the index: `pagefind/producer-ids.<lang>.json`. */
export const PRODUCER_IDS_FILE = (lang: string) => `producer-ids.${lang}.json`;

/**
 * Each language's facet table, written beside the index: every page's filter
 * values by Pagefind id, `{ "values": ["category:crackers", …], "pages": { "en_0186096": [0, 7, …] } }`.
 * The search page counts facet values over a query's results with it in a few
 * milliseconds; Pagefind's own counting took seconds at 10,000 products.
 */
export const FACET_TABLE_FILE = (lang: string) => `facets.${lang}.json`;

export interface FacetTable {
  values: string[];
  pages: Record<string, number[]>;
}

/**
 * Sorts offered on the search page, each in the direction a buyer wants:
 * name A–Z, largest capacity first, smallest MOQ first, most recently verified first.
 */
export const sortOptions = {
  name: 'asc',
  capacity: 'desc',
  moq: 'asc',
  verified: 'desc',
} as const;
export type SortKey = keyof typeof sortOptions;
export const sortKeys = Object.keys(sortOptions) as SortKey[];

/**
 * Each language's product order for each sort, written beside the index:
 * `pagefind/sort-capacity.en.json` is the Pagefind ids of the products, largest
 * capacity first. The search page orders a query's results by it, fetching only
 * the sort a buyer picks. Pagefind's own sorts would put every sort order of
 * every product into the metadata each first search loads (82 KB of 235 KB at
 * 10,000 products), before any result could show.
 */
export const SORT_ORDER_FILE = (key: SortKey, lang: string) => `sort-${key}.${lang}.json`;

/** The Pagefind meta field a product page carries a sort key in (`sort_capacity`), read by the build from the fragments. */
export const sortMetaField = (key: SortKey) => `sort_${key}`;

export interface ProductSearchFacts {
  category: string;
  region: string;
  cluster?: string | undefined;
  /** Kinds of valid certificates covering the product. */
  certificates: string[];
  /** ISO country codes the product (or its producer) exports to. */
  markets: string[];
  exportReady: boolean;
  retailReady: boolean;
  availability: string;
  name: string;
  monthlyCapacity?: { quantity: number; unit: string } | undefined;
  moq?: { quantity: number; unit: string } | undefined;
  verifiedOn: Date;
}

const MASS_IN_KG: Record<string, number> = { g: 0.001, kg: 1, ton: 1000 };

/**
 * A quantity as one comparable number: masses in kg; other units (pieces,
 * sheets…) as stated, since they cannot be converted.
 */
export function comparableQuantity(q: { quantity: number; unit: string } | undefined): number | undefined {
  if (!q) return undefined;
  return Math.round(q.quantity * (MASS_IN_KG[q.unit] ?? 1) * 1000) / 1000;
}

export function searchFilters(facts: ProductSearchFacts): Record<FacetKey, string[]> {
  return {
    category: [facts.category],
    region: [facts.region],
    cluster: facts.cluster ? [facts.cluster] : [],
    certificate: [...new Set(facts.certificates)].sort(),
    market: [...new Set(facts.markets)].sort(),
    'export-ready': [facts.exportReady ? 'yes' : 'no'],
    'retail-ready': [facts.retailReady ? 'yes' : 'no'],
    availability: [facts.availability],
  };
}

/** Sort keys for one product: quantities as comparable numbers (none when not stated), the verification date as `YYYY-MM-DD`. */
export function searchSorts(facts: ProductSearchFacts): Record<SortKey, string> {
  return {
    name: facts.name,
    capacity: String(comparableQuantity(facts.monthlyCapacity) ?? ''),
    moq: String(comparableQuantity(facts.moq) ?? ''),
    verified: facts.verifiedOn.toISOString().slice(0, 10),
  };
}

/**
 * The order of pages for each sort, by their sort keys (`searchSorts`): names
 * alphabetically in the page's language, quantities as numbers, dates as written,
 * each in its direction (`sortOptions`); a page that does not state the value
 * comes last, and ties keep the order given.
 */
export function sortOrders(pages: readonly { id: string; sorts: Partial<Record<SortKey, string>> }[], lang: string): Record<SortKey, string[]> {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const compare: Record<SortKey, (a: string, b: string) => number> = {
    name: (a, b) => collator.compare(a, b),
    capacity: (a, b) => Number(a) - Number(b),
    moq: (a, b) => Number(a) - Number(b),
    verified: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  };
  return Object.fromEntries(
    sortKeys.map((key) => {
      const direction = sortOptions[key] === 'asc' ? 1 : -1;
      const stated = pages.filter((page) => page.sorts[key]);
      const unstated = pages.filter((page) => !page.sorts[key]);
      const ordered = stated.map((page, i) => ({ page, i })).sort((a, b) => direction * compare[key](a.page.sorts[key]!, b.page.sorts[key]!) || a.i - b.i);
      return [key, [...ordered.map(({ page }) => page.id), ...unstated.map((page) => page.id)]];
    }),
  ) as Record<SortKey, string[]>;
}

/**
 * What Pagefind indexes about a producer: facet values only; producers are
 * listed by relevance (a sort applies to products).
 */
export interface ProducerSearchFacts {
  region: string;
  cluster?: string | undefined;
  /** Kinds of the producer's valid certificates. */
  certificates: string[];
  markets: string[];
}

/** A producer page's facet values, by Pagefind filter key (`producer-region`…): the facets in `producerFacetKeys`. */
export function producerSearchFilters(facts: ProducerSearchFacts): Record<string, string[]> {
  const values: Partial<Record<FacetKey, string[]>> = {
    region: [facts.region],
    cluster: facts.cluster ? [facts.cluster] : [],
    certificate: [...new Set(facts.certificates)].sort(),
    market: [...new Set(facts.markets)].sort(),
  };
  return Object.fromEntries(Object.entries(values).map(([facet, list]) => [pagefindFacetKey(facet as FacetKey, 'producers'), list]));
}

/** `data-pagefind-filter` attribute values: `key:value`, commas escaped. */
export function pagefindAttribute(key: string, value: string): string {
  return `${key}:${value.replace(/,/g, '\\,')}`;
}

/** Every value each facet takes across `products`, for the search page's checkboxes. */
export function collectFacetValues(products: ProductSearchFacts[]): Record<FacetKey, string[]> {
  const counts = countFacetValues(products);
  return Object.fromEntries(facetKeys.map((key) => [key, [...counts[key].keys()].sort()])) as Record<FacetKey, string[]>;
}

/**
 * How many products take each facet value: the counts the search page shows
 * before any query, rendered into the HTML so that they cost no download.
 */
export function countFacetValues(products: ProductSearchFacts[]): Record<FacetKey, Map<string, number>> {
  const counts = Object.fromEntries(facetKeys.map((key) => [key, new Map<string, number>()])) as Record<FacetKey, Map<string, number>>;
  for (const facts of products) {
    for (const [key, list] of Object.entries(searchFilters(facts)) as [FacetKey, string[]][]) {
      for (const value of list) counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
    }
  }
  return counts;
}
