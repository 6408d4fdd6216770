/**
 * The print layout of every product page is a one-page A4 spec sheet: printed
 * to PDF by Chromium, pages counted; the sheet keeps photo, facts, certificates,
 * readiness and contact, and drops navigation and buttons.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../helpers/browser/expected-catalogue';
import { useSite } from '../helpers/browser/use-site';

const dist = process.env.ETALASE_DIST ?? path.resolve(import.meta.dirname, '../../dist');
const products = readCatalogue();

/** Pages in a PDF produced by Chromium (one `/Type /Page` object per page). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe('product spec sheets in print', () => {
  const session = useSite(dist);

  it('prints every product page, in both languages, on exactly one A4 page', async () => {
    const page = await session.browser.newPage();
    const tooLong: string[] = [];
    for (const product of products) {
      for (const prefix of ['', 'id/']) {
        await page.goto(`${session.site.url}${prefix}products/${product.slug}/`);
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        const count = pdfPageCount(pdf);
        if (count !== 1) tooLong.push(`${prefix}${product.slug}: ${count} pages`);
      }
    }
    await page.close();
    expect(tooLong).toEqual([]);
  }, 300_000);

  it('keeps photo, facts, certificates, readiness and contact, and hides navigation and buttons', async () => {
    const page = await session.browser.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${session.site.url}products/${products[0]!.slug}/`);
    for (const selector of ['h1', '.shop-top__media img', '[data-trust-strip]', 'section[aria-labelledby="trade-facts"] dl:not(.facts--repeat)', '.cert-cards', '.readiness-grid', '#contact-details', '.print-only']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    }
    for (const selector of ['.site-nav', '.header-search', '.inquiry', '.lang-switch', '.breadcrumbs']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    await page.close();
  });
});
