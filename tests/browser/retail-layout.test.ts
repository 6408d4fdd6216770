/**
 * The retail tables as a scout reads them on a phone (390x844) and a laptop
 * (1366x900), in both languages: the verdict leads as a pill with met/total,
 * the header and product column stay put (laptop), rows become cards (phone),
 * a region's own table has no region column, cluster names are short, controls
 * are large enough to hit, "clear the list" looks secondary, and axe-core finds
 * no violations.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser/use-site';
import { rootDist } from '../helpers/browser/variants';

const session = useSite(rootDist);
const OKI = 'kabupaten-ogan-komering-ilir';
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844, target: 44 },
  { name: 'laptop', width: 1366, height: 900, target: 24 },
] as const;

async function open(viewport: (typeof VIEWPORTS)[number], path: string): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  const page = await context.newPage();
  await page.goto(`${session.site.url}${path}`);
  await page.locator('[data-shortlist-bar]:not([hidden])').waitFor();
  return page;
}

const size = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((e) => {
    const box = e.getBoundingClientRect();
    return { width: box.width, height: box.height };
  });

describe.each(VIEWPORTS)('retail tables on a $name ($width x $height)', (viewport) => {
  describe.each(['', 'id/'])('locale prefix "%s"', (prefix) => {
    it("leads with the verdict, leaves the region column out of a region's own table and shortens cluster names", async () => {
      const page = await open(viewport, `${prefix}for-retailers/${OKI}/`);
      const keys = await page.locator('.retail-table thead th').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.sortKey));
      expect(keys.slice(0, 2)).toEqual(['product', 'readiness']);
      expect(keys).not.toContain('region');
      const pill = page.locator('.retail-table tbody tr').first().locator('td').first().locator('.pill');
      expect(await pill.textContent()).toMatch(/\d+\/\d+/);
      expect(await pill.isVisible()).toBe(true);
      const box = await pill.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      const clusters = await page.locator(`.retail-table tbody td[data-label]:nth-of-type(3)`).allTextContents();
      for (const name of clusters) expect(name.trim().length).toBeLessThanOrEqual(30);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.context().close();
    });

    it('keeps the full table\'s region column, and lays rows out for the screen', async () => {
      const page = await open(viewport, `${prefix}for-retailers/`);
      expect(await page.locator('.retail-table thead th[data-sort-key="region"]').count()).toBe(1);
      // The overview by region scrolls sideways on a phone; its caption stays whole on screen.
      const caption = (await page.locator('.region-overview caption').boundingBox())!;
      expect(caption.x).toBeGreaterThanOrEqual(0);
      expect(caption.x + caption.width).toBeLessThanOrEqual(viewport.width);
      const row = page.locator('.retail-table tbody tr').first();
      if (viewport.name === 'phone') {
        expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('grid');
        expect(await page.locator('.retail-table thead').isVisible()).toBe(false);
        expect(await row.locator('td').nth(1).evaluate((td) => getComputedStyle(td, '::before').content)).toMatch(/:/);
      } else {
        expect(await page.locator('.retail-table thead th').first().evaluate((th) => getComputedStyle(th).position)).toBe('sticky');
        expect(await row.locator('th').evaluate((th) => getComputedStyle(th).position)).toBe('sticky');
        // The header stays at the top of the table's box while its rows scroll under it.
        const scroller = page.locator('.retail .table-scroll');
        await scroller.evaluate((e) => e.scrollBy(0, 300));
        expect(await scroller.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
        const top = (await scroller.boundingBox())!.y;
        const header = await page.locator('.retail-table thead th').first().boundingBox();
        expect(Math.abs(header!.y - top)).toBeLessThan(3);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.context().close();
    });

    it('has controls large enough to hit and a secondary "clear the list"', async () => {
      const page = await open(viewport, `${prefix}for-retailers/${OKI}/`);
      for (const selector of ['#retail-cluster', '#retail-q', '.retail-filters__checks label', '.retail-table__pick', '[data-shortlist-export]', '[data-shortlist-clear]']) {
        const { width, height } = await size(page, selector);
        expect(height, selector).toBeGreaterThanOrEqual(viewport.target);
        expect(width, selector).toBeGreaterThanOrEqual(viewport.target);
      }
      const background = (selector: string) => page.locator(selector).evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(await background('[data-shortlist-clear]')).not.toBe(await background('[data-shortlist-export]'));
      await page.context().close();
    });

    it('sorts the cards on a phone with a select, as the column headers sort the table on a laptop', async () => {
      const page = await open(viewport, `${prefix}for-retailers/${OKI}/`);
      const select = page.locator('#retail-sort');
      if (viewport.name === 'laptop') {
        expect(await select.isVisible()).toBe(false);
        await page.context().close();
        return;
      }
      expect(await select.isVisible()).toBe(true);
      expect((await size(page, '#retail-sort')).height).toBeGreaterThanOrEqual(viewport.target);
      const met = async () =>
        (await page.locator('.retail-table tbody tr:not([hidden]) .pill').allTextContents()).map((text) => {
          const [a, b] = /(\d+)\/(\d+)/.exec(text)!.slice(1).map(Number);
          return a! / b!;
        });
      const before = await met();
      await select.selectOption('readiness:descending');
      await page.waitForURL((url) => url.search.includes('sort=readiness') && url.search.includes('dir=desc'));
      const after = await met();
      expect(after).toEqual([...before].sort((a, b) => b - a));
      expect(after, 'the table order is not already by readiness').not.toEqual(before);
      // The state is in the URL: a reload keeps the order and shows it in the select.
      await page.reload();
      await page.locator('[data-shortlist-bar]:not([hidden])').waitFor();
      expect(await select.inputValue()).toBe('readiness:descending');
      expect(await met()).toEqual(after);
      await select.selectOption('');
      await page.waitForURL((url) => !url.search.includes('sort='));
      expect(await met()).toEqual(before);
      await page.context().close();
    });

    it('has no axe-core violations', async () => {
      const page = await open(viewport, `${prefix}for-retailers/${OKI}/`);
      await page.locator('.retail-table__pick input').first().check();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      await page.context().close();
    });
  });
});
