/**
 * The retail tables: each region's table (and, for a small catalogue, the full
 * one on /for-retailers/) is complete without JavaScript; with it, filters and
 * sorting work in place and a shortlist, shared by every region's table,
 * survives a reload, exports a CSV that a spreadsheet (here Python's csv
 * module) reads, and prints on its own.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors } from '../helpers/browser/browser';
import { readCatalogue } from '../helpers/browser/expected-catalogue';
import { useSite } from '../helpers/browser/use-site';

const dist = process.env.ETALASE_DIST ?? path.resolve(import.meta.dirname, '../../dist');
const products = readCatalogue();
const OKI = 'kabupaten-ogan-komering-ilir';
const PALEMBANG = 'kota-palembang';
const regions = [...new Set(products.map((p) => p.region))].sort();
const rowsSelector = 'table.retail-table[data-retail-table] tbody tr';
const box = (slug: string) => `[data-shortlist-box][value="${slug}"]`;

/** The rows of a CSV file as Python's csv module reads them (BOM stripped). */
function readCsv(file: string): string[][] {
  expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const parsed = spawnSync(
    'python3',
    ['-c', 'import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))', file],
    { encoding: 'utf8' },
  );
  expect(parsed.status, parsed.stderr).toBe(0);
  return JSON.parse(parsed.stdout) as string[][];
}

async function exportCsv(page: Page): Promise<string[][]> {
  const [download] = (await Promise.all([page.waitForEvent('download'), page.click('[data-shortlist-export]')])) as [Download, void];
  expect(download.suggestedFilename()).toBe('etalase-shortlist.csv');
  return readCsv(await download.path());
}

