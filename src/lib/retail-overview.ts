/**
 * The for-retailers landing page at any catalogue size: whether it can still
 * show every product in one table, and the per-region overview that links to
 * each region's table (retail scouts work region by region).
 */
import { trialOrder } from './retail-table';

/**
 * Up to this many products the landing page keeps the full table: at about
 * 0.7 KB of HTML per row that is some 200 KB, still quick on a regional
 * office's connection. Above it the page shows the region overview only and
 * each region's table lives on its own page.
 */
export const FULL_TABLE_MAX_PRODUCTS = 300;

/**
 * Rows per page of a region's table: a page a phone scrolls through as cards
 * and a laptop reads as one table, some 6 KB of gzipped HTML however large the
 * region (the budget is 50 KB). The browser loads the other pages when a filter
 * or sort needs every row.
 */
export const RETAIL_PAGE_SIZE = 100;

export function showsFullTable(productCount: number, max = FULL_TABLE_MAX_PRODUCTS): boolean {
  return productCount <= max;
}

export type TrialStatus = (typeof trialOrder)[number];

/** What the overview needs of one row. */
export interface OverviewRowFacts {
  region: string;
  regionName: string;
  ready: boolean;
  trial: { status: TrialStatus };
}

export interface RegionSummary {
  region: string;
  regionName: string;
  products: number;
  ready: number;
  /** Products per market-trial (tes pasar) status; every status is present, zero if none. */
  trial: Record<TrialStatus, number>;
}

/** Rows grouped by region, regions in the locale's alphabetical order of their names. */
export function regionOverview(rows: readonly OverviewRowFacts[], locale = 'id'): RegionSummary[] {
  const byRegion = new Map<string, RegionSummary>();
  for (const row of rows) {
    let summary = byRegion.get(row.region);
    if (!summary) {
      summary = { region: row.region, regionName: row.regionName, products: 0, ready: 0, trial: Object.fromEntries(trialOrder.map((s) => [s, 0])) as Record<TrialStatus, number> };
      byRegion.set(row.region, summary);
    }
    summary.products++;
    if (row.ready) summary.ready++;
    summary.trial[row.trial.status]++;
  }
  const collator = new Intl.Collator(locale);
  return [...byRegion.values()].sort((a, b) => collator.compare(a.regionName, b.regionName) || a.region.localeCompare(b.region));
}

/** The rows of one region, in their original order. */
export function rowsOfRegion<T extends { region: string }>(rows: readonly T[], region: string): T[] {
  return rows.filter((row) => row.region === region);
}
