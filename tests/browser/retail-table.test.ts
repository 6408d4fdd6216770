/**
 * The for-retailers table: complete without JavaScript; with it, filters and
 * sorting work in place and a shortlist survives a reload, exports a CSV that a
 * spreadsheet (here Python's csv module) reads, and prints on its own.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors } from './support/browser';
import { readCatalogue } from './support/catalogue';
import { useSite } from './support/use-site';

const dist = process.env.ETALASE_DIST ?? path.resolve(import.meta.dirname, '../../dist');
const products = readCatalogue();
const OKI = 'kabupaten-ogan-komering-ilir';
const rowsSelector = 'table.retail-table tbody tr';

describe('for-retailers table', () => {
  const session = useSite(dist);
  /** OKI rows marked retail-ready in the server-rendered (no-JS) table. */
  let okiReadyWithoutJs: string[] = [];

  async function openWithJs(context: BrowserContext, query = ''): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${session.site.url}id/for-retailers/${query}`);
    await page.locator('[data-shortlist-bar]:not([hidden])').waitFor();
    return { page, errors };
  }

  const visibleRows = (page: Page) => page.locator(`${rowsSelector}:visible`);

  it('lists every product without JavaScript, in both languages', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const prefix of ['', 'id/']) {
      await page.goto(`${session.site.url}${prefix}for-retailers/`);
      expect(await page.locator(rowsSelector).count()).toBe(products.length);
      expect(await visibleRows(page).count()).toBe(products.length);
      const names = await page.locator(`${rowsSelector} th[scope="row"]`).allTextContents();
      const expected = products.map((p) => (prefix ? p.nameId : p.name)).sort();
      expect(names.map((n) => n.trim()).sort()).toEqual(expected);
    }
    const oki = products.filter((p) => p.region === OKI);
    expect(await page.locator(`${rowsSelector}[data-region="${OKI}"]`).count()).toBe(oki.length);
    okiReadyWithoutJs = await page.locator(`${rowsSelector}[data-region="${OKI}"][data-ready="yes"]`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-slug')!));
    expect(await page.locator('noscript').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('filters by region and retail readiness in place, with the state in the URL', async () => {
    const context = await session.browser.newContext();
    const { page, errors } = await openWithJs(context);
    const regionName = (await page.locator(`#retail-region option[value="${OKI}"]`).textContent())!.trim();
    await page.selectOption('#retail-region', OKI);
    await page.check('input[name="ready"]');

    const rows = visibleRows(page);
    expect(await rows.count()).toBe(okiReadyWithoutJs.length);
    expect(okiReadyWithoutJs.length).toBeGreaterThan(0);
    for (const cells of await rows.evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent!.trim())))) {
      expect(cells[3]).toBe(regionName);
    }
    expect(await rows.locator('.badge--ok').count()).toBe(okiReadyWithoutJs.length);
    expect(await page.locator('[data-retail-count]').textContent()).toContain(String(okiReadyWithoutJs.length));
    expect(new URL(page.url()).searchParams.get('region')).toBe(OKI);
    expect(new URL(page.url()).searchParams.get('ready')).toBe('1');

    // The same URL, opened fresh, shows the same view.
    const shared = await context.newPage();
    await shared.goto(page.url());
    await shared.locator('[data-shortlist-bar]:not([hidden])').waitFor();
    expect(await visibleRows(shared).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-slug')))).toEqual(okiReadyWithoutJs);
    expect(await shared.locator('#retail-region').inputValue()).toBe(OKI);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sorts by monthly capacity from the column header', async () => {
    const context = await session.browser.newContext();
    const { page, errors } = await openWithJs(context);
    const header = page.locator('th[data-sort-key="capacity"]');
    const capacities = () => page.locator(rowsSelector).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-capacity-kg')));
    const check = (values: (string | null)[], dir: 1 | -1) => {
      const known = values.filter((v) => v !== null).map(Number);
      expect(values.slice(0, known.length).every((v) => v !== null)).toBe(true); // unknowns last
      expect(known).toEqual([...known].sort((a, b) => dir * (a - b)));
    };
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    check(await capacities(), 1);
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    check(await capacities(), -1);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('capacity');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shortlists three of OKI's retail-ready products, keeps them across a reload, exports them as CSV and prints only them", async () => {
    const context = await session.browser.newContext({ acceptDownloads: true });
    const { page, errors } = await openWithJs(context, `?region=${OKI}&ready=1`);
    const shownSlugs = await visibleRows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-slug')!));
    expect(shownSlugs.sort()).toEqual([...okiReadyWithoutJs].sort());
    expect(shownSlugs.length).toBeGreaterThanOrEqual(3);
    const picks = shownSlugs.slice(0, 3).map((slug) => products.find((p) => p.slug === slug)!);
    for (const product of picks) await page.getByLabel(`Pilih ${product.nameId}`, { exact: true }).check();
    expect(await page.locator('[data-shortlist-count]').textContent()).toContain('3');

    await page.reload();
    await page.locator('[data-shortlist-bar]:not([hidden])').waitFor();
    for (const product of picks) expect(await page.locator(`#pick-${product.slug}`).isChecked()).toBe(true);
    expect(await page.locator('[data-shortlist-box]:checked').count()).toBe(3);
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('etalase.shortlist')))!).sort()).toEqual(picks.map((p) => p.slug).sort());

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-shortlist-export]')]);
    expect(download.suggestedFilename()).toBe('etalase-shortlist.csv');
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const parsed = spawnSync(
      'python3',
      ['-c', 'import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))', file],
      { encoding: 'utf8' },
    );
    expect(parsed.status, parsed.stderr).toBe(0);
    const [header, ...data] = JSON.parse(parsed.stdout) as string[][];
    expect(header![0]).toBe('Produk');
    expect(header).toContain('Kesiapan ritel');
    expect(data).toHaveLength(3);
    expect(data.map((r) => r[0]).sort()).toEqual(picks.map((p) => p.nameId).sort());
    for (const r of data) expect(r).toHaveLength(header!.length);

    // Print shortlist: window.print is stubbed (headless), the print stylesheet is emulated.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.click('[data-shortlist-print]');
    await page.emulateMedia({ media: 'print' });
    expect((await visibleRows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-slug')))).sort()).toEqual(picks.map((p) => p.slug).sort());
    expect(await page.locator('.site-nav').isVisible()).toBe(false);

    await page.emulateMedia({ media: 'screen' });
    await page.click('[data-shortlist-clear]');
    expect(await page.locator('[data-shortlist-box]:checked').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
