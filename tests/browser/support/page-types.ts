/**
 * One page of every page type, picked from the build (not hard-coded slugs),
 * as paths relative to a locale's root, with what a test must do once loaded
 * to reach the page's interactive state.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export interface PageType {
  name: string;
  path: string;
  /** Brings the page to the state worth checking (search results shown, table filtered). */
  ready?: (page: Page) => Promise<void>;
}

function firstEntry(dist: string, section: string): string {
  const slug = readdirSync(path.join(dist, section), { withFileTypes: true })
    // `page/` holds a list's later pages (`/producers/page/2/`), not an entry.
    .filter((d) => d.isDirectory() && d.name !== 'page')
    .map((d) => d.name)
    .sort()[0];
  if (!slug) throw new Error(`no ${section} pages in ${dist}`);
  return `${section}/${slug}/`;
}

/** Page 2 of a paginated list, when the build has one (the seed catalogue's lists may all fit on one page). */
function laterPages(dist: string): PageType[] {
  const candidates = [['producers', 'producers list, page 2'], [entry0(dist, 'categories'), 'category, page 2']] as const;
  return candidates.filter(([list]) => list && existsSync(path.join(dist, list, 'page', '2', 'index.html'))).map(([list, name]) => ({ name, path: `${list}/page/2/` }));
}

/** The category with the most pages in the build (its directory name under `categories/`). */
function entry0(dist: string, section: string): string {
  const dirs = readdirSync(path.join(dist, section), { withFileTypes: true }).filter((d) => d.isDirectory());
  const paged = dirs.find((d) => existsSync(path.join(dist, section, d.name, 'page', '2')));
  return paged ? `${section}/${paged.name}` : '';
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
    ...laterPages(dist),
    { name: 'certificate', path: entry('certificates') },
    { name: 'association', path: entry('associations') },
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
      name: 'search with results',
      path: 'search/?q=kemplang',
      ready: async (page) => {
        await page.locator('[data-search-results] li').first().waitFor({ timeout: 15_000 });
      },
    },
    { name: 'not found', path: 'no-such-page/' },
  ];
}
