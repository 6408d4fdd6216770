/**
 * Lists longer than one page, on a generated catalogue built under the
 * sub-path /etalase/ (support/paginated-site.ts: one category fills three
 * pages, /producers/ two). The seed catalogue's lists all fit on one page; see
 * tests/site/pagination.test.ts for what it shows.
 *
 * What visitors and search engines rely on: "next" leads from page 1 through
 * every page and each product is on exactly one of them; page N says so in its
 * title and nav, is its own canonical, and its alternates and language switch
 * lead to page N in the other language; the pages are valid HTML, carry no
 * JavaScript and pass axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pageCount } from '~/lib/pagination';
import { PACK_PART_SIZE } from '~/lib/print-pack';
import { RETAIL_PAGE_SIZE } from '~/lib/retail-overview';
import { repeated, walkList } from '../helpers/pagination';
import { buildPaginatedSite, PAGINATED_BASE as BASE, paginatedCatalogue, paginatedDist as DIST } from '../helpers/browser/paginated-site';
import { useSite } from '../helpers/browser/use-site';

// The built-site and catalogue helpers read these when first imported (dynamically, below).
process.env.ETALASE_DIST = DIST;
process.env.BASE_PATH = BASE;
process.env.ETALASE_CONTENT_DIR = paginatedCatalogue;

let site: typeof import('../helpers/built-site');
let catalogue: typeof import('../helpers/catalogue');
/** The category with the most products, and its product slugs. */
let biggest: { id: string; products: string[] };
/** `regions/<slug>/` of the region with the most products. */
let regionWithMostProducts: string;

beforeAll(() => {
  if (!inject('paginatedBuilt')) buildPaginatedSite();
}, 300_000);

beforeAll(async () => {
  site = await import('../helpers/built-site');
  catalogue = await import('../helpers/catalogue');
  const perCategory = new Map<string, string[]>();
  for (const p of catalogue.entries('products')) perCategory.set(p.data.category, [...(perCategory.get(p.data.category) ?? []), p.slug]);
  const [id, products] = [...perCategory].sort((a, b) => b[1].length - a[1].length)[0]!;
  biggest = { id, products };
  regionWithMostProducts = `regions/${mostProductsRegion()}/`;
});

