/**
 * One page of every page type, picked from the build (not hard-coded slugs),
 * as paths relative to a locale's root, with what a test must do once loaded
 * to reach the page's interactive state.
 */
import { readdirSync } from 'node:fs';
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
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()[0];
  if (!slug) throw new Error(`no ${section} pages in ${dist}`);
  return `${section}/${slug}/`;
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
    { name: 'cluster', path: entry('clusters') },
    { name: 'category', path: entry('categories') },
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
    { name: 'not found', path: 'no-such-page/' },
  ];
}
