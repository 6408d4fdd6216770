/**
 * Search in a real browser (Debian Chromium via playwright-core) against the
 * built site served on 127.0.0.1, at the root and under a sub-path base.
 * Expected results come from the content files (tests/helpers/browser/expected-catalogue.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchErrors } from '../helpers/browser/browser';
import { readCatalogue, type ExpectedProduct } from '../helpers/browser/expected-catalogue';
import { siteVariants } from '../helpers/browser/variants';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server';

const catalogue = readCatalogue();

describe.each(siteVariants)('search $name', ({ base, dist }) => {
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) throw new Error(`No search index in ${dist}: run npm run build first`);
    site = await serveStatic(dist, base);
    browser = await launchBrowser();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function openSearch(query: string, locale: 'en' | 'id' = 'en'): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.url}${locale === 'id' ? 'id/' : ''}search/${query}`);
    await waitForResults(page);
    return { page, errors };
  }

  async function waitForResults(page: Page): Promise<void> {
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.state === 'ready', undefined, { timeout: 20_000 });
  }

  /** All result URLs, loading every page of results. */
  async function resultPaths(page: Page): Promise<string[]> {
    while (await page.locator('[data-search-more]').isVisible()) {
      const before = await page.locator('[data-search-results] li').count();
      await page.locator('[data-search-more]').click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length > n, before);
    }
    return page.locator('[data-search-results] .card__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  const productSlugs = (paths: string[], locale: 'en' | 'id' = 'en') =>
    paths.map((p) => new RegExp(`^${base}${locale === 'id' ? 'id/' : ''}products/([a-z0-9-]+)/$`).exec(p)?.[1]).filter((s): s is string => Boolean(s));

  it('shows each result card with its small thumbnail, loaded, and its alt text', async () => {
    const { page, errors } = await openSearch('?q=kemplang');
    const images = page.locator('[data-search-results] li img');
    expect(await images.count()).toBeGreaterThan(0);
    // Cards below the first screen load their pictures lazily: look at the first two, brought into view.
    const shown = [];
    for (const image of (await images.all()).slice(0, 2)) {
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)).toBe(true);
      shown.push(await image.evaluate((img) => ({ src: new URL((img as HTMLImageElement).src).pathname, width: (img as HTMLImageElement).naturalWidth, alt: (img as HTMLImageElement).alt })));
    }
    for (const image of shown) {
      expect(image.src, JSON.stringify(image)).toMatch(new RegExp(`^${base}_astro/.+\\.webp$`));
      expect(image.width, JSON.stringify(image)).toBe(320);
      expect(image.alt.length, JSON.stringify(image)).toBeGreaterThan(3);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds the kemplang products by typing "kemplang"', async () => {
    const expected = catalogue.filter((p) => /kemplang/i.test(p.name)).map((p) => p.slug);
    expect(expected.length).toBeGreaterThan(0);
    const { page, errors } = await openSearch('?q=kemplang');
    const found = productSlugs(await resultPaths(page));
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers an Indonesian query on /id/ with Indonesian pages only', async () => {
    const { page, errors } = await openSearch('?q=gula', 'id');
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p.startsWith(`${base}id/`), p).toBe(true);
    const untranslated = catalogue.filter((p) => !p.hasIndonesian).map((p) => p.slug);
    for (const slug of productSlugs(paths, 'id')) expect(untranslated).not.toContain(slug);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by halal to exactly the products with a valid halal certificate', async () => {
    const expected = catalogue.filter((p) => p.halal).map((p) => p.slug).sort();
    expect(expected.length).toBeGreaterThan(0);
    const { page } = await openSearch('?certificate=halal');
    expect(productSlugs(await resultPaths(page)).sort()).toEqual(expected);
    await page.close();
  });

  it('narrows with a second filter to the intersection', async () => {
    const halal = catalogue.filter((p) => p.halal);
    const category = halal[0]!.category;
    const expected = halal.filter((p) => p.category === category).map((p) => p.slug).sort();
    const { page } = await openSearch(`?certificate=halal&category=${category}`);
    const found = productSlugs(await resultPaths(page)).sort();
    expect(found).toEqual(expected);
    expect(found.length).toBeLessThan(halal.length);
    await page.close();
  });

  it('fills in facet counts for the current results after they are shown', async () => {
    const halal = catalogue.filter((p) => p.halal);
    const categories = [...new Set(halal.map((p) => p.category))];
    const { page, errors } = await openSearch('?certificate=halal');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.counts === 'ready', undefined, { timeout: 20_000 });
    for (const category of categories) {
      const expected = halal.filter((p) => p.category === category).length;
      expect(await page.locator(`[data-count-for="category:${category}"]`).textContent(), category).toBe(`${expected}`);
    }
    expect(await page.locator('[data-count-for="certificate:halal"]').textContent()).toBe(`${halal.length}`);
    const emptyCategory = catalogue.find((p) => !categories.includes(p.category))?.category;
    if (emptyCategory) {
      expect(await page.locator(`[data-count-for="category:${emptyCategory}"]`).textContent()).toBe('0');
      expect(await page.locator(`input[name="category"][value="${emptyCategory}"]`).isDisabled()).toBe(true);
    }

    // A new search with the counts already loaded shows its own counts.
    await page.locator(`input[name="category"][value="${categories[0]}"]`).check();
    await page.waitForURL((url) => url.search.includes(`category=${categories[0]}`));
    await waitForResults(page);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.counts === 'ready');
    const inFirst = halal.filter((p) => p.category === categories[0]).length;
    expect(await page.locator('[data-count-for="certificate:halal"]').textContent()).toBe(`${inFirst}`);
    // The ticked facet is counted without its own filter: another category reads as the alternative it is.
    const second = categories[1];
    if (second) expect(await page.locator(`[data-count-for="category:${second}"]`).textContent()).toBe(`${halal.filter((p) => p.category === second).length}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts by monthly capacity, largest first', async () => {
    const bySlug = new Map(catalogue.map((p) => [p.slug, p] as [string, ExpectedProduct]));
    const { page } = await openSearch('?sort=capacity&export-ready=yes&export-ready=no');
    const slugs = productSlugs(await resultPaths(page));
    expect(slugs.length).toBe(catalogue.length);
    const capacities = slugs.map((s) => bySlug.get(s)!.capacityKg ?? 0);
    expect(capacities).toEqual([...capacities].sort((a, b) => b - a));
    await page.close();
  });

  it('restores query, filters and sort from a shared URL, and Back returns to the previous search', async () => {
    const { page, errors } = await openSearch('?q=kemplang&certificate=halal&sort=capacity');
    expect(await page.locator('#search-q').inputValue()).toBe('kemplang');
    expect(await page.locator('input[name="certificate"][value="halal"]').isChecked()).toBe(true);
    expect(await page.locator('#search-sort').inputValue()).toBe('capacity');
    const shared = await resultPaths(page);

    await page.reload();
    await waitForResults(page);
    expect(await resultPaths(page)).toEqual(shared);

    await page.locator('input[name="certificate"][value="halal"]').uncheck();
    await page.waitForURL((url) => !url.search.includes('certificate=halal'));
    await waitForResults(page);
    await page.goBack();
    await page.waitForURL((url) => url.search.includes('certificate=halal'));
    await waitForResults(page);
    expect(await page.locator('input[name="certificate"][value="halal"]').isChecked()).toBe(true);
    expect(await resultPaths(page)).toEqual(shared);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['HTML tags', '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'],
    ['quotes', `"kemplang' OR 1=1 --`],
    ['a 500-character string', 'kemplang '.repeat(56).slice(0, 500)],
    ['emoji', '🍤 kerupuk 🇮🇩'],
    ['regex characters', '.*+?^${}()|[]\\/ kemplang'],
  ])('renders a hostile query (%s) as text with no console errors', async (_label, query) => {
    const { page, errors } = await openSearch(`?q=${encodeURIComponent(query)}`);
    const status = (await page.locator('[data-search-status]').textContent()) ?? '';
    expect(status).toContain(query.slice(0, 200).trim());
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('[data-search-output] img[src="x"], .search__output img[src="x"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leads from the header search box of any page to the results', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}about/`);
    await page.locator('#header-search-q').fill('kemplang');
    await page.locator('#header-search-q').press('Enter');
    await waitForResults(page);
    expect(new URL(page.url()).pathname).toBe(`${base}search/`);
    expect(productSlugs(await resultPaths(page)).length).toBeGreaterThan(0);
    await page.close();
  });
});
