/**
 * The search page as a buyer uses it on a phone (390x844) and a laptop
 * (1366x900), in both languages: results first, filters behind "Filters (n)",
 * active filters as removable chips, a count line naming the query and filters,
 * dead-end options disabled, products and producers apart, plurals, stale
 * searches dropped, and axe-core with no violations in these states.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../helpers/browser/expected-catalogue';
import { useSite } from '../helpers/browser/use-site';
import { rootDist } from '../helpers/browser/variants';

const catalogue = readCatalogue();
const session = useSite(rootDist);
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 900 },
] as const;
const LOCALES = [
  { locale: 'en', prefix: '', filters: 'Filters', product: 'product', products: 'products', producers: 'producers', for: 'for' },
  { locale: 'id', prefix: 'id/', filters: 'Filter', product: 'produk', products: 'produk', producers: 'produsen', for: 'untuk' },
] as const;

async function open(viewport: (typeof VIEWPORTS)[number], prefix: string, query: string): Promise<{ page: Page; errors: string[] }> {
  const context = await session.browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  await page.goto(`${session.site.url}${prefix}search/${query}`);
  await settled(page);
  return { page, errors };
}

/** Results and facet counts are in for the current state (the facet counts wait while a phone's filter drawer is closed). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.querySelector<HTMLElement>('[data-search-root]');
    const drawerClosed = !document.querySelector<HTMLDetailsElement>('[data-search-filters]')?.open;
    return root?.dataset.state === 'ready' && (root.dataset.counts === 'ready' || (drawerClosed && root.dataset.counts === 'deferred'));
  }, undefined, { timeout: 20_000 });
}

/** Opens the filter drawer on a phone (it is open on a laptop) and waits for its counts. */
async function openFilters(page: Page): Promise<void> {
  const panel = page.locator('[data-search-filters]');
  if (!(await panel.evaluate((d: HTMLDetailsElement) => d.open))) await page.locator('[data-filters-summary]').click();
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.counts === 'ready', undefined, { timeout: 20_000 });
}

const status = (page: Page) => page.locator('[data-search-status]').textContent();
const kemplang = catalogue.filter((p) => /kemplang/i.test(p.name));

