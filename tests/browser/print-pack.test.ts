/**
 * The trade-fair print pack (issue 16): PPKKP's catalogue at
 * /associations/ppkkp/print/ printed to PDF by Chromium, in both languages, at
 * the site root and under /etalase/: a cover page of its own, then every member
 * product in a panel that a page break never splits (its name and its address
 * on the same page), in a page count that fits two panels across.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entries, nameIn, type Locale } from '../helpers/catalogue';
import { useSite } from '../helpers/browser/use-site';
import { siteVariants } from '../helpers/browser/variants';

const ASSOCIATION = 'ppkkp';
const members = new Set(entries('producers').filter((p) => (p.data.associations ?? []).includes(ASSOCIATION)).map((p) => p.slug));
const products = entries('products').filter((p) => members.has(p.data.producer));
const association = entries('associations').find((a) => a.slug === ASSOCIATION)!;

/**
 * The text of each page of a PDF (pdftotext, poppler), without whitespace and hyphens, so wrapped lines still
 * match (pdftotext drops a hyphen at the end of a line).
 */
function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'etalase-pack-'));
  try {
    const file = path.join(dir, 'pack.pdf');
    writeFileSync(file, pdf);
    const result = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
    return result.stdout.split('\f').slice(0, -1).map(squeeze);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const squeeze = (text: string) => text.replace(/[\s\-‐]+/g, '');

describe.each(siteVariants)('trade-fair print pack $name', ({ base, dist }) => {
  const session = useSite(dist, base);

  it.each([
    ['en', ''],
    ['id', 'id/'],
  ] as [Locale, string][])('PPKKP prints as a cover and then every member product in a whole panel (%s)', async (locale, prefix) => {
    expect(products.length).toBeGreaterThan(5);
    const page = await session.browser.newPage();
    // Linked from the association page.
    await page.goto(`${session.site.url}${prefix}associations/${ASSOCIATION}/`);
    await page.locator(`a[href="${base}${prefix}associations/${ASSOCIATION}/print/"]`).click();
    await page.waitForURL(`**/${prefix}associations/${ASSOCIATION}/print/`);
    const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    await page.close();

    // The cover: the association, and no product yet.
    expect(pages[0]).toContain(squeeze(nameIn(association, locale)));
    for (const product of products) expect(pages[0], product.slug).not.toContain(squeeze(`products/${product.slug}/`));
    // At least two panels side by side: never more pages than one per two products, plus the cover.
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(1 + Math.ceil(products.length / 2));
    // Every product on exactly one page, its name and address (under its QR code) together.
    const problems: string[] = [];
    for (const product of products) {
      const name = squeeze(nameIn(product, locale));
      const on = pages.map((text, i) => (text.includes(name) ? i : -1)).filter((i) => i >= 0);
      const at = pages.map((text, i) => (text.includes(squeeze(`products/${product.slug}/`)) ? i : -1)).filter((i) => i >= 0);
      if (on.length !== 1 || at.length !== 1 || on[0] !== at[0]) problems.push(`${product.slug}: name on pages ${on.join(',') || 'none'}, address on pages ${at.join(',') || 'none'}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
