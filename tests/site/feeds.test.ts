/**
 * Machine-readable files: the sitemap (every indexable page, alternates only
 * between real translations, never to a fallback page), robots.txt and the RSS
 * feed per locale. (Partner downloads: data-downloads.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { absolute, allPages, alternatesOf, attr, basePath, canonicalsOf, fileFor, is404, listed, pageAt, readDist, requireDist, sitePathOf } from '../helpers/built-site';
import { collapse, entries, fallbackPaths, isTranslated, localeCodes, nameIn, pathIn } from '../helpers/catalogue';
import { childText, elements, emptyElements, xmlProblems } from '../helpers/xml';

beforeAll(requireDist);

interface SitemapUrl {
  loc: string;
  alternates: { hreflang: string; href: string }[];
}

function sitemapUrls(): SitemapUrl[] {
  const index = readDist('sitemap-index.xml');
  const files = elements(index, 'loc').map((loc) => sitePathOf(loc.trim()));
  return files.flatMap((path) => {
    if (!path || !fileFor(path)) throw new Error(`sitemap-index.xml lists ${path ?? 'a URL off the site'}, which is not in the build`);
    return elements(readFileSync(fileFor(path)!, 'utf8'), 'url').map((url) => ({
      loc: childText(url, 'loc') ?? '',
      alternates: emptyElements(url, 'xhtml:link').map((a) => ({ hreflang: a.hreflang ?? '', href: a.href ?? '' })),
    }));
  });
}

describe('sitemap', () => {
  it('is an index pointing at sitemap-0.xml by absolute URL, both well-formed', () => {
    const index = readDist('sitemap-index.xml');
    expect(xmlProblems(index)).toEqual([]);
    expect(elements(index, 'loc').map((l) => l.trim())).toContain(absolute(`${basePath}sitemap-0.xml`));
    expect(xmlProblems(readDist('sitemap-0.xml'))).toEqual([]);
  });

  it('lists every product page whose canonical is itself: all in the default locale, translated ones in the others', () => {
    const locs = new Set(sitemapUrls().map((u) => u.loc));
    const fallbacks = fallbackPaths();
    const problems: string[] = [];
    for (const product of entries('products')) {
      for (const locale of localeCodes) {
        const url = absolute(pathIn(locale, 'products', product.slug));
        if (isTranslated(product, locale) && !locs.has(url)) problems.push(`${url}: not listed`);
        // A fallback page's canonical is the default-locale page, so listing it would contradict the page.
        if (fallbacks.has(pathIn(locale, 'products', product.slug)) && locs.has(url)) problems.push(`${url}: untranslated page listed`);
      }
    }
    expect(problems, listed(problems, 'sitemap problems')).toEqual([]);
  });

  it('lists exactly the indexable pages: existing, self-canonical, not noindex', () => {
    const locs = sitemapUrls().map((u) => u.loc);
    const problems: string[] = [];
    if (new Set(locs).size !== locs.length) problems.push('some URLs are listed twice');
    for (const loc of locs) {
      const page = pageAt(sitePathOf(loc) ?? '');
      if (!page) problems.push(`${loc}: no such page`);
      else if (canonicalsOf(page)[0] !== loc) problems.push(`${loc}: its canonical is ${canonicalsOf(page)[0]}`);
    }
    const listedSet = new Set(locs);
    for (const page of allPages()) {
      const indexable = !is404(page) && !/noindex/.test(attr(page.dom.querySelector('meta[name="robots"]'), 'content') ?? '') && canonicalsOf(page)[0] === absolute(page.path);
      if (indexable && !listedSet.has(absolute(page.path))) problems.push(`${page.path}: indexable but not in the sitemap`);
    }
    expect(problems, listed(problems, 'sitemap problems')).toEqual([]);
  });

  it('gives alternates that exist, are never fallback pages, and match the page’s own hreflang links', () => {
    const fallbackUrls = new Set([...fallbackPaths()].map(absolute));
    const problems: string[] = [];
    for (const { loc, alternates } of sitemapUrls()) {
      for (const alt of alternates) {
        if (!fileFor(sitePathOf(alt.href) ?? '')) problems.push(`${loc}: alternate ${alt.hreflang} → ${alt.href} does not exist`);
        if (fallbackUrls.has(alt.href)) problems.push(`${loc}: alternate ${alt.hreflang} → ${alt.href} is an untranslated (fallback) page`);
      }
      const page = pageAt(sitePathOf(loc) ?? '');
      if (!page) continue;
      const key = (l: { hreflang: string; href: string }) => `${l.hreflang} ${l.href}`;
      const inSitemap = alternates.map(key).sort();
      const onPage = alternatesOf(page).filter((l) => l.hreflang !== 'x-default').map(key).sort();
      if (inSitemap.join('\n') !== onPage.join('\n')) problems.push(`${loc}: sitemap alternates [${inSitemap.join(', ')}] ≠ page hreflang [${onPage.join(', ')}]`);
    }
    expect(problems, listed(problems, 'sitemap alternate problems')).toEqual([]);
  });
});

describe('robots.txt', () => {
  it('names the absolute sitemap URL', () => {
    const lines = readDist('robots.txt').split(/\r?\n/).map((l) => l.trim());
    expect(lines).toContain(`Sitemap: ${absolute(`${basePath}sitemap-index.xml`)}`);
  });
});

describe('RSS feeds', () => {
  it.each(localeCodes)('the %s feed is well-formed RSS with one item per news entry, linking to its page', (locale) => {
    const file = `${pathIn(locale).slice(basePath.length)}rss.xml`;
    const xml = readDist(file);
    expect(xmlProblems(xml), file).toEqual([]);
    expect(xml).toMatch(/<rss[\s>]/);
    const channel = elements(xml, 'channel');
    expect(channel, `${file}: one <channel>`).toHaveLength(1);
    const items = elements(channel[0]!, 'item').map((item) => ({ title: childText(item, 'title'), link: childText(item, 'link') ?? '' }));
    const expected = entries('news').map((n) => ({ title: collapse(nameIn(n, locale)), link: absolute(pathIn(locale, 'news', n.slug)) }));
    const byLink = (a: { link: string }, b: { link: string }) => a.link.localeCompare(b.link);
    expect(items.sort(byLink)).toEqual(expected.sort(byLink));
    for (const item of items) expect(fileFor(sitePathOf(item.link) ?? ''), item.link).toBeDefined();
    // atom:link rel="self": the feed's own absolute address, under the base path.
    expect(xml).toMatch(/<rss[^>]*\sxmlns:atom="http:\/\/www\.w3\.org\/2005\/Atom"/);
    const self = emptyElements(channel[0]!, 'atom:link');
    expect(self).toEqual([{ href: absolute(`${pathIn(locale)}rss.xml`), rel: 'self', type: 'application/rss+xml' }]);
  });

  it('is announced in the head of every page', () => {
    const missing = allPages()
      .filter((p) => !is404(p))
      .filter((p) => !p.dom.querySelector('link[rel="alternate"][type="application/rss+xml"]'))
      .map((p) => p.path);
    expect(missing, listed(missing, 'pages without a feed link')).toEqual([]);
  });
});