describe.each(VIEWPORTS)('search on a $name ($width x $height)', (viewport) => {
  describe.each(LOCALES)('in $locale', (l) => {
    it('shows the results within 1.5 screens, the filters closed on a phone and open on a laptop', async () => {
      const { page, errors } = await open(viewport, l.prefix, '?q=kemplang');
      const first = await page.locator('[data-search-results] li').first().boundingBox();
      expect(first!.y).toBeLessThan(viewport.height * 1.5);
      if (viewport.name === 'phone') expect(first!.y).toBeLessThan(viewport.height);
      const panel = page.locator('[data-search-filters]');
      expect(await panel.evaluate((d: HTMLDetailsElement) => d.open)).toBe(viewport.name === 'laptop');
      expect((await page.locator('[data-filters-summary]').textContent())?.trim()).toBe(`${l.filters} (0)`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('counts the facet values for the results, fetching the facet table only once the filters are seen', async () => {
      const context = await session.browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
      const page = await context.newPage();
      const facetTables: string[] = [];
      page.on('request', (request) => void (/\/pagefind\/facets\.[a-z-]+\.json$/.test(request.url()) && facetTables.push(request.url())));
      await page.goto(`${session.site.url}${l.prefix}search/?q=kemplang`);
      await settled(page);
      const root = page.locator('[data-search-root]');
      if (viewport.name === 'phone') {
        // The drawer is closed: a phone spends nothing on counts it cannot see.
        expect(await root.getAttribute('data-counts')).toBe('deferred');
        expect(facetTables).toEqual([]);
      }
      await openFilters(page);
      expect(facetTables).toHaveLength(1);
      // Every product has one category: the category counts add up to the products found.
      const categoryCounts = await page.locator('[data-count-for^="category:"]').allTextContents();
      const products = Number(await page.locator('[data-type-count="products"]').textContent());
      expect(categoryCounts.reduce((sum, count) => sum + Number(count), 0)).toBe(products);
      for (const category of new Set(kemplang.map((p) => p.category))) {
        expect(Number(await page.locator(`[data-count-for="category:${category}"]`).textContent()), category).toBeGreaterThan(0);
      }
      // A search made with the drawer open counts at once.
      await page.locator('input[name="certificate"][value="halal"]').check();
      await page.waitForURL((url) => url.search.includes('certificate=halal'));
      await settled(page);
      expect(await root.getAttribute('data-counts')).toBe('ready');
      expect(facetTables).toHaveLength(1);
      await context.close();
    });

    it('shows ticked filters as chips above the results, names them in the count line, and removes them from a chip', async () => {
      const { page, errors } = await open(viewport, l.prefix, '?q=kemplang');
      const summary = page.locator('[data-filters-summary]');
      await openFilters(page);
      const box = page.locator('input[name="certificate"][value="halal"]');
      const label = (await box.locator('xpath=..').locator('[data-option-label]').textContent())!.trim();
      await box.check();
      await page.waitForURL((url) => url.search.includes('certificate=halal'));
      await settled(page);
      expect((await summary.textContent())?.trim()).toBe(`${l.filters} (1)`);
      const chip = page.locator('[data-search-chips] [data-chip]');
      expect(await chip.count()).toBe(1);
      expect(await chip.textContent()).toContain(label);
      expect(await chip.getAttribute('aria-label')).toContain(label);
      const line = (await status(page))!;
      expect(line).toContain(`${l.for} “kemplang”`);
      expect(line).toContain(label);
      // The chips and count line sit above the results.
      const chipBox = await chip.boundingBox();
      const firstResult = await page.locator('[data-search-results] li').first().boundingBox();
      expect(chipBox!.y).toBeLessThan(firstResult!.y);

      await chip.click();
      await page.waitForURL((url) => !url.search.includes('certificate=halal'));
      await settled(page);
      expect(await box.isChecked()).toBe(false);
      expect(await page.locator('[data-search-chips] [data-chip]').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-status'))).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('disables options no result takes, unless ticked', async () => {
      const categories = new Set(kemplang.map((p) => p.category));
      const absent = catalogue.find((p) => !categories.has(p.category))!.category;
      const { page } = await open(viewport, l.prefix, '?q=kemplang');
      await openFilters(page);
      expect(await page.locator(`input[name="category"][value="${absent}"]`).isDisabled()).toBe(true);
      expect(await page.locator(`input[name="category"][value="${kemplang[0]!.category}"]`).isDisabled()).toBe(false);
      await page.goto(`${session.site.url}${l.prefix}search/?q=kemplang&category=${absent}`);
      await settled(page);
      await openFilters(page);
      const ticked = page.locator(`input[name="category"][value="${absent}"]`);
      expect(await ticked.isChecked()).toBe(true);
      expect(await ticked.isDisabled()).toBe(false);
      await page.context().close();
    });

    it('lists products and producers apart, each with its count, products first', async () => {
      const { page, errors } = await open(viewport, l.prefix, '?q=kemplang');
      const products = page.locator('input[name="type"][value="products"]');
      expect(await products.isChecked()).toBe(true);
      const paths = () => page.locator('[data-search-results] .card__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const p of await paths()) expect(p).toMatch(/\/products\//);
      const productCount = Number(await page.locator('[data-type-count="products"]').textContent());
      expect(productCount).toBeGreaterThan(0);
      expect(await status(page)).toContain(`${productCount} ${productCount === 1 ? l.product : l.products}`);
      const producerCount = Number(await page.locator('[data-type-count="producers"]').textContent());
      expect(producerCount).toBeGreaterThan(0);

      await page.locator('label:has(input[name="type"][value="producers"])').click();
      await page.waitForURL((url) => url.search.includes('type=producers'));
      await settled(page);
      expect(await page.locator('input[name="type"][value="producers"]').isChecked()).toBe(true);
      const producerPaths = await paths();
      expect(producerPaths.length).toBe(Math.min(producerCount, 12));
      for (const p of producerPaths) expect(p).toMatch(/\/producers\//);
      expect(await status(page)).toContain(`${producerCount} ${l.producers}`);
      // Product-only facets step aside; the cards carry our facts, no excerpt.
      expect(await page.locator('fieldset[data-facet="category"]').isHidden()).toBe(true);
      expect(await page.locator('[data-search-results] .card__facts').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-search-results] mark').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('has no axe-core violations with results, chips and the filters shown', async () => {
      const { page } = await open(viewport, l.prefix, '?q=kemplang&certificate=halal');
      await openFilters(page);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      await page.context().close();
    });
  });
});

describe('search state', () => {
  it('writes one result in the singular and more in the plural, in both languages', async () => {
    for (const l of LOCALES) {
      const { page } = await open(VIEWPORTS[0], l.prefix, '');
      const one = await page.locator('[data-count-for][data-total="1"]').first().getAttribute('data-count-for');
      expect(one).toBeTruthy();
      const [facet, value] = one!.split(':');
      await page.goto(`${session.site.url}${l.prefix}search/?${facet}=${value}`);
      await settled(page);
      expect(await status(page)).toMatch(new RegExp(`^1 ${l.product},`));
      await page.goto(`${session.site.url}${l.prefix}search/?q=kemplang`);
      await settled(page);
      expect(await status(page)).toMatch(new RegExp(`^\\d+ ${l.products} ${l.for}`));
      await page.context().close();
    }
  });

  it('drops a stale search: the count line and results answer the last query typed', async () => {
    const { page, errors } = await open(VIEWPORTS[1], '', '');
    const input = page.locator('#search-q');
    for (const q of ['k', 'ke', 'kem', 'kemp', 'kempl', 'kemplang']) {
      await input.fill(q);
      await page.evaluate(() => document.querySelector('[data-search-form]')!.dispatchEvent(new Event('submit', { cancelable: true })));
    }
    await page.waitForURL((url) => url.search.includes('q=kemplang'));
    await settled(page);
    expect(await status(page)).toContain('“kemplang”');
    const cards = await page.locator('[data-search-results] li').count();
    expect(cards).toBe(Math.min(12, Number(await page.locator('[data-type-count="products"]').textContent())));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
