import { describe, expect, it } from 'vitest';
import {
  barcodeCoverage,
  capacityKg,
  cellText,
  emptyTableState,
  matchesFilter,
  parseShortlist,
  parseTableState,
  shortlistCsv,
  sortBy,
  tableStateToParams,
  toggleShortlist,
  type RetailRowFacts,
} from '../../src/lib/retail-table';

const row = (over: Partial<RetailRowFacts> = {}): RetailRowFacts => ({
  region: 'kabupaten-ogan-komering-ilir',
  cluster: '',
  ready: true,
  halal: true,
  text: 'terasi rebon tulung selapan koperasi',
  ...over,
});

describe('table state in the URL', () => {
  it('round-trips filters and sort, leaving defaults out', () => {
    const params = new URLSearchParams('region=kabupaten-ogan-komering-ilir&ready=1&q=%20terasi%20&sort=capacity&dir=desc');
    const state = parseTableState(params);
    expect(state).toEqual({ region: 'kabupaten-ogan-komering-ilir', cluster: '', ready: true, halal: false, q: 'terasi', sort: 'capacity', dir: 'descending' });
    expect(tableStateToParams(state).toString()).toBe('region=kabupaten-ogan-komering-ilir&ready=1&q=terasi&sort=capacity&dir=desc');
    expect(tableStateToParams(emptyTableState()).toString()).toBe('');
  });

  it('ignores junk values', () => {
    const state = parseTableState(new URLSearchParams('region=<script>&ready=yes&sort=price&dir=sideways'));
    expect(state).toEqual(emptyTableState());
  });
});

describe('matchesFilter', () => {
  it('applies every filter together', () => {
    const state = { ...emptyTableState(), region: 'kabupaten-ogan-komering-ilir', ready: true };
    expect(matchesFilter(row(), state)).toBe(true);
    expect(matchesFilter(row({ ready: false }), state)).toBe(false);
    expect(matchesFilter(row({ region: 'kota-palembang' }), state)).toBe(false);
    expect(matchesFilter(row({ halal: false }), { ...emptyTableState(), halal: true })).toBe(false);
    expect(matchesFilter(row({ cluster: 'x' }), { ...emptyTableState(), cluster: 'y' })).toBe(false);
  });

  it('matches every word of the text filter, case-insensitively', () => {
    expect(matchesFilter(row(), { ...emptyTableState(), q: 'Terasi  KOPERASI' })).toBe(true);
    expect(matchesFilter(row(), { ...emptyTableState(), q: 'terasi kemplang' })).toBe(false);
  });
});

describe('sortBy', () => {
  const items = [
    { name: 'Kemplang', cap: '200' },
    { name: 'bandeng', cap: '' },
    { name: 'Gula', cap: '25000' },
    { name: 'Ärtisan', cap: '30' },
    { name: 'Terasi', cap: undefined },
  ];
  it('sorts numbers numerically and keeps unknowns last in both directions', () => {
    expect(sortBy(items, (i) => i.cap, true, 'ascending').map((i) => i.name)).toEqual(['Ärtisan', 'Kemplang', 'Gula', 'bandeng', 'Terasi']);
    expect(sortBy(items, (i) => i.cap, true, 'descending').map((i) => i.name)).toEqual(['Gula', 'Kemplang', 'Ärtisan', 'bandeng', 'Terasi']);
  });
  it('sorts text ignoring case and accents, and does not change the input', () => {
    const copy = [...items];
    expect(sortBy(items, (i) => i.name, false, 'ascending').map((i) => i.name)).toEqual(['Ärtisan', 'bandeng', 'Gula', 'Kemplang', 'Terasi']);
    expect(items).toEqual(copy);
  });
  it('keeps the original order of ties', () => {
    const ties = [{ k: '1', n: 'a' }, { k: '1', n: 'b' }, { k: '0', n: 'c' }];
    expect(sortBy(ties, (i) => i.k, true, 'descending').map((i) => i.n)).toEqual(['a', 'b', 'c']);
  });
});

describe('shortlist', () => {
  it('reads stored slugs and nothing else', () => {
    expect(parseShortlist('["a","b","a","Bad Slug",3]')).toEqual(['a', 'b']);
    expect(parseShortlist('{"a":1}')).toEqual([]);
    expect(parseShortlist('not json')).toEqual([]);
    expect(parseShortlist(null)).toEqual([]);
  });
  it('toggles a slug without duplicates', () => {
    expect(toggleShortlist(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleShortlist(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggleShortlist(['a', 'b'], 'a', false)).toEqual(['b']);
  });
  it('exports CSV with a BOM, CRLF and quoted fields', () => {
    const csv = shortlistCsv(['Produk', 'Tes pasar'], [[cellText('  Kemplang\n  Panggang '), 'Lolos (Alfamart, Indomaret)']]);
    expect(csv).toBe('\uFEFFProduk,Tes pasar\r\nKemplang Panggang,"Lolos (Alfamart, Indomaret)"\r\n');
  });
});

describe('row facts', () => {
  it('converts masses to kg and leaves other units out', () => {
    expect(capacityKg({ quantity: 2, unit: 'ton' })).toBe(2000);
    expect(capacityKg({ quantity: 500, unit: 'g' })).toBe(0.5);
    expect(capacityKg({ quantity: 800, unit: 'pack' })).toBeUndefined();
    expect(capacityKg(undefined)).toBeUndefined();
  });
  it('tells how many packs carry a barcode', () => {
    expect(barcodeCoverage([{ barcode: '9520000000001' }, {}])).toBe('some');
    expect(barcodeCoverage([{ barcode: '9520000000001' }])).toBe('all');
    expect(barcodeCoverage([{}])).toBe('none');
  });
});
