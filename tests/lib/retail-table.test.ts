import { describe, expect, it } from 'vitest';
import {
  barcodeCoverage,
  capacityKg,
  cellText,
  emptyTableState,
  matchesFilter,
  parseTableState,
  shortlistCsv,
  searchText,
  sortBy,
  sortValue,
  tableStateToParams,
  type RetailRowFacts,
  type RetailRowReading,
} from '~/lib/retail-table';

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

describe('shortlist CSV', () => {
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

describe('sort values read back from a row', () => {
  const reading = (over: Partial<RetailRowReading> = {}): RetailRowReading => ({
    slug: 'terasi-rebon',
    product: 'Terasi Rebon',
    producer: 'KUB Tulung Selapan',
    region: 'Kabupaten Ogan Komering Ilir',
    cluster: '',
    permit: 'SPP-IRT',
    halal: 'yes',
    barcode: 'some',
    shelfLifeDays: '180',
    capacityKg: '',
    trial: 'in-trial',
    met: '4',
    applicable: '8',
    ...over,
  });
  it('sorts names and the permit as text, the rest as numbers, unknowns empty', () => {
    expect(sortValue(reading(), 'product')).toBe('Terasi Rebon');
    expect(sortValue(reading(), 'cluster')).toBe('');
    expect(sortValue(reading(), 'permit')).toBe('SPP-IRT');
    expect(sortValue(reading(), 'halal')).toBe('1');
    expect(sortValue(reading({ halal: 'no' }), 'halal')).toBe('0');
    expect(sortValue(reading({ halal: 'na' }), 'halal')).toBe('');
    expect(sortValue(reading(), 'barcode')).toBe('1');
    expect(sortValue(reading({ barcode: 'none' }), 'barcode')).toBe('0');
    expect(sortValue(reading(), 'shelf-life')).toBe('180');
    expect(sortValue(reading(), 'capacity')).toBe('');
    expect(sortValue(reading(), 'trial')).toBe('3');
    expect(sortValue(reading({ trial: 'bogus' }), 'trial')).toBe('');
    expect(sortValue(reading(), 'readiness')).toBe('0.5');
    expect(sortValue(reading({ applicable: '0', met: '0' }), 'readiness')).toBe('');
  });
  it('searches names and slug in lower case', () => {
    expect(searchText(reading({ cluster: 'Sentra Terasi' }))).toBe('terasi rebon kub tulung selapan kabupaten ogan komering ilir sentra terasi terasi-rebon');
  });
});

describe('shortClusterName', () => {
  it('drops lead words, "makers of", parentheses and the region that the table already names', async () => {
    const { shortClusterName } = await import('~/lib/retail-table');
    expect(shortClusterName('Sentra IKM Gula Kelapa Purbalingga', 'Kabupaten Purbalingga')).toBe('Gula Kelapa');
    expect(shortClusterName('Kemplang and kerupuk makers of Palembang', 'Kota Palembang')).toBe('Kemplang and kerupuk');
    expect(shortClusterName('Perajin kemplang dan kerupuk Palembang', 'Kota Palembang')).toBe('Kemplang dan kerupuk');
    expect(shortClusterName('Sentra IKM Logam Purbalingga (UPTD Pilog)', 'Kabupaten Purbalingga')).toBe('Logam');
    expect(shortClusterName('Sentra Tahu Tempe Krobokan', 'Kota Semarang')).toBe('Tahu Tempe Krobokan');
    expect(shortClusterName('Sentra', 'Kota Semarang')).toBe('Sentra');
  });
});