describe('retail tables', () => {
  const session = useSite(dist);
  /** OKI rows marked retail-ready in the server-rendered (no-JS) OKI table. */
  let okiReadyWithoutJs: string[] = [];

  async function openWithJs(context: BrowserContext, pagePath: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${session.site.url}${pagePath}`);
    await page.locator('[data-shortlist-bar]:not([hidden])').waitFor();
    return { page, errors };
  }

  const visibleRows = (page: Page) => page.locator(`${rowsSelector}:visible`);
  const slugsOf = (page: Page, selector = rowsSelector) => page.locator(selector).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-slug')!));

  it("lists each region's products, all of them, in its table without JavaScript, in both languages", async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const prefix of ['', 'id/']) {
      for (const region of regions) {
        const response = await page.goto(`${session.site.url}${prefix}for-retailers/${region}/`);
        expect(response!.status()).toBe(200);
        const expected = products.filter((p) => p.region === region);
        expect(await visibleRows(page).count(), region).toBe(expected.length);
        const names = await page.locator(`${rowsSelector} th[scope="row"]`).allTextContents();
        expect(names.map((n) => n.trim()).sort()).toEqual(expected.map((p) => (prefix ? p.nameId : p.name)).sort());
        expect(await page.locator('noscript').count()).toBeGreaterThan(0);
        if (prefix && region === OKI) okiReadyWithoutJs = await slugsOf(page, `${rowsSelector}[data-ready="yes"]`);
      }
    }
    expect(okiReadyWithoutJs.length).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  it('keeps every product in one table on /for-retailers/ for a catalogue this small, with an overview linking to each region', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const prefix of ['', 'id/']) {
      await page.goto(`${session.site.url}${prefix}for-retailers/`);
      expect(await page.locator(rowsSelector).count()).toBe(products.length);
      expect(await page.locator(`${rowsSelector}[data-region="${OKI}"]`).count()).toBe(products.filter((p) => p.region === OKI).length);
      const overview = page.locator('table.region-overview tbody tr');
      expect(await overview.count()).toBe(regions.length);
      const links = await overview.locator('th a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links.sort()).toEqual(regions.map((r) => `/${prefix}for-retailers/${r}/`));
      const okiRow = overview.filter({ has: page.locator(`a[href$="/for-retailers/${OKI}/"]`) });
      const counts = await okiRow.locator('td').allTextContents();
      expect(Number(counts[0])).toBe(products.filter((p) => p.region === OKI).length);
      expect(Number(counts[1])).toBe(okiReadyWithoutJs.length);
    }
    await context.close();
  });

  it('filters the full table by region and retail readiness in place, with the state in the URL', async () => {
    const context = await session.browser.newContext();
    const { page, errors } = await openWithJs(context, 'id/for-retailers/');
    const regionName = (await page.locator(`#retail-region option[value="${OKI}"]`).textContent())!.trim();
    await page.selectOption('#retail-region', OKI);
    await page.check('input[name="ready"]');

    const rows = visibleRows(page);
    expect(await rows.count()).toBe(okiReadyWithoutJs.length);
    for (const cells of await rows.evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent!.trim())))) {
      expect(cells[3]).toBe(regionName); // after product, readiness and producer
    }
    expect(await rows.locator('.pill--ok').count()).toBe(okiReadyWithoutJs.length);
    expect(await page.locator('[data-retail-count]').textContent()).toContain(String(okiReadyWithoutJs.length));
    expect(new URL(page.url()).searchParams.get('region')).toBe(OKI);
    expect(new URL(page.url()).searchParams.get('ready')).toBe('1');

    // The same URL, opened fresh, shows the same view.
    const shared = await context.newPage();
    await shared.goto(page.url());
    await shared.locator('[data-shortlist-bar]:not([hidden])').waitFor();
    expect(await slugsOf(shared, `${rowsSelector}:visible`)).toEqual(okiReadyWithoutJs);
    expect(await shared.locator('#retail-region').inputValue()).toBe(OKI);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sorts by monthly capacity from the column header', async () => {
    const context = await session.browser.newContext();
    const { page, errors } = await openWithJs(context, 'for-retailers/');
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

  it("shortlists three of OKI's retail-ready products on OKI's table, keeps them across a reload, exports them as CSV and prints only them", async () => {
    const context = await session.browser.newContext({ acceptDownloads: true });
    const { page, errors } = await openWithJs(context, `id/for-retailers/${OKI}/`);
    expect(await page.locator('#retail-region').count()).toBe(0); // one region: no region filter
    await page.check('input[name="ready"]');
    expect(new URL(page.url()).searchParams.get('ready')).toBe('1');
    const shownSlugs = await slugsOf(page, `${rowsSelector}:visible`);
    expect([...shownSlugs].sort()).toEqual([...okiReadyWithoutJs].sort());
    const picks = shownSlugs.slice(0, 3).map((slug) => products.find((p) => p.slug === slug)!);
    for (const product of picks) await page.getByLabel(`Pilih ${product.nameId}`, { exact: true }).check();
    expect(await page.locator('[data-shortlist-count]').textContent()).toContain('3');

    await page.reload();
    await page.locator('[data-shortlist-bar]:not([hidden])').waitFor();
    for (const product of picks) expect(await page.locator(box(product.slug)).isChecked()).toBe(true);
    expect(await page.locator('[data-shortlist-box]:checked').count()).toBe(3);
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('etalase.shortlist')))!) as { slug: string }[];
    expect(stored.map((e) => e.slug).sort()).toEqual(picks.map((p) => p.slug).sort());

    const [header, ...data] = await exportCsv(page);
    expect(header![0]).toBe('Produk');
    expect(header).toContain('Kesiapan ritel');
    expect(data).toHaveLength(3);
    expect(data.map((r) => r[0]).sort()).toEqual(picks.map((p) => p.nameId).sort());
    for (const r of data) expect(r).toHaveLength(header!.length);
    for (const r of data) expect(r[header!.indexOf('Kesiapan ritel')]).toMatch(/^Siap (\d+)\/\1$/);
    // The region's own table has no region column, but the export still names the region.
    expect(data.map((r) => r[header!.indexOf('Daerah')])).toEqual(picks.map(() => 'Kabupaten Ogan Komering Ilir'));

    // Print shortlist: window.print is stubbed (headless), the print stylesheet is emulated.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.click('[data-shortlist-print]');
    await page.emulateMedia({ media: 'print' });
    expect(await visibleRows(page).count()).toBe(0);
    expect((await slugsOf(page, 'table.shortlist-print tbody tr:visible')).sort()).toEqual(picks.map((p) => p.slug).sort());
    expect(await page.locator('.site-nav').isVisible()).toBe(false);

    await page.emulateMedia({ media: 'screen' });
    // Clearing asks first: dismissed, the list stays; accepted, it is emptied.
    const asked: string[] = [];
    page.once('dialog', (dialog) => void (asked.push(dialog.message()), dialog.dismiss()));
    await page.click('[data-shortlist-clear]');
    expect(asked).toEqual(['Hapus semua 3 produk dari daftar pilihan Anda?']);
    expect(await page.locator('[data-shortlist-box]:checked').count()).toBe(3);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('[data-shortlist-clear]');
    await expect.poll(() => page.locator('[data-shortlist-box]:checked').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps one shortlist across region tables: picks from two regions export and print together', async () => {
    const context = await session.browser.newContext({ acceptDownloads: true });
    const [okiPick] = products.filter((p) => p.region === OKI);
    const [palembangPick] = products.filter((p) => p.region === PALEMBANG);
    const { page: oki, errors } = await openWithJs(context, `id/for-retailers/${OKI}/`);
    await oki.locator(box(okiPick!.slug)).check();
    await oki.close();

    const palembang = await context.newPage();
    errors.push(...watchErrors(palembang));
    await palembang.goto(`${session.site.url}id/for-retailers/${PALEMBANG}/`);
    await palembang.locator('[data-shortlist-bar]:not([hidden])').waitFor();
    expect(await palembang.locator(box(okiPick!.slug)).count()).toBe(0); // not in this table…
    expect(await palembang.locator('[data-shortlist-count]').textContent()).toMatch(/^1 produk dipilih \(1 di antaranya dari tabel lain\)$/); // …but on the shortlist
    await palembang.locator(box(palembangPick!.slug)).check();
    expect(await palembang.locator('[data-shortlist-count]').textContent()).toMatch(/^2 produk dipilih \(1 di antaranya dari tabel lain\)$/);

    const [header, ...data] = await exportCsv(palembang);
    const regionColumn = header!.indexOf('Daerah');
    expect(regionColumn).toBeGreaterThan(0);
    // This table's pick first, then the one from the other region.
    expect(data.map((r) => r[0])).toEqual([palembangPick!.nameId, okiPick!.nameId]);
    expect(data.map((r) => r[regionColumn])).toEqual(['Kota Palembang', 'Kabupaten Ogan Komering Ilir']);
    for (const r of data) expect(r).toHaveLength(header!.length);

    await palembang.evaluate(() => {
      window.print = () => undefined;
    });
    await palembang.click('[data-shortlist-print]');
    await palembang.emulateMedia({ media: 'print' });
    expect(await slugsOf(palembang, 'table.shortlist-print tbody tr:visible')).toEqual([palembangPick!.slug, okiPick!.slug]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
