/**
 * QR codes (issue 16): the printed spec sheet of a product page and every
 * producer page carry a QR code of the page's canonical address. Chromium
 * renders the page (print media for the spec sheet), a screenshot of the code
 * is decoded with jsQR and compared with the page's canonical link, in both
 * languages, at the site root and under /etalase/.
 */
import jsQR from 'jsqr';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { contentRoot } from '~/lib/content-paths';
import { readCatalogue } from '../helpers/browser/expected-catalogue';
import { useSite } from '../helpers/browser/use-site';
import { siteVariants } from '../helpers/browser/variants';

const products = readCatalogue();

/** Decodes the QR code drawn in `selector` from a screenshot of it. */
async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  const png = await page.locator(selector).screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

const canonicalOf = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

describe.each(siteVariants)('QR codes $name', ({ base, dist }) => {
  const session = useSite(dist, base);

  it.each(['', 'id/'])('the printed spec sheet of a product carries its canonical address; on screen it is hidden (locale prefix "%s")', async (prefix) => {
    const page = await session.browser.newPage({ deviceScaleFactor: 2 });
    // The first product and one with a long name, enough to vary the code.
    for (const product of [products[0]!, [...products].sort((a, b) => b.slug.length - a.slug.length)[0]!]) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${session.site.url}${prefix}products/${product.slug}/`);
      expect(await page.locator('.shop-top__qr').isVisible(), `${product.slug} on screen`).toBe(false);
      await page.emulateMedia({ media: 'print' });
      const canonical = await canonicalOf(page);
      expect(canonical).toContain(`${base}`);
      expect(await decodeQr(page, '.shop-top__qr'), product.slug).toBe(canonical);
      // Printed at about 20 mm: big enough for a phone held over the sheet.
      const width = (await page.locator('.shop-top__qr').boundingBox())!.width;
      expect(width, product.slug).toBeGreaterThan(70);
    }
    await page.close();
  });

  it.each(['', 'id/'])('every producer page shows a QR code of its canonical address, on screen and in print (locale prefix "%s")', async (prefix) => {
    const page = await session.browser.newPage({ deviceScaleFactor: 2 });
    const producers = readdirSync(path.join(contentRoot(), 'producers'))
      .filter((f) => /^[a-z0-9-]+\.mdx?$/.test(f))
      .map((f) => f.replace(/\.mdx?$/, ''));
    expect(producers.length).toBeGreaterThan(5);
    for (const slug of producers) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${session.site.url}${prefix}producers/${slug}/`);
      const canonical = await canonicalOf(page);
      expect(await decodeQr(page, '.qr-card .qr'), slug).toBe(canonical);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.qr-card .qr').isVisible(), `${slug} in print`).toBe(true);
    }
    await page.close();
  }, 300_000);
});
