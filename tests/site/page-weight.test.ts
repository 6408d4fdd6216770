/**
 * The product page budget (docs/architecture.md, "Budgets"): every product page, in every
 * language, weighs at most 12 KB gzip: its HTML, the stylesheets that block rendering and its
 * scripts, measured as the benchmark measures them (scripts/lib/page-weight.ts).
 */
import { describe, expect, it } from 'vitest';
import { budgetGzip, pageWeight } from '../../scripts/lib/page-weight';
import { basePath, distDir, fileFor, listed, requireDist } from '../helpers/built-site';
import { entries, localeCodes, pathIn } from '../helpers/catalogue';

const PRODUCT_PAGE_BUDGET = 12 * 1024;
// KB of 1,024 bytes, as the benchmark writes them.
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

describe('product page weight', () => {
  it(`every product page is at most ${kb(PRODUCT_PAGE_BUDGET)} gzip (HTML, render-blocking CSS and JS)`, () => {
    requireDist();
    const paths = entries('products').flatMap((product) => localeCodes.map((locale) => pathIn(locale, 'products', product.slug)));
    const missing = paths.filter((p) => !fileFor(p));
    expect(missing, listed(missing, 'product pages missing')).toEqual([]);
    const over = paths.flatMap((p) => {
      const w = pageWeight(distDir, p.slice(basePath.length - 1), basePath);
      const total = budgetGzip(w);
      return total > PRODUCT_PAGE_BUDGET ? [`${p}: ${kb(total)}, ${total} bytes (HTML ${kb(w.html[1])}, CSS ${kb(w.css[1])}, JS ${kb(w.js[1])})`] : [];
    });
    expect(over, listed(over, `product pages over ${kb(PRODUCT_PAGE_BUDGET)} gzip`)).toEqual([]);
  });
});
