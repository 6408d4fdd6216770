/**
 * The retail partners' table (for-retailers pages): what its filters, sorting
 * and CSV export do, as pure functions so they are tested without a browser.
 * The pages render every row on the server with only the facts the cells do
 * not already show as data attributes; the browser module
 * (src/scripts/retail-table.ts) reads those and the cells, and calls these.
 * The shortlist itself is src/lib/shortlist.ts.
 */
import { toCsv, type CsvValue } from './csv';

/** The facts of one row the filters look at (from the row's data attributes). */
export interface RetailRowFacts {
  region: string;
  cluster: string;
  ready: boolean;
  halal: boolean;
  /** Lower-cased text the free-text filter searches: names of product, producer, region, cluster. */
  text: string;
}

export const sortKeys = ['product', 'producer', 'region', 'cluster', 'permit', 'halal', 'barcode', 'shelf-life', 'capacity', 'trial', 'readiness'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'ascending' | 'descending';

/** Sorting compares numbers for these columns, text for the others. */
export const numericSortKeys: readonly SortKey[] = ['shelf-life', 'capacity', 'readiness', 'trial', 'barcode', 'halal'];

/**
 * One row as the browser reads it back: names from the cells, the rest from the
 * row's data attributes (absent attributes read as empty strings).
 */
export interface RetailRowReading {
  slug: string;
  product: string;
  producer: string;
  region: string;
  cluster: string;
  permit: string;
  halal: string;
  barcode: string;
  shelfLifeDays: string;
  capacityKg: string;
  trial: string;
  met: string;
  applicable: string;
}

/** The text the free-text filter searches: names of product, producer, region, cluster, and the slug. */
export function searchText(row: Pick<RetailRowReading, 'slug' | 'product' | 'producer' | 'region' | 'cluster'>): string {
  return [row.product, row.producer, row.region, row.cluster, row.slug].join(' ').toLowerCase();
}

/** The value a column sorts by; empty for unknowns, which sort last (see sortBy). */
export function sortValue(row: RetailRowReading, key: SortKey): string {
  switch (key) {
    case 'product':
    case 'producer':
    case 'region':
    case 'cluster':
    case 'permit':
      return row[key];
    case 'halal':
      return row.halal === 'yes' ? '1' : row.halal === 'no' ? '0' : '';
    case 'barcode':
      return String({ all: 2, some: 1, none: 0 }[row.barcode] ?? '');
    case 'shelf-life':
      return row.shelfLifeDays;
    case 'capacity':
      return row.capacityKg;
    case 'trial': {
      const index = (trialOrder as readonly string[]).indexOf(row.trial);
      return index < 0 ? '' : String(index);
    }
    case 'readiness': {
      const met = Number(row.met);
      const applicable = Number(row.applicable);
      return applicable > 0 && Number.isFinite(met) ? String(met / applicable) : '';
    }
  }
}

export interface RetailTableState {
  region: string;
  cluster: string;
  ready: boolean;
  halal: boolean;
  q: string;
  sort?: SortKey | undefined;
  dir: SortDirection;
}

export function emptyTableState(): RetailTableState {
  return { region: '', cluster: '', ready: false, halal: false, q: '', dir: 'ascending' };
}

const SLUG = /^[a-z0-9-]{1,100}$/;

/** Table state from a URL query (`?region=…&ready=1&sort=capacity&dir=desc`); junk is ignored. */
export function parseTableState(params: URLSearchParams): RetailTableState {
  const state = emptyTableState();
  const region = params.get('region') ?? '';
  const cluster = params.get('cluster') ?? '';
  if (SLUG.test(region)) state.region = region;
  if (SLUG.test(cluster)) state.cluster = cluster;
  state.ready = params.get('ready') === '1';
  state.halal = params.get('halal') === '1';
  state.q = (params.get('q') ?? '').trim().slice(0, 200);
  const sort = params.get('sort');
  if (sort && (sortKeys as readonly string[]).includes(sort)) state.sort = sort as SortKey;
  state.dir = params.get('dir') === 'desc' ? 'descending' : 'ascending';
  return state;
}

/** The query for a state, leaving out defaults so shared URLs stay short. */
export function tableStateToParams(state: RetailTableState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.region) params.set('region', state.region);
  if (state.cluster) params.set('cluster', state.cluster);
  if (state.ready) params.set('ready', '1');
  if (state.halal) params.set('halal', '1');
  if (state.q) params.set('q', state.q);
  if (state.sort) {
    params.set('sort', state.sort);
    if (state.dir === 'descending') params.set('dir', 'desc');
  }
  return params;
}

