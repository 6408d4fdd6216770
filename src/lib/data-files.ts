/**
 * Which data files a catalogue publishes under /data/, and where (format:
 * docs/data-schema.md). A large catalogue's whole `catalogue.json` is tens of
 * megabytes (68 MB at 10,000 products: past Cloudflare Pages' 25 MiB per file,
 * and slow to parse in one piece), so producers and products are also split
 * per region in parts of at most PART_SIZE entries, listed with their counts,
 * URLs and sizes by `data/index.json`. The whole `catalogue.json` is kept while
 * the catalogue is small; the whole `products.csv` always (a spreadsheet opens
 * 30,000 products' rows at once), beside one CSV per region.
 */

/** Up to this many products, `data/catalogue.json` is published too. */
export const WHOLE_CATALOGUE_MAX_PRODUCTS = 1000;
/** Producers or products per JSON part (about 3.5 MB of products). */
export const PART_SIZE = 500;

export const hasWholeCatalogue = (productCount: number): boolean => productCount <= WHOLE_CATALOGUE_MAX_PRODUCTS;

/** The collections split per region, and the ones published whole. */
export const REGIONAL_COLLECTIONS = ['producers', 'products'] as const;
export type RegionalCollection = (typeof REGIONAL_COLLECTIONS)[number];
export const SMALL_COLLECTIONS = ['regions', 'clusters', 'associations', 'news', 'taxonomies'] as const;
export type SmallCollection = (typeof SMALL_COLLECTIONS)[number];

/** Paths of the data files, relative to the site's base. */
export const dataPath = {
  index: 'data/index.json',
  catalogue: 'data/catalogue.json',
  productsCsv: 'data/products.csv',
  collection: (name: SmallCollection) => `data/${name}.json`,
  part: (collection: RegionalCollection, part: string) => `data/${collection}/${part}.json`,
  regionCsv: (region: string) => `data/products/${region}.csv`,
};

export interface RegionPart {
  collection: RegionalCollection;
  region: string;
  /** 1-based. */
  part: number;
  parts: number;
  /** `<region>-<part>`: the file name without `.json`. */
  name: string;
  slugs: string[];
}

/**
 * Entries grouped by region (regions in slug order, entries in slug order
 * within each), each region cut into parts of at most `size` entries.
 * Regions without entries get no part.
 */
export function regionParts(collection: RegionalCollection, entries: readonly { slug: string; region: string }[], size = PART_SIZE): RegionPart[] {
  const byRegion = new Map<string, string[]>();
  for (const { slug, region } of entries) byRegion.set(region, [...(byRegion.get(region) ?? []), slug]);
  return [...byRegion.keys()].sort().flatMap((region) => {
    const slugs = byRegion.get(region)!.sort();
    const parts = Math.ceil(slugs.length / size);
    return Array.from({ length: parts }, (_, i) => ({
      collection,
      region,
      part: i + 1,
      parts,
      name: `${region}-${i + 1}`,
      slugs: slugs.slice(i * size, (i + 1) * size),
    }));
  });
}

/** A file listed by `data/index.json`. `bytes` is filled in after the build (src/integrations/data-index.ts). */
export interface DataFile {
  collection: string;
  format: 'json' | 'csv';
  region?: string;
  part?: number;
  parts?: number;
  /** Entries in a JSON file (terms, for taxonomies); data rows (pack variants) in a CSV file. */
  count: number;
  url: string;
  bytes?: number;
}

export interface DataIndex {
  schemaVersion: string;
  generatedAt: string;
  site: string;
  locales: readonly string[];
  /** Entries per collection in the whole catalogue. */
  counts: Record<string, number>;
  /** The single-file downloads: `catalogue.json` (null when the catalogue is too large for one) and `products.csv`. */
  whole: { json: DataFile | null; csv: DataFile };
  /** Every part: the small collections, then producers, products and the products CSV per region. */
  files: DataFile[];
}

/** The download links of the buyers' and retailers' pages: the spreadsheet, the whole catalogue while there is one, the index of every file. */
export function downloadLinks(productCount: number): { file: string; path: string }[] {
  return [
    { file: 'products.csv', path: dataPath.productsCsv },
    ...(hasWholeCatalogue(productCount) ? [{ file: 'catalogue.json', path: dataPath.catalogue }] : []),
    { file: 'index.json', path: dataPath.index },
  ];
}

/** The index with each file's size in bytes, read by `sizeOf` from a site path (relative to the base). */
export function withSizes(index: DataIndex, sizeOf: (sitePath: string) => number): DataIndex {
  const root = new URL(index.site).pathname.replace(/\/?$/, '/');
  const relative = (url: string) => {
    const pathname = new URL(url).pathname;
    if (!pathname.startsWith(root)) throw new Error(`${url} is not under the site ${index.site}`);
    return pathname.slice(root.length);
  };
  const sized = (file: DataFile): DataFile => ({ ...file, bytes: sizeOf(relative(file.url)) });
  return {
    ...index,
    whole: { json: index.whole.json && sized(index.whole.json), csv: sized(index.whole.csv) },
    files: index.files.map(sized),
  };
}
