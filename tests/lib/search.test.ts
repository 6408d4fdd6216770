import { describe, expect, it } from 'vitest';
import { comparableQuantity, pagefindAttribute, producerSearchFilters, searchFilters, searchSorts, sortOrders, type ProductSearchFacts } from '~/lib/search-index';
import { countFacets, hasCriteria, MAX_QUERY_LENGTH, orderResults, pagefindOptions, parseSearchParams, toSearchParams } from '~/lib/search-state';

const facts: ProductSearchFacts = {
  category: 'crackers',
  region: 'kota-palembang',
  cluster: undefined,
  certificates: ['nib', 'halal', 'halal'],
  markets: ['SG', 'MY'],
  exportReady: true,
  retailReady: false,
  availability: 'all-year',
  name: 'Kemplang Panggang',
  monthlyCapacity: { quantity: 2, unit: 'ton' },
  moq: undefined,
  verifiedOn: new Date('2026-10-01T00:00:00Z'),
};

describe('search index facts', () => {
  it('derives facet values as stable ids', () => {
    expect(searchFilters(facts)).toEqual({
      category: ['crackers'],
      region: ['kota-palembang'],
      cluster: [],
      certificate: ['halal', 'nib'],
      market: ['MY', 'SG'],
      'export-ready': ['yes'],
      'retail-ready': ['no'],
      availability: ['all-year'],
    });
  });
  it('normalises masses to kg and leaves a value not stated empty', () => {
    expect(comparableQuantity({ quantity: 2, unit: 'ton' })).toBe(2000);
    expect(comparableQuantity({ quantity: 500, unit: 'g' })).toBe(0.5);
    expect(comparableQuantity({ quantity: 300, unit: 'pcs' })).toBe(300);
    const sorts = searchSorts(facts);
    expect(sorts).toMatchObject({ name: 'Kemplang Panggang', capacity: '2000', verified: '2026-10-01', moq: '' });
    expect(searchSorts({ ...facts, monthlyCapacity: undefined }).capacity).toBe('');
  });
  it('orders pages for each sort in its direction, names by the language, values not stated last', () => {
    const pages = [
      { id: 'a', sorts: { name: 'Émping melinjo', capacity: '500', moq: '', verified: '2026-01-05' } },
      { id: 'b', sorts: { name: 'bandeng presto', capacity: '', moq: '10', verified: '2026-03-01' } },
      { id: 'c', sorts: { name: 'Kemplang 10', capacity: '2000', moq: '2', verified: '2025-12-31' } },
      { id: 'd', sorts: { name: 'Kemplang 9', capacity: '500', moq: '100', verified: '2026-03-01' } },
    ];
    expect(sortOrders(pages, 'id')).toEqual({
      name: ['b', 'a', 'd', 'c'],
      capacity: ['c', 'a', 'd', 'b'],
      moq: ['c', 'b', 'd', 'a'],
      verified: ['b', 'd', 'a', 'c'],
    });
  });
  it('puts results in a sort order, those it does not name after the others', () => {
    const results = ['x', 'a', 'b', 'c'].map((id) => ({ id }));
    expect(orderResults(results, ['c', 'a', 'b']).map((r) => r.id)).toEqual(['c', 'a', 'b', 'x']);
    expect(orderResults(results, []).map((r) => r.id)).toEqual(['x', 'a', 'b', 'c']);
  });
  it('escapes commas in attribute values', () => {
    expect(pagefindAttribute('producer', 'UD A, B')).toBe('producer:UD A\\, B');
  });
});

