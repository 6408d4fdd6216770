/**
 * The buyer's inquiry list and compare view (issue 16, parts 1 and 2), in
 * Chromium, in both languages, at the site root and under /etalase/: a buyer
 * picks five products from three producers with "Add to inquiry list" (on
 * product cards and a product page), finds them grouped by producer with one
 * prefilled email and WhatsApp message per producer, exports a CSV a
 * spreadsheet reads, prints the list, compares three products (rows that
 * differ marked, A4 landscape print), and sees the same picks on the retail
 * table: one shortlist, two views. Expected values come from the content files
 * and the product pages themselves.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Download } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '~/i18n/strings';
import { entries, nameIn, type Locale } from '../helpers/catalogue';
import { watchErrors } from '../helpers/browser/browser';
import { useSite } from '../helpers/browser/use-site';
import { siteVariants } from '../helpers/browser/variants';

const producers = entries('producers');
const products = entries('products');

/** Three producers with an email, a WhatsApp number and two products with a stated minimum order: 2 + 2 + 1 picks. */
const picks = (() => {
  const withMoq = (producer: string) => products.filter((p) => p.data.producer === producer && p.data.moq);
  const chosen = producers.filter((p) => p.data.contacts?.email && p.data.contacts?.whatsapp && withMoq(p.slug).length >= 2).slice(0, 3);
  return chosen.map((producer, i) => ({ producer, products: withMoq(producer.slug).slice(0, i < 2 ? 2 : 1) }));
})();
const picked = picks.flatMap((g) => g.products);

const locales: [Locale, string][] = [
  ['en', ''],
  ['id', 'id/'],
];

