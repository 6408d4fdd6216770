import { describe, expect, it } from 'vitest';
import {
  dataPath,
  downloadLinks,
  hasWholeCatalogue,
  PART_SIZE,
  regionParts,
  WHOLE_CATALOGUE_MAX_PRODUCTS,
  withSizes,
  type DataIndex,
} from '~/lib/data-files';

describe('regionParts', () => {
  const entries = [
    { slug: 'b', region: 'semarang' },
    { slug: 'a', region: 'semarang' },
    { slug: 'c', region: 'palembang' },
    { slug: 'e', region: 'semarang' },
    { slug: 'd', region: 'semarang' },
  ];

  it('groups per region in slug order and cuts each region into parts of at most the part size', () => {
    expect(regionParts('products', entries, 3).map((p) => [p.name, p.part, p.parts, p.slugs])).toEqual([
      ['palembang-1', 1, 1, ['c']],
      ['semarang-1', 1, 2, ['a', 'b', 'd']],
      ['semarang-2', 2, 2, ['e']],
    ]);
  });

  it('puts every entry in exactly one part, and none in a region without entries', () => {
    const many = Array.from({ length: 2 * PART_SIZE + 1 }, (_, i) => ({ slug: `p${String(i).padStart(5, '0')}`, region: i % 3 ? 'x' : 'y' }));
    const parts = regionParts('producers', many);
    expect(parts.flatMap((p) => p.slugs).sort()).toEqual(many.map((e) => e.slug).sort());
    expect(Math.max(...parts.map((p) => p.slugs.length))).toBeLessThanOrEqual(PART_SIZE);
    expect(new Set(parts.map((p) => p.region))).toEqual(new Set(['x', 'y']));
    expect(regionParts('products', [])).toEqual([]);
  });
});

describe('the whole catalogue.json and the download links', () => {
  it('keeps catalogue.json while the catalogue is small, and always the CSV and the index', () => {
    expect(hasWholeCatalogue(WHOLE_CATALOGUE_MAX_PRODUCTS)).toBe(true);
    expect(hasWholeCatalogue(WHOLE_CATALOGUE_MAX_PRODUCTS + 1)).toBe(false);
    expect(downloadLinks(49).map((d) => d.path)).toEqual([dataPath.productsCsv, dataPath.catalogue, dataPath.index]);
    expect(downloadLinks(10_000).map((d) => d.path)).toEqual([dataPath.productsCsv, dataPath.index]);
  });
});

describe('withSizes', () => {
  const index: DataIndex = {
    schemaVersion: '2.0.0',
    generatedAt: '2026-11-23',
    site: 'https://example.org/etalase/',
    locales: ['en', 'id'],
    counts: {},
    whole: { json: null, csv: { collection: 'products', format: 'csv', count: 3, url: 'https://example.org/etalase/data/products.csv' } },
    files: [{ collection: 'regions', format: 'json', count: 1, url: 'https://example.org/etalase/data/regions.json' }],
  };

  it('reads each file by its path under the site base', () => {
    const sizes: Record<string, number> = { 'data/products.csv': 30, 'data/regions.json': 12 };
    const sized = withSizes(index, (p) => sizes[p]!);
    expect(sized.whole.csv.bytes).toBe(30);
    expect(sized.whole.json).toBeNull();
    expect(sized.files[0]!.bytes).toBe(12);
  });

  it('refuses a URL outside the site', () => {
    const outside = { ...index, files: [{ ...index.files[0]!, url: 'https://example.org/other/data/regions.json' }] };
    expect(() => withSizes(outside, () => 1)).toThrow(/not under the site/);
  });
});
