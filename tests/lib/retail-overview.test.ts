import { describe, expect, it } from 'vitest';
import { FULL_TABLE_MAX_PRODUCTS, regionOverview, rowsOfRegion, showsFullTable, type OverviewRowFacts } from '~/lib/retail-overview';

describe('showsFullTable', () => {
  it('keeps the one full table for a small catalogue (the seed site) and drops it above the threshold', () => {
    expect(FULL_TABLE_MAX_PRODUCTS).toBeGreaterThanOrEqual(100);
    expect(showsFullTable(40)).toBe(true);
    expect(showsFullTable(FULL_TABLE_MAX_PRODUCTS)).toBe(true);
    expect(showsFullTable(FULL_TABLE_MAX_PRODUCTS + 1)).toBe(false);
    expect(showsFullTable(10_000)).toBe(false);
    expect(showsFullTable(0)).toBe(true);
    expect(showsFullTable(5, 4)).toBe(false);
  });
});

describe('regionOverview', () => {
  const row = (region: string, regionName: string, ready: boolean, status: OverviewRowFacts['trial']['status']): OverviewRowFacts => ({ region, regionName, ready, trial: { status } });
  const rows = [
    row('kota-palembang', 'Kota Palembang', true, 'listed'),
    row('kabupaten-ogan-komering-ilir', 'Kabupaten Ogan Komering Ilir', true, 'in-trial'),
    row('kabupaten-ogan-komering-ilir', 'Kabupaten Ogan Komering Ilir', false, 'in-trial'),
    row('kabupaten-ogan-komering-ilir', 'Kabupaten Ogan Komering Ilir', true, 'not-started'),
  ];
  it('counts products, retail-ready ones and each market-trial status per region, regions by name', () => {
    expect(regionOverview(rows)).toEqual([
      {
        region: 'kabupaten-ogan-komering-ilir',
        regionName: 'Kabupaten Ogan Komering Ilir',
        products: 3,
        ready: 2,
        trial: { 'not-applicable': 0, 'not-started': 1, coaching: 0, 'in-trial': 2, passed: 0, listed: 0 },
      },
      {
        region: 'kota-palembang',
        regionName: 'Kota Palembang',
        products: 1,
        ready: 1,
        trial: { 'not-applicable': 0, 'not-started': 0, coaching: 0, 'in-trial': 0, passed: 0, listed: 1 },
      },
    ]);
  });
  it('accounts for every product exactly once', () => {
    const overview = regionOverview(rows);
    expect(overview.reduce((sum, r) => sum + r.products, 0)).toBe(rows.length);
    for (const r of overview) expect(Object.values(r.trial).reduce((a, b) => a + b, 0)).toBe(r.products);
    expect(regionOverview([])).toEqual([]);
  });
  it('picks one region’s rows in their order', () => {
    expect(rowsOfRegion(rows, 'kabupaten-ogan-komering-ilir').map((r) => r.trial.status)).toEqual(['in-trial', 'in-trial', 'not-started']);
    expect(rowsOfRegion(rows, 'nowhere')).toEqual([]);
  });
});
