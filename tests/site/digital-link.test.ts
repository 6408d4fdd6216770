/**
 * GS1 Digital Link (issue 16): every pack with a GTIN resolves at
 * `/01/<gtin14>/` to its product page: a static page with the product page as
 * canonical, an immediate refresh and a visible link, plus a link to the product
 * page in every other language, not indexed, not in the sitemap; `_redirects`
 * carries the same as 301s. GS1 defines one address per GTIN: there is no
 * `/id/01/…`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { absolute, allPages, attr, basePath, canonicalsOf, listed, pageAt, readDist, requireDist } from '../helpers/built-site';
import { defaultLocale, entries, localeCodes, pathIn } from '../helpers/catalogue';

beforeAll(requireDist);

const gtin14 = (code: string) => code.padStart(14, '0');
const packs = entries('products').flatMap((product) =>
  ((product.data.packs ?? []) as { barcode?: string }[]).filter((p) => p.barcode).map((p) => ({ slug: product.slug, gtin: gtin14(p.barcode!) })),
);

/** The Digital Link page at `at` links to `target` both in its text and from its language switch. */
function linksTo(at: string, target: string): boolean {
  const page = pageAt(at);
  return Boolean(page?.dom.querySelector(`main a[href="${target}"]`) && page.dom.querySelector(`.lang-switch a[href="${target}"]`));
}

describe('GS1 Digital Link', () => {
  it('the seed catalogue has packs with a GTIN, among them a GTIN-13 that needs its leading zero', () => {
    expect(packs.length).toBeGreaterThan(10);
    expect(packs.some((p) => p.gtin.startsWith('0'))).toBe(true);
  });

  it('every pack with a GTIN has /01/<gtin14>/ forwarding to its product page, with links to it in every language', () => {
    const locale = defaultLocale;
    const problems: string[] = [];
    for (const { slug, gtin } of packs) {
      const at = pathIn(locale, '01', gtin);
      const product = pathIn(locale, 'products', slug);
      for (const other of localeCodes.filter((code) => code !== locale)) {
        const translated = pathIn(other, 'products', slug);
        if (!linksTo(at, translated)) problems.push(`${at}: no link to ${translated} in main and the language switch`);
      }
      const page = pageAt(at);
      if (!page) {
        problems.push(`${at}: missing`);
        continue;
      }
      const refresh = attr(page.dom.querySelector('meta[http-equiv="refresh"]'), 'content');
      if (refresh !== `0; url=${product}`) problems.push(`${at}: refresh "${refresh}", expected "0; url=${product}"`);
      const productCanonical = canonicalsOf(pageAt(product)!)[0];
      if (canonicalsOf(page)[0] !== productCanonical) problems.push(`${at}: canonical ${canonicalsOf(page)[0]}, expected ${productCanonical}`);
      if (!/noindex/.test(attr(page.dom.querySelector('meta[name="robots"]'), 'content') ?? '')) problems.push(`${at}: not noindex`);
      if (!page.dom.querySelector(`main a[href="${product}"]`)) problems.push(`${at}: no visible link to ${product}`);
      if (!page.dom.querySelector('main')?.text.includes(gtin)) problems.push(`${at}: does not show the GTIN`);
      if (page.dom.querySelector('link[rel="alternate"][hreflang]')) problems.push(`${at}: has hreflang alternates`);
    }
    expect(problems, listed(problems, 'Digital Link problems')).toEqual([]);
  });

  it('has no Digital Link page without a pack behind it, and none under a language prefix', () => {
    const expected = new Set(packs.map((p) => pathIn(defaultLocale, '01', p.gtin)));
    const built = allPages().filter((p) => /\/01\/\d{14}\/$/.test(p.path)).map((p) => p.path);
    expect(built.sort()).toEqual([...expected].sort());
  });

  it('is not in the sitemap', () => {
    const sitemap = readDist('sitemap-0.xml');
    expect(sitemap).not.toMatch(/\/01\/\d{14}\//);
  });

  it('_redirects sends /01/<gtin14> and /01/<gtin14>/ to the product page with a 301, base path included', () => {
    const lines = new Set(readDist('_redirects').split('\n').filter((l) => l && !l.startsWith('#')));
    const expected = packs.flatMap(({ slug, gtin }) => {
      const from = pathIn(defaultLocale, '01', gtin);
      const to = pathIn(defaultLocale, 'products', slug);
      return [`${from.slice(0, -1)} ${to} 301`, `${from} ${to} 301`];
    });
    expect(expected.every((l) => l.startsWith(basePath) && l.split(' ')[1]!.startsWith(basePath))).toBe(true);
    expect([...lines].sort()).toEqual(expected.sort());
    expect(absolute(pathIn(localeCodes[0]!, '01', packs[0]!.gtin))).toContain('/01/');
  });
});
