/**
 * The print layout of every product page is a one-page A4 spec sheet: printed
 * to PDF by Chromium, pages counted; the sheet keeps photo, facts, certificates,
 * readiness and contact, and drops navigation and buttons.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { readCatalogue } from './support/catalogue';
import { serveStatic, type StaticSite } from './support/server';

const dist = process.env.ETALASE_DIST ?? path.resolve(import.meta.dirname, '../../dist');
const products = readCatalogue();

/** Pages in a PDF produced by Chromium (one `/Type /Page` object per page). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe('product spec sheets in print', () => {
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run npm run build first`);
    site = await serveStatic(dist);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('prints every product page, in both languages, on exactly one A4 page', async () => {
    const page = await browser.newPage();
    const tooLong: string[] = [];
    for (const product of products) {
      for (const prefix of ['', 'id/']) {
        await page.goto(`${site.url}${prefix}products/${product.slug}/`);
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        const count = pdfPageCount(pdf);
        if (count !== 1) tooLong.push(`${prefix}${product.slug}: ${count} pages`);
      }
    }
    await page.close();
    expect(tooLong).toEqual([]);
  }, 300_000);

  it('keeps photo, facts, certificates, readiness and contact, and hides navigation and buttons', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.url}products/${products[0]!.slug}/`);
    for (const selector of ['h1', '.detail__media img', 'section[aria-labelledby="trade-facts"] dl', 'table.certificates', '.readiness-grid', '#contact-details', '.print-only']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    }
    for (const selector of ['.site-nav', '.header-search', '.inquiry', '.lang-switch', '.breadcrumbs']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    await page.close();
  });
});
