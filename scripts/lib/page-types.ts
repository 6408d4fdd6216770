/**
 * One page of every page type, picked from the build (not hard-coded slugs),
 * as paths relative to a locale's root, with what a test must do once loaded
 * to reach the page's interactive state.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { localeCodes } from '~/i18n/locales';

export interface PageType {
  name: string;
  path: string;
  /** Brings the page to the state worth checking (search results shown, table filtered). */
  ready?: (page: Page) => Promise<void>;
  /** The page forwards to another at once (GS1 Digital Link): `ready` waits until it has. */
  forwards?: boolean;
  /** The page exists once, at the site root, not in each language (GS1 Digital Link). */
  rootOnly?: boolean;
}

/** The page's address under a locale prefix (`''` or `'id/'`), relative to the site. */
export function pageTypePath(type: PageType, prefix: string): string {
  return type.rootOnly ? type.path : `${prefix}${type.path}`;
}

/** The first `count` entries' slugs of a section, in slug order. */
function firstSlugs(dist: string, section: string, count: number): string[] {
  return (
    readdirSync(path.join(dist, section), { withFileTypes: true })
      // `page/` holds a list's later pages (`/producers/page/2/`), not an entry.
      .filter((d) => d.isDirectory() && d.name !== 'page')
      .map((d) => d.name)
      .sort()
      .slice(0, count)
  );
}

function firstEntry(dist: string, section: string): string {
  const [slug] = firstSlugs(dist, section, 1);
  if (!slug) throw new Error(`no ${section} pages in ${dist}`);
  return `${section}/${slug}/`;
}

/**
 * Page 2 of the first category and of /producers/ that have one. The seed
 * catalogue's lists fit on one page, so its build has none; the pagination
 * suite (tests/browser/pagination.test.ts) checks page 2 on a larger catalogue.
 */
function secondPages(dist: string): PageType[] {
  const categories = readdirSync(path.join(dist, 'categories'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `categories/${d.name}/`);
  const paged = ['producers/', categories.sort().find((c) => existsSync(path.join(dist, c, 'page/2/index.html')))];
  return paged.filter((list): list is string => Boolean(list) && existsSync(path.join(dist, list!, 'page/2/index.html'))).map((list) => ({ name: `${list} page 2`, path: `${list}page/2/` }));
}

export function pageTypes(dist: string): PageType[] {
  const entry = (section: string) => firstEntry(dist, section);
  return [
    { name: 'home', path: '' },
    { name: 'products index', path: 'products/' },
    { name: 'product', path: entry('products') },
    { name: 'producers index', path: 'producers/' },
    { name: 'producer', path: entry('producers') },
    { name: 'regions index', path: 'regions/' },
    { name: 'region', path: entry('regions') },
    { name: 'region products list', path: `${entry('regions')}products/` },
    { name: 'region producers list', path: `${entry('regions')}producers/` },
    { name: 'cluster', path: entry('clusters') },
    { name: 'cluster products list', path: `${entry('clusters')}products/` },
    { name: 'category', path: entry('categories') },
    ...secondPages(dist),
    { name: 'certificate', path: entry('certificates') },
    { name: 'association', path: entry('associations') },
    { name: 'association print pack', path: `${entry('associations')}print/` },
    { name: 'news index', path: 'news/' },
    { name: 'news item', path: entry('news') },
    { name: 'about', path: 'about/' },
    { name: 'for buyers', path: 'for-buyers/' },
    {
      name: 'for retailers (filtered)',
      path: 'for-retailers/',
      ready: async (page) => {
        await page.locator('[data-shortlist-bar]:not([hidden])').waitFor();
        await page.locator('input[name="ready"]').check();
      },
    },
    {
      name: 'region retail table (filtered)',
      path: entry('for-retailers'),
      ready: async (page) => {
        await page.locator('[data-shortlist-bar]:not([hidden])').waitFor();
        await page.locator('input[name="ready"]').check();
      },
    },
    {
      name: 'search with results',
      path: 'search/?q=kemplang',
      ready: async (page) => {
        await page.locator('[data-search-results] li').first().waitFor({ timeout: 15_000 });
      },
    },
    {
      // Forwards at once to its product page (meta refresh); checks run on the page it lands on.
      // tests/browser/digital-link.test.ts checks the forwarding page itself.
      name: 'GS1 Digital Link',
      path: entry('01'),
      forwards: true,
      rootOnly: true,
      ready: async (page) => {
        await page.waitForURL(/\/products\/[^/]+\/$/);
        await page.waitForLoadState('load');
      },
    },
    {
      // The inquiry list with a product added the way "Add to inquiry list" does it (the list lives in the browser).
      name: 'inquiry list',
      path: `inquiry/?add=${firstSlugs(dist, 'products', 1)[0]}`,
      ready: async (page) => {
        await page.locator('[data-list-groups] .inquiry-group').first().waitFor();
      },
    },
    {
      name: 'compare',
      path: `inquiry/compare/?products=${firstSlugs(dist, 'products', 3).join(',')}`,
      ready: async (page) => {
        await page.locator('table.compare').waitFor();
      },
    },
    { name: 'not found', path: 'no-such-page/' },
  ];
}

/**
 * The page type of a built page from its path, both languages together:
 * `products/x/` → product, `regions/x/products/page/2/` → "region products list",
 * `for-retailers/x/page/3/` → "region retail table".
 */
export function pageTypeOf(sitePath: string): string {
  const segments = sitePath.split('/').filter(Boolean);
  if (localeCodes.includes(segments[0] as (typeof localeCodes)[number])) segments.shift();
  const paged = segments.length >= 2 && segments.at(-2) === 'page' && /^\d+$/.test(segments.at(-1)!);
  if (paged) segments.splice(-2);
  const [section = '', entry, list] = segments;
  if (!section) return 'home';
  if (section === 'inquiry') return entry ? 'compare' : 'inquiry list';
  const named: Record<string, string> = { products: 'product', producers: 'producer', regions: 'region', clusters: 'cluster', categories: 'category', certificates: 'certificate', associations: 'association', news: 'news item', 'for-retailers': 'region retail table' };
  if (!entry) return section === 'for-retailers' ? 'for retailers' : section === 'search' ? 'search' : `${section} index`;
  if (list) return `${named[section] ?? section} ${list} list`;
  return named[section] ?? `${section} page`;
}