/** The rows of a CSV file as Python's csv module reads them, after checking its BOM. */
function readCsv(file: string): string[][] {
  expect([...readFileSync(file).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = spawnSync('python3', ['-c', 'import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))', file], { encoding: 'utf8' });
  expect(parsed.status, parsed.stderr).toBe(0);
  return JSON.parse(parsed.stdout) as string[][];
}

/** A PDF's page sizes (MediaBox, points) and text (pdftotext). */
function readPdf(pdf: Buffer): { sizes: [number, number][]; text: string } {
  const sizes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
  const dir = mkdtempSync(path.join(tmpdir(), 'etalase-inquiry-'));
  try {
    writeFileSync(path.join(dir, 'x.pdf'), pdf);
    const result = spawnSync('pdftotext', [path.join(dir, 'x.pdf'), '-'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    return { sizes, text: result.stdout.replace(/\s+/g, ' ') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(siteVariants)('inquiry list and compare $name', ({ base, dist }) => {
  const session = useSite(dist, base);

  it('has three producers with two, two and one products to pick', () => {
    expect(picks.map((g) => g.products.length)).toEqual([2, 2, 1]);
  });

  it.each(locales)('says without JavaScript that the list needs it, while product pages keep their own inquiry links (%s)', async (_locale, prefix) => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const listPath of ['inquiry/', 'inquiry/compare/']) {
      await page.goto(`${session.site.url}${prefix}${listPath}`);
      const notice = page.locator('noscript');
      expect(await notice.count()).toBe(1);
      expect(await page.locator(`.notice a[href="${base}${prefix}products/"]`).count(), listPath).toBe(1);
    }
    const product = picked[0]!;
    await page.goto(`${session.site.url}${prefix}products/${product.slug}/`);
    expect(await page.locator('[data-inquiry="email"]').getAttribute('href')).toMatch(/^mailto:/);
    expect(await page.locator('.pick a').getAttribute('href')).toBe(`${base}${prefix}inquiry/?add=${product.slug}`);
    await context.close();
  });

  it.each(locales)('groups five picks from three producers with one message per producer, exports, prints, compares, and shares the retail shortlist (%s)', async (locale, prefix) => {
    const context = await session.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors = watchErrors(page);
    const url = (p: string) => `${session.site.url}${prefix}${p}`;

    // The minimum order each product page shows (its first key fact).
    const moqShown = new Map<string, string>();
    for (const product of picked) {
      await page.goto(url(`products/${product.slug}/`));
      moqShown.set(product.slug, (await page.locator('.key-facts dd').first().textContent())!.trim());
    }

    // Pick: the first two producers' products from the cards on their producer pages, the third's from its product page.
    for (const [i, group] of picks.entries()) {
      for (const product of group.products) {
        if (i < 2) {
          await page.goto(url(`producers/${group.producer.slug}/`));
          await page.getByRole('link', { name: `${t(locale, 'inquiryList.add')}: ${nameIn(product, locale)}`, exact: true }).click();
        } else {
          await page.goto(url(`products/${product.slug}/`));
          await page.getByRole('link', { name: t(locale, 'inquiryList.add'), exact: true }).click();
        }
        await page.waitForURL(`${url('inquiry/')}`);
      }
    }
    // Adding a product twice keeps one.
    await page.goto(url(`inquiry/?add=${picked[0]!.slug}`));
    const groups = page.locator('[data-list-groups] .inquiry-group');
    await groups.nth(2).waitFor();
    expect(page.url()).toBe(url('inquiry/'));

    // Grouped by producer, in pick order.
    expect(await groups.evaluateAll((sections) => sections.map((s) => s.getAttribute('data-producer')))).toEqual(picks.map((g) => g.producer.slug));
    for (const [i, group] of picks.entries()) {
      const section = groups.nth(i);
      expect((await section.locator('h2').textContent())!.trim()).toBe(group.producer.data.name);
      expect((await section.locator('.inquiry-item__name').allTextContents()).map((s) => s.trim())).toEqual(group.products.map((p) => nameIn(p, locale)));

      // One email and one WhatsApp message per producer, in the page's language, listing each product's name, link and MOQ, with blanks.
      const mail = new URL((await section.locator('a[href^="mailto:"]').getAttribute('href'))!);
      expect(decodeURIComponent(mail.pathname)).toBe(group.producer.data.contacts.email);
      const body = mail.searchParams.get('body')!.replace(/\r\n/g, '\n');
      const wa = new URL((await section.locator('a[href^="https://wa.me/"]').getAttribute('href'))!);
      expect(wa.pathname).toBe(`/${group.producer.data.contacts.whatsapp.replace(/\D/g, '')}`);
      const text = wa.searchParams.get('text')!;
      expect(body.split('\n')[0]).toBe(t(locale, 'inquiryList.message.body', { producer: group.producer.data.name }).split('\n')[0]);
      expect(mail.searchParams.get('subject')).toBe(t(locale, 'inquiryList.message.subject', { count: group.products.length }));
      for (const message of [body, text]) {
        for (const product of group.products) {
          expect(message).toContain(nameIn(product, locale));
          expect(message).toMatch(new RegExp(`https?://[^\\s]+${base}${prefix}products/${product.slug}/`));
          expect(message).toContain(moqShown.get(product.slug)!);
        }
        expect(message.match(/____/g)?.length).toBe(group.products.length + 2); // quantity per product, port, Incoterm
      }
    }

    // CSV: the products grouped by producer, with empty quantity, port and Incoterm columns.
    const [download] = (await Promise.all([page.waitForEvent('download'), page.click('[data-list-export]')])) as [Download, void];
    const rows = readCsv(await download.path());
    expect(rows[0]).toEqual(['product', 'producer', 'region', 'moq', 'url', 'email', 'whatsapp', 'quantity', 'port', 'incoterm'].map((c) => t(locale, `inquiryList.csv.${c}` as Parameters<typeof t>[1])));
    expect(rows.slice(1).map((r) => r[0])).toEqual(picked.map((p) => nameIn(p, locale)));
    expect(rows.slice(1).map((r) => r.slice(-3))).toEqual(picked.map(() => ['', '', '']));

    // Printing the list prints every product, without the buttons.
    await page.emulateMedia({ media: 'print' });
    const listPdf = readPdf(await page.pdf({ format: 'A4' }));
    for (const product of picked) expect(listPdf.text).toContain(nameIn(product, locale).replace(/\s+/g, ' '));
    expect(listPdf.text).not.toContain(t(locale, 'inquiryList.export'));
    await page.emulateMedia({ media: 'screen' });

    // Compare three products from three producers.
    const compared = [picks[0]!.products[0]!, picks[1]!.products[1]!, picks[2]!.products[0]!];
    const compareButton = page.locator('[data-list-compare]');
    expect(await compareButton.isDisabled()).toBe(true);
    for (const product of compared) await page.locator(`[data-compare-box][value="${product.slug}"]`).check();
    await compareButton.click();
    await page.waitForURL(`${url('inquiry/compare/')}?products=${compared.map((p) => p.slug).join(',')}`);
    const table = page.locator('table.compare');
    await table.waitFor();
    expect((await table.locator('thead th a').allTextContents()).map((s) => s.trim())).toEqual(compared.map((p) => nameIn(p, locale)));
    const compareRows = await table.locator('tbody tr:has(th[scope="row"])').evaluateAll((trs) =>
      trs.map((tr) => ({ label: tr.querySelector('th')!.firstChild!.textContent!.trim(), differs: tr.hasAttribute('data-differs'), marked: Boolean(tr.querySelector('th .compare__differs')), cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()) })),
    );
    expect(compareRows.length).toBeGreaterThan(10);
    for (const row of compareRows) {
      expect(row.cells, row.label).toHaveLength(3);
      expect(row.differs, row.label).toBe(new Set(row.cells).size > 1);
      expect(row.marked, row.label).toBe(row.differs);
    }
    expect(compareRows.some((r) => r.differs)).toBe(true);
    // Shelf life, as the content states it (or "not stated").
    const shelf = compareRows.find((r) => r.label === t(locale, 'product.shelfLife'))!;
    compared.forEach((product, i) => {
      const days = product.data.shelfLifeDays as number | undefined;
      if (days) expect(shelf.cells[i]).toMatch(new RegExp(`\\b${days.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB')}\\b`));
      else expect(shelf.cells[i]).toBe(t(locale, 'compare.missing'));
    });
    // Certificates with their validity, readiness.
    for (const key of ['product.certificates', 'readiness.title', 'product.packs'] as const) {
      expect(await table.locator('.compare__group th').allTextContents()).toContain(t(locale, key));
    }
    // Prints on A4 landscape, every product in it.
    await page.emulateMedia({ media: 'print' });
    const comparePdf = readPdf(await page.pdf({ preferCSSPageSize: true }));
    expect(comparePdf.sizes.length).toBeGreaterThan(0);
    for (const [width, height] of comparePdf.sizes) {
      expect(Math.round(width)).toBe(842);
      expect(Math.round(height)).toBe(595);
    }
    for (const product of compared) expect(comparePdf.text).toContain(nameIn(product, locale).replace(/\s+/g, ' '));
    await page.emulateMedia({ media: 'screen' });

    // One list, two views: the picks are ticked on the retail table; unticking one there removes it here.
    await page.goto(url('for-retailers/'));
    await page.locator('[data-shortlist-bar]:not([hidden])').waitFor();
    for (const product of picked) expect(await page.locator(`[data-shortlist-box][value="${product.slug}"]`).isChecked(), product.slug).toBe(true);
    await page.locator(`[data-shortlist-box][value="${picked[0]!.slug}"]`).uncheck();
    await page.goto(url('inquiry/'));
    await groups.first().waitFor();
    expect(await page.locator('.inquiry-item').count()).toBe(picked.length - 1);

    // Removing a product on the list.
    const last = picked.at(-1)!;
    await page.getByRole('button', { name: `${t(locale, 'inquiryList.remove')}: ${nameIn(last, locale)}`, exact: true }).click();
    await expect.poll(() => page.locator('.inquiry-item').count()).toBe(picked.length - 2);
    expect(await groups.count()).toBe(2);

    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
