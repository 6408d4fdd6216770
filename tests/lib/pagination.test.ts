import { afterEach, describe, expect, it, vi } from 'vitest';
import { listingPath, listingStaticPaths, PAGE_SIZE, pageCount, pageCrumbs, pageRange, pageItems, pageNav, pageParam, pageSegments } from '~/lib/pagination';
import { switchLocalePath } from '~/lib/urls';

afterEach(() => vi.unstubAllEnvs());

describe('pageCount', () => {
  it('has one page for an empty list and for a list up to the page size', () => {
    expect(pageCount(0, 48)).toBe(1);
    expect(pageCount(1, 48)).toBe(1);
    expect(pageCount(48, 48)).toBe(1);
  });

  it('adds a page for every started page size, exact multiples included', () => {
    expect(pageCount(49, 48)).toBe(2);
    expect(pageCount(96, 48)).toBe(2);
    expect(pageCount(97, 48)).toBe(3);
    expect(pageCount(10_000)).toBe(Math.ceil(10_000 / PAGE_SIZE));
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => pageCount(10, 0)).toThrow(/positive whole number/);
    expect(() => pageCount(10, 2.5)).toThrow(/positive whole number/);
  });
});

describe('pageItems', () => {
  const items = Array.from({ length: 10 }, (_, i) => i + 1);

  it('slices each page, the last one short, and every item once across the pages', () => {
    expect(pageItems(items, 1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageItems(items, 2, 4)).toEqual([5, 6, 7, 8]);
    expect(pageItems(items, 3, 4)).toEqual([9, 10]);
    const pages = Array.from({ length: pageCount(items.length, 4) }, (_, i) => pageItems(items, i + 1, 4));
    expect(pages.flat()).toEqual(items);
  });

  it('gives an empty page for an empty list or a page past the end', () => {
    expect(pageItems([], 1, 4)).toEqual([]);
    expect(pageItems(items, 4, 4)).toEqual([]);
  });
});

describe('pageRange', () => {
  it('gives the positions of the first and last item on a page, the last page short', () => {
    expect(pageRange(1, 100, 48)).toEqual({ from: 1, to: 48 });
    expect(pageRange(2, 100, 48)).toEqual({ from: 49, to: 96 });
    expect(pageRange(3, 100, 48)).toEqual({ from: 97, to: 100 });
    expect(pageRange(1, 7, 48)).toEqual({ from: 1, to: 7 });
  });
});

describe('page URLs', () => {
  it('keep page 1 at the listing URL and put later pages under page/<n>/, in both locales', () => {
    expect(pageSegments(1)).toEqual([]);
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('page/3');
    expect(listingPath('en', ['categories', 'crackers'], 1)).toBe('/categories/crackers/');
    expect(listingPath('en', ['categories', 'crackers'], 2)).toBe('/categories/crackers/page/2/');
    expect(listingPath('id', ['categories', 'crackers'], 2)).toBe('/id/categories/crackers/page/2/');
    expect(listingPath('id', ['producers'], 1)).toBe('/id/producers/');
  });

  it('respect the base path, and switching locale keeps the page number', () => {
    vi.stubEnv('BASE_URL', '/etalase/');
    expect(listingPath('en', ['regions', 'kota-palembang', 'products'], 1)).toBe('/etalase/regions/kota-palembang/products/');
    const second = listingPath('en', ['regions', 'kota-palembang', 'products'], 2);
    expect(second).toBe('/etalase/regions/kota-palembang/products/page/2/');
    expect(switchLocalePath(second, 'id')).toBe('/etalase/id/regions/kota-palembang/products/page/2/');
    expect(switchLocalePath('/etalase/id/producers/page/7/', 'en')).toBe('/etalase/producers/page/7/');
  });
});

describe('pageNav', () => {
  it('has no previous on the first page and no next on the last', () => {
    const first = pageNav('en', ['producers'], 1, 3);
    expect(first.previous).toBeUndefined();
    expect(first.next).toBe('/producers/page/2/');
    const last = pageNav('id', ['producers'], 3, 3);
    expect(last.previous).toBe('/id/producers/page/2/');
    expect(last.next).toBeUndefined();
    expect(pageNav('en', ['producers'], 2, 3).previous).toBe('/producers/');
  });

  it('lists the first, the last and the pages around the current one, marking the current one', () => {
    const nav = pageNav('en', ['categories', 'x'], 10, 20);
    expect(nav.pages.map((p) => p.page)).toEqual([1, 8, 9, 10, 11, 12, 20]);
    expect(nav.pages.filter((p) => p.current).map((p) => p.href)).toEqual(['/categories/x/page/10/']);
    expect(nav.pages.filter((p) => p.gapBefore).map((p) => p.page)).toEqual([8, 20]);
    expect(pageNav('en', ['x'], 1, 1).pages).toEqual([{ page: 1, href: '/x/', current: true, gapBefore: false }]);
    expect(pageNav('en', ['x'], 2, 4).pages.map((p) => p.page)).toEqual([1, 2, 3, 4]);
  });
});

describe('listingStaticPaths', () => {
  it('makes every page of every listing in every locale, page 1 without a page parameter', () => {
    const paths = listingStaticPaths(
      [
        { params: { slug: 'a' }, count: 5 },
        { params: { slug: 'b' }, count: 0 },
      ],
      2,
    );
    const en = paths.filter((p) => p.props.locale === 'en').map((p) => `${p.params.slug} ${p.params.page ?? ''}`);
    expect(en).toEqual(['a ', 'a page/2', 'a page/3', 'b ']);
    expect(paths).toHaveLength(8);
    expect(paths.find((p) => p.props.locale === 'id' && p.props.page === 3)).toEqual({
      params: { slug: 'a', lang: 'id', page: 'page/3' },
      props: { slug: 'a', locale: 'id', page: 3 },
    });
  });
});

describe('pageCrumbs', () => {
  it('adds a "Page N" crumb after the list on page 2+ only', () => {
    expect(pageCrumbs('en', ['producers'], 1)).toEqual([]);
    expect(pageCrumbs('en', ['producers'], 2)).toEqual([{ name: 'Page 2', path: '/producers/page/2/' }]);
    expect(pageCrumbs('id', ['producers'], 3)).toEqual([{ name: 'Halaman 3', path: '/id/producers/page/3/' }]);
  });
});