describe('search URL state', () => {
  it('round-trips query, filters and sort in a canonical order', () => {
    const state = parseSearchParams(new URLSearchParams('sort=capacity&region=kota-palembang&q=kemplang&certificate=nib&certificate=halal'));
    expect(state).toEqual({ q: 'kemplang', filters: { region: ['kota-palembang'], certificate: ['halal', 'nib'] }, sort: 'capacity', type: 'products' });
    expect(toSearchParams(state).toString()).toBe('q=kemplang&region=kota-palembang&certificate=halal&certificate=nib&sort=capacity');
    const producers = parseSearchParams(new URLSearchParams('type=producers&q=kemplang'));
    expect(producers.type).toBe('producers');
    expect(toSearchParams(producers).toString()).toBe('q=kemplang&type=producers');
  });
  it('drops unknown facets, hostile values and unknown sorts', () => {
    const state = parseSearchParams(new URLSearchParams('colour=red&category=<script>&category=crackers&sort=price;drop'));
    expect(state).toEqual({ q: '', filters: { category: ['crackers'] }, sort: 'relevance', type: 'products' });
    expect(parseSearchParams(new URLSearchParams('type=everything')).type).toBe('products');
  });
  it('keeps the query text as typed (rendered as text, never HTML) but bounded in length', () => {
    const hostile = `<img src=x onerror=alert(1)> "quotes" (.*)+ 🍤 ${'x'.repeat(600)}`;
    const state = parseSearchParams(new URLSearchParams({ q: hostile }));
    expect(state.q.length).toBe(MAX_QUERY_LENGTH);
    expect(state.q.startsWith('<img src=x')).toBe(true);
  });
  it('builds Pagefind options: any within a facet; the sort is applied after, not by Pagefind', () => {
    const state = parseSearchParams(new URLSearchParams('category=crackers&certificate=halal&sort=moq'));
    expect(pagefindOptions(state)).toEqual({
      filters: { category: { any: ['crackers'] }, certificate: { any: ['halal'] } },
    });
    expect(pagefindOptions(parseSearchParams(new URLSearchParams('q=x')))).toEqual({ filters: {} });
  });
  it("applies to producers only the facets producers carry, under producers' own keys, and can leave one facet out for its counts", () => {
    const state = parseSearchParams(new URLSearchParams('category=crackers&certificate=halal&region=kota-palembang'));
    expect(pagefindOptions(state, 'producers').filters).toEqual({ 'producer-region': { any: ['kota-palembang'] }, 'producer-certificate': { any: ['halal'] } });
    expect(Object.keys(pagefindOptions(state, 'products', 'certificate').filters)).toEqual(['category', 'region']);
    expect(producerSearchFilters({ region: 'kota-palembang', certificates: ['nib'], markets: [] })).toMatchObject({ 'producer-region': ['kota-palembang'], 'producer-certificate': ['nib'] });
  });
  it('knows when there is nothing to search for', () => {
    expect(hasCriteria(parseSearchParams(new URLSearchParams('')))).toBe(false);
    expect(hasCriteria(parseSearchParams(new URLSearchParams('q=%20')))).toBe(false);
    expect(hasCriteria(parseSearchParams(new URLSearchParams('region=kota-semarang')))).toBe(true);
    expect(hasCriteria(parseSearchParams(new URLSearchParams('type=producers')))).toBe(true);
  });
});

describe('countFacets', () => {
  const pages = [
    ['category:crackers', 'certificate:halal', 'region:kota-palembang'],
    ['category:crackers', 'certificate:nib', 'region:kota-palembang'],
    ['category:sweeteners', 'certificate:halal', 'region:kabupaten-purbalingga'],
    ['producer-region:kota-palembang', 'producer-certificate:halal'],
  ];
  it('counts every value over the results when nothing is ticked, each type under its own keys', () => {
    const counts = countFacets(pages, parseSearchParams(new URLSearchParams('')));
    expect(counts.category).toEqual({ crackers: 2, sweeteners: 1 });
    expect(counts.region).toEqual({ 'kota-palembang': 2, 'kabupaten-purbalingga': 1 });
    expect(countFacets(pages, parseSearchParams(new URLSearchParams('type=producers'))).region).toEqual({ 'kota-palembang': 1 });
  });
  it('counts a ticked facet without its own filter, and the others within it', () => {
    const counts = countFacets(pages, parseSearchParams(new URLSearchParams('certificate=halal')));
    expect(counts.certificate).toEqual({ halal: 2, nib: 1 }); // nib stays an alternative
    expect(counts.category).toEqual({ crackers: 1, sweeteners: 1 });
    const two = countFacets(pages, parseSearchParams(new URLSearchParams('certificate=halal&category=crackers')));
    expect(two.certificate).toEqual({ halal: 1, nib: 1 });
    expect(two.category).toEqual({ crackers: 1, sweeteners: 1 });
    expect(two.region).toEqual({ 'kota-palembang': 1 });
  });
});

describe('collectFacetValues', () => {
  it('lists each value once per facet, sorted', async () => {
    const { collectFacetValues } = await import('~/lib/search-index');
    const values = collectFacetValues([facts, { ...facts, category: 'condiments', cluster: 'sentra-a', exportReady: false, markets: ['SG'] }]);
    expect(values.category).toEqual(['condiments', 'crackers']);
    expect(values.cluster).toEqual(['sentra-a']);
    expect(values['export-ready']).toEqual(['no', 'yes']);
    expect(values.market).toEqual(['MY', 'SG']);
  });
});

describe('countFacetValues', () => {
  it('counts the products taking each value, a product counted once per value it takes', async () => {
    const { countFacetValues } = await import('~/lib/search-index');
    const counts = countFacetValues([
      { ...facts, cluster: 'sentra-a' },
      { ...facts, category: 'condiments', exportReady: false, markets: ['SG'] },
      { ...facts, cluster: 'sentra-a', certificates: ['halal', 'halal', 'halal'] },
    ]);
    expect(Object.fromEntries(counts.category)).toEqual({ crackers: 2, condiments: 1 });
    expect(Object.fromEntries(counts['export-ready'])).toEqual({ yes: 2, no: 1 });
    expect(Object.fromEntries(counts.cluster)).toEqual({ 'sentra-a': 2 });
    expect(Object.fromEntries(counts.certificate)).toEqual({ halal: 3, nib: 2 });
    expect(Object.fromEntries(counts.market)).toEqual({ SG: 3, MY: 2 });
    expect(countFacetValues([]).category.size).toBe(0);
  });
});