export function matchesFilter(row: RetailRowFacts, state: RetailTableState): boolean {
  if (state.region && row.region !== state.region) return false;
  if (state.cluster && row.cluster !== state.cluster) return false;
  if (state.ready && !row.ready) return false;
  if (state.halal && !row.halal) return false;
  const words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => row.text.includes(word));
}

/**
 * Items sorted by a value each yields, numbers numerically and text in the
 * locale's order. Items without a value go last in both directions (an unknown
 * capacity is not the smallest one); ties keep their original order.
 */
export function sortBy<T>(items: readonly T[], value: (item: T) => string | undefined, numeric: boolean, dir: SortDirection, locale = 'id'): T[] {
  const sign = dir === 'descending' ? -1 : 1;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const keyed = items.map((item, index) => {
    const raw = value(item);
    const blank = raw === undefined || raw.trim() === '' || (numeric && !Number.isFinite(Number(raw)));
    return { item, index, blank, raw: raw ?? '' };
  });
  keyed.sort((a, b) => {
    if (a.blank !== b.blank) return a.blank ? 1 : -1;
    if (a.blank) return a.index - b.index;
    const order = numeric ? Number(a.raw) - Number(b.raw) : collator.compare(a.raw, b.raw);
    return order !== 0 ? sign * order : a.index - b.index;
  });
  return keyed.map((k) => k.item);
}

/** Collapses the whitespace of a table cell's text so it reads as one spreadsheet value. */
export function cellText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The shortlist as a CSV document (BOM, CRLF) with the table's own column headings. */
export function shortlistCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return toCsv(header, rows);
}

export const SHORTLIST_FILE = 'etalase-shortlist.csv';

/** Monthly capacity in kilograms when it is given as a mass, else undefined (pieces, litres …). */
export function capacityKg(capacity: { quantity: number; unit: string } | undefined): number | undefined {
  const perUnit: Record<string, number> = { g: 0.001, kg: 1, ton: 1000 };
  if (!capacity || perUnit[capacity.unit] === undefined) return undefined;
  return Math.round(capacity.quantity * perUnit[capacity.unit]! * 1000) / 1000;
}

/** How many of a product's packs carry a GS1 barcode. */
export function barcodeCoverage(packs: readonly { barcode?: string | undefined }[]): 'all' | 'some' | 'none' {
  const count = packs.filter((p) => p.barcode).length;
  if (count === 0) return 'none';
  return count === packs.length ? 'all' : 'some';
}

/** Market-trial statuses from furthest from a shelf to on it, for sorting. */
export const trialOrder = ['not-applicable', 'not-started', 'coaching', 'in-trial', 'passed', 'listed'] as const;

/**
 * A cluster's name short enough for a table cell: without "Sentra (IKM)",
 * "Industri", "Perajin", "… makers of", a parenthesis and the region's own
 * place name, which the table already says. "Sentra IKM Gula Kelapa
 * Purbalingga" → "Gula Kelapa"; "Kemplang and kerupuk makers of Palembang" →
 * "Kemplang and kerupuk". The full name stays in the filter and on the cluster page.
 */
export function shortClusterName(name: string, regionName = ''): string {
  const place = regionName.replace(/^(Kabupaten|Kota|Kab\.)\s+/i, '').trim();
  let short = name
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/^(Sentra(\s+IKM)?|Klaster|Industri|Perajin|Pengrajin)\s+/i, '')
    .replace(/\s+makers\s+of\s+.*$/i, '')
    .replace(/^Pengolahan\s+/i, '')
    .trim();
  if (place) short = short.replace(new RegExp(`\\s+${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'), '');
  short = short.replace(/\s+/g, ' ').trim();
  return short ? short.charAt(0).toLocaleUpperCase('id') + short.slice(1) : name;
}