/** The region with the most products (more than a page of them in the generated catalogue). */
function mostProductsRegion(): string {
  const regionOf = new Map(catalogue.entries('producers').map((p) => [p.slug, p.data.region as string]));
  const counts = new Map<string, number>();
  for (const p of catalogue.entries('products')) counts.set(regionOf.get(p.data.producer)!, (counts.get(regionOf.get(p.data.producer)!) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

const load = (sitePath: string) => site.pageAt(sitePath)?.dom;

describe.each(['en', 'id'] as const)('paginated lists (%s)', (locale) => {
  it('a category longer than a page links page 1 → 2 → 3, and lists each of its products exactly once', () => {
    const first = catalogue.pathIn(locale, 'categories', biggest.id);
    const { pages, items } = walkList(first, load);
    expect(pageCount(biggest.products.length)).toBeGreaterThanOrEqual(3);
    expect(pages).toEqual(Array.from({ length: pageCount(biggest.products.length) }, (_, i) => (i ? `${first}page/${i + 1}/` : first)));
    expect(repeated(items)).toEqual([]);
    expect([...items].sort()).toEqual(biggest.products.map((slug) => catalogue.pathIn(locale, 'products', slug)).sort());
  });

  it('/producers/ lists every producer exactly once over its pages', () => {
    const { pages, items } = walkList(catalogue.pathIn(locale, 'producers'), load);
    const producers = catalogue.entries('producers').map((p) => catalogue.pathIn(locale, 'producers', p.slug));
    expect(pages.length).toBe(pageCount(producers.length));
    expect(pages.length).toBeGreaterThan(1);
    expect(repeated(items)).toEqual([]);
    expect([...items].sort()).toEqual(producers.sort());
  });

  it("a large region's trade-fair print pack comes in parts of whole producers, each product in exactly one part", () => {
    const region = mostProductsRegion();
    const first = catalogue.pathIn(locale, 'regions', region, 'print');
    const { pages, items } = walkList(first, load, '.pack-panel h3 a');
    const regionOf = new Map(catalogue.entries('producers').map((p) => [p.slug, p.data.region as string]));
    const products = catalogue.entries('products').filter((p) => regionOf.get(p.data.producer) === region);
    expect(products.length).toBeGreaterThan(PACK_PART_SIZE);
    expect(pages.length).toBeGreaterThan(1);
    expect(repeated(items)).toEqual([]);
    expect([...items].sort()).toEqual(products.map((p) => catalogue.pathIn(locale, 'products', p.slug)).sort());
    pages.forEach((at, i) => {
      const dom = load(at)!;
      expect(dom.querySelectorAll('.pack-panel').length, at).toBeLessThanOrEqual(PACK_PART_SIZE);
      expect(site.textOf(dom.querySelector('.pack-cover__part')), at).toBe(catalogue.uiString(locale, 'printPack.part', { part: String(i + 1), parts: String(pages.length) }));
      // A producer is never split between parts.
      const producers = dom.querySelectorAll('.pack-producer h2 a').map((a) => site.attr(a, 'href'));
      for (const other of pages.filter((p) => p !== at)) {
        for (const href of load(other)!.querySelectorAll('.pack-producer h2 a').map((a) => site.attr(a, 'href'))) expect(producers, `${href} in ${at} and ${other}`).not.toContain(href);
      }
    });
  });

  it('page 2 says which page it is, is its own canonical, and its alternates and language switch keep the page number', () => {
    const second = `${catalogue.pathIn(locale, 'categories', biggest.id)}page/2/`;
    const { dom } = site.page(second);
    const other = locale === 'en' ? 'id' : 'en';
    const total = pageCount(biggest.products.length);
    expect(dom.querySelector('title')!.text).toContain(catalogue.uiString(locale, 'pagination.titleSuffix', { page: '2' }).trim());
    expect(dom.querySelector('title')!.text.length).toBeLessThanOrEqual(60);
    expect(site.canonicalsOf(site.pageAt(second)!)).toEqual([site.absolute(second)]);
    expect(site.alternatesOf(site.pageAt(second)!)).toEqual(
      expect.arrayContaining([
        { hreflang: locale, href: site.absolute(second) },
        { hreflang: other, href: site.absolute(catalogue.switchPath(second, other)) },
        { hreflang: 'x-default', href: site.absolute(catalogue.switchPath(second, 'en')) },
      ]),
    );
    expect(site.attr(dom.querySelector('.lang-switch a'), 'href')).toBe(catalogue.switchPath(second, other));

    const nav = dom.querySelector(`nav.pagination[aria-label="${catalogue.uiString(locale, 'pagination.label')}"]`);
    expect(nav, 'a pagination nav named in the page language').not.toBeNull();
    expect(site.textOf(nav)).toContain(catalogue.uiString(locale, 'pagination.status', { page: '2', pages: String(total) }));
    expect(nav!.querySelectorAll('[aria-current="page"]').map((a) => site.attr(a, 'href'))).toEqual([second]);
    expect(site.attr(nav!.querySelector('a[rel="prev"]'), 'href')).toBe(catalogue.pathIn(locale, 'categories', biggest.id));
    expect(site.attr(nav!.querySelector('a[rel="next"]'), 'href')).toBe(`${catalogue.pathIn(locale, 'categories', biggest.id)}page/3/`);
    const crumbs = dom.querySelectorAll('.breadcrumbs li').map((li) => site.textOf(li));
    expect(crumbs.at(-1)).toBe(catalogue.uiString(locale, 'pagination.page', { page: '2' }));
  });
});

describe('the paginated build', () => {
  const laterPages = () => site.allPages().filter((p) => /\/page\/\d+\/$/.test(p.path));

  it('lists later pages in the sitemap, but for the parts of a print pack (noindex, they repeat the product pages)', () => {
    const sitemap = site.readDist('sitemap-0.xml');
    const noindex = (p: ReturnType<typeof laterPages>[number]) => /noindex/.test(site.attr(p.dom.querySelector('meta[name="robots"]'), 'content') ?? '');
    const [unlisted, listed] = [laterPages().filter(noindex), laterPages().filter((p) => !noindex(p))];
    expect(listed.length).toBeGreaterThan(10);
    for (const p of listed) expect(sitemap, p.path).toContain(`<loc>${site.absolute(p.path)}</loc>`);
    expect(unlisted.length).toBeGreaterThan(0);
    for (const p of unlisted) {
      expect(p.path).toMatch(/\/print\/page\/\d+\/$/);
      expect(sitemap, p.path).not.toContain(`<loc>${site.absolute(p.path)}</loc>`);
    }
  });

  it('has valid HTML, no JavaScript (but the retail table\'s) and no broken page link on every list page with a pagination nav', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    const withNav = site.allPages().filter((p) => p.dom.querySelector('nav.pagination'));
    expect(withNav.length).toBeGreaterThan(laterPages().length);
    for (const p of withNav) {
      const report = await validator.validateFile(path.join(site.distDir, p.rel));
      for (const m of report.results.flatMap((r) => r.messages)) problems.push(`${p.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      const retailTable = p.dom.querySelector('retail-table') !== null;
      for (const s of p.dom.querySelectorAll('script:not([type="application/ld+json"])')) if (!retailTable) problems.push(`${p.path}: script ${site.attr(s, 'src') ?? 'inline'}`);
      for (const a of p.dom.querySelectorAll('nav.pagination a')) if (!site.fileFor(site.attr(a, 'href') ?? '')) problems.push(`${p.path}: broken link ${site.attr(a, 'href')}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('in a browser', () => {
  const session = useSite(DIST, BASE);

  it("cuts a large region's retail table into pages, and filters and shortlists across them", async () => {
    const region = mostProductsRegion();
    const tablePages = site.allPages().filter((p) => p.path.startsWith(`${BASE}for-retailers/${region}/`));
    expect(tablePages.length).toBeGreaterThan(1);
    const rowsOf = (selector: string) => tablePages.flatMap((p) => p.dom.querySelectorAll(`table.retail-table tbody tr${selector}`).map((tr) => site.attr(tr, 'data-slug')!));
    for (const p of tablePages) expect(p.dom.querySelectorAll('table.retail-table tbody tr').length).toBeLessThanOrEqual(RETAIL_PAGE_SIZE);
    const all = rowsOf('');
    expect(new Set(all).size).toBe(all.length);
    const halal = rowsOf('[data-halal="yes"]');

    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${session.site.url}for-retailers/${region}/`);
    await page.locator('[data-shortlist-bar]:not([hidden])').waitFor();
    await page.check('input[name="halal"]');
    await expect.poll(() => page.locator('table.retail-table tbody tr:visible').count()).toBe(halal.length);
    expect(await page.locator('[data-retail-pages]').isHidden()).toBe(true);
    // A row only on page 2 is shortlisted there, and counted on page 1.
    const second = tablePages.find((p) => p.path.endsWith('/page/2/'))!;
    const slug = site.attr(second.dom.querySelector('table.retail-table tbody tr')!, 'data-slug')!;
    await page.goto(`${session.site.url}for-retailers/${region}/page/2/`);
    await page.locator(`[data-shortlist-box][value="${slug}"]`).check();
    await page.goto(`${session.site.url}for-retailers/${region}/`);
    await page.locator('[data-shortlist-bar]:not([hidden])').waitFor();
    expect(await page.locator('[data-shortlist-count]').textContent()).toMatch(/^1 /);
    await context.close();
  });

  it.each(['', 'id/'])('later pages have no axe violations, and the language switch keeps the page number (locale prefix "%s")', async (prefix) => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const found: string[] = [];
    for (const list of [`categories/${biggest.id}/`, 'producers/', `${regionWithMostProducts}products/`]) {
      await page.goto(`${session.site.url}${prefix}${list}page/2/`);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      found.push(...violations.map((v) => `${list}page/2/ ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`));
      await page.locator('.lang-switch a').first().click();
      expect(new URL(page.url()).pathname).toBe(`${BASE}${prefix ? '' : 'id/'}${list}page/2/`);
    }
    expect(found).toEqual([]);
    await context.close();
  });
});
