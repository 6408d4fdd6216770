/**
 * Checks over the real built site in dist/ (npm test builds it first): pages in
 * both locales, head metadata, hreflang, JSON-LD, internal links, sitemap, feeds
 * and trust signals. Expectations come from the content files, never hard-coded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/i18n/strings/en.json';
import id from '../../src/i18n/strings/id.json';
import { allPages, base, dist, fileFor, pageAt, requireDist, site, sitePath } from './support';
import { buildDay, entries, taxonomyIds } from './content';

beforeAll(requireDist);

const entryCollections = ['producers', 'products', 'regions', 'clusters', 'associations', 'news'] as const;
const localePrefix = { en: base, id: `${base}id/` } as const;
const pathOf = (locale: 'en' | 'id', collection: string, slug: string) => `${localePrefix[locale]}${collection}/${slug}/`;
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('every catalogue entry has a page in both locales', () => {
  it.each(entryCollections)('%s', (collection) => {
    const list = entries(collection);
    expect(list.length).toBeGreaterThan(0);
    for (const entry of list) {
      const nameEn = entry.data.name ?? entry.data.title;
      const nameId = entry.translation?.name ?? entry.translation?.title ?? nameEn;
      const enPage = pageAt(pathOf('en', collection, entry.slug));
      const idPage = pageAt(pathOf('id', collection, entry.slug));
      expect(enPage, `${collection}/${entry.slug} in English`).toBeDefined();
      expect(idPage, `${collection}/${entry.slug} in Indonesian`).toBeDefined();
      expect(text(enPage!.dom.querySelector('h1')!.text)).toBe(nameEn);
      expect(text(idPage!.dom.querySelector('h1')!.text)).toBe(nameId);
    }
  });

  it.each(['categories', 'certificates'])('%s taxonomy', (name) => {
    for (const slug of taxonomyIds(name)) {
      expect(pageAt(pathOf('en', name, slug)), `${name}/${slug}`).toBeDefined();
      expect(pageAt(pathOf('id', name, slug)), `id/${name}/${slug}`).toBeDefined();
    }
  });
});

describe('head metadata on every page', () => {
  it('has a title, a description, one absolute canonical on the site, a language and one h1', () => {
    const problems: string[] = [];
    for (const page of allPages()) {
      const { dom, url } = page;
      const title = dom.querySelector('title')?.text.trim() ?? '';
      const description = dom.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '';
      const canonicals = dom.querySelectorAll('link[rel="canonical"]');
      const lang = dom.querySelector('html')?.getAttribute('lang');
      if (!title) problems.push(`${url}: no <title>`);
      if (description.length < 20 || description.length > 160) problems.push(`${url}: description of ${description.length} characters`);
      if (lang === undefined || lang === '') problems.push(`${url}: no <html lang>`);
      if (dom.querySelectorAll('h1').length !== 1) problems.push(`${url}: ${dom.querySelectorAll('h1').length} h1 elements`);
      if (url.endsWith('404.html')) continue;
      if (canonicals.length !== 1) problems.push(`${url}: ${canonicals.length} canonical links`);
      const canonical = canonicals[0]?.getAttribute('href') ?? '';
      if (!canonical.startsWith(site.origin) || !fileFor(new URL(canonical).pathname)) problems.push(`${url}: canonical ${canonical} is not a page of the site`);
      if (!dom.querySelector('meta[property="og:title"]') || !dom.querySelector('meta[property="og:url"]')) problems.push(`${url}: Open Graph tags missing`);
    }
    expect(problems).toEqual([]);
  });
});

describe('hreflang', () => {
  const alternates = (page: ReturnType<typeof allPages>[number]) =>
    page.dom.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => ({ lang: l.getAttribute('hreflang')!, href: l.getAttribute('href')! }));

  it('points only at pages that exist, reciprocally, with x-default', () => {
    const problems: string[] = [];
    for (const page of allPages()) {
      const links = alternates(page);
      if (!links.length) continue;
      if (!links.some((l) => l.lang === 'x-default')) problems.push(`${page.url}: no x-default`);
      for (const link of links) {
        const target = sitePath(link.href);
        if (!target || !fileFor(target)) {
          problems.push(`${page.url}: hreflang ${link.lang} → ${link.href} does not exist`);
          continue;
        }
        const back = pageAt(target);
        if (back && !alternates(back).some((l) => sitePath(l.href) === page.url)) problems.push(`${page.url}: ${target} does not link back`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists only real translations: an untranslated entry is a visible fallback, canonical to English', () => {
    const untranslated = entryCollections.flatMap((c) => entries(c).filter((e) => !e.translation));
    expect(untranslated.length).toBeGreaterThan(0);
    const notice = id['notice.fallback'].replace('{language}', 'English');
    for (const entry of untranslated) {
      const enPage = pageAt(pathOf('en', entry.collection, entry.slug))!;
      const idPage = pageAt(pathOf('id', entry.collection, entry.slug))!;
      expect(alternates(enPage).map((l) => sitePath(l.href))).not.toContain(idPage.url);
      expect(alternates(idPage)).toEqual([]);
      expect(text(idPage.dom.querySelector('main')!.text)).toContain(notice);
      expect(idPage.dom.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(new URL(enPage.url, site).href);
    }
    const translated = entries('products').find((e) => e.translation)!;
    expect(text(pageAt(pathOf('id', 'products', translated.slug))!.dom.querySelector('main')!.text)).not.toContain(notice);
  });
});

describe('JSON-LD', () => {
  const blocks = (page: ReturnType<typeof allPages>[number]) =>
    page.dom.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text) as Record<string, any>);

  it('parses on every page, with @context and @type and the fields each type needs', () => {
    const problems: string[] = [];
    for (const page of allPages()) {
      let parsed: Record<string, any>[];
      try {
        parsed = blocks(page);
      } catch (error) {
        problems.push(`${page.url}: ${(error as Error).message}`);
        continue;
      }
      for (const block of parsed) {
        const where = `${page.url} ${block['@type']}`;
        if (block['@context'] !== 'https://schema.org' || !block['@type']) problems.push(`${where}: no @context/@type`);
        const need = (fields: string[]) => fields.filter((f) => block[f] === undefined || block[f] === '').forEach((f) => problems.push(`${where}: no ${f}`));
        switch (block['@type']) {
          case 'Product':
            need(['name', 'url', 'image', 'description', 'brand']);
            if (!Array.isArray(block.image) || !block.image.length) problems.push(`${where}: no image`);
            break;
          case 'LocalBusiness':
          case 'Organization':
            need(['name', 'url']);
            break;
          case 'BreadcrumbList':
            block.itemListElement.forEach((item: any, i: number) => {
              if (item.position !== i + 1) problems.push(`${where}: position ${item.position} at ${i}`);
              if (!fileFor(sitePath(item.item) ?? '')) problems.push(`${where}: ${item.item} does not exist`);
            });
            break;
          case 'Event':
            need(['name', 'startDate', 'location']);
            if (!/^\d{4}-\d{2}-\d{2}/.test(block.startDate)) problems.push(`${where}: startDate ${block.startDate}`);
            break;
          case 'NewsArticle':
            need(['headline', 'datePublished']);
            break;
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives products a Product with offers exactly when a price range is stated', () => {
    for (const product of entries('products')) {
      for (const locale of ['en', 'id'] as const) {
        const ld = blocks(pageAt(pathOf(locale, 'products', product.slug))!).find((b) => b['@type'] === 'Product');
        expect(ld, product.slug).toBeDefined();
        if (product.data.priceRange) {
          expect(ld!.offers).toMatchObject({ lowPrice: product.data.priceRange.min, highPrice: product.data.priceRange.max, priceCurrency: product.data.priceRange.currency });
        } else {
          expect(ld!.offers, product.slug).toBeUndefined();
        }
      }
    }
  });

  it('gives producers a LocalBusiness and events an Event', () => {
    for (const producer of entries('producers')) {
      expect(blocks(pageAt(pathOf('en', 'producers', producer.slug))!).some((b) => b['@type'] === 'LocalBusiness'), producer.slug).toBe(true);
    }
    for (const item of entries('news')) {
      const type = item.data.kind === 'news' ? 'NewsArticle' : 'Event';
      expect(blocks(pageAt(pathOf('en', 'news', item.slug))!).some((b) => b['@type'] === type), item.slug).toBe(true);
    }
  });
});

describe('internal links', () => {
  it('all resolve to files in dist/, and same-page anchors to ids', () => {
    const broken = new Set<string>();
    for (const page of allPages()) {
      const pageUrl = new URL(page.url, site);
      const refs = [
        ...page.dom.querySelectorAll('a[href], link[href]').map((e) => e.getAttribute('href')!),
        ...page.dom.querySelectorAll('img[src], script[src], source[src]').map((e) => e.getAttribute('src')!),
        ...page.dom.querySelectorAll('img[srcset], source[srcset]').flatMap((e) => e.getAttribute('srcset')!.split(',').map((part) => part.trim().split(/\s+/)[0]!)),
        ...page.dom.querySelectorAll('form[action]').map((e) => e.getAttribute('action')!),
      ];
      for (const ref of refs) {
        if (/^(mailto:|tel:|data:)/.test(ref)) continue;
        const url = new URL(ref, pageUrl);
        if (url.origin !== site.origin) continue;
        if (ref.startsWith('#')) {
          if (ref.length > 1 && !page.dom.getElementById(decodeURIComponent(ref.slice(1)))) broken.add(`${page.url} → ${ref}`);
          continue;
        }
        if (!fileFor(url.pathname)) broken.add(`${page.url} → ${url.pathname}`);
      }
    }
    expect([...broken]).toEqual([]);
  });
});

describe('sitemap, robots and feeds', () => {
  const sitemap = () => readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');

  it('lists every product page and no alternate that points at a fallback page', () => {
    const xml = sitemap();
    expect(readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8')).toContain('sitemap-0.xml');
    for (const product of entries('products')) {
      expect(xml).toContain(`<loc>${new URL(pathOf('en', 'products', product.slug), site).href}</loc>`);
      const idUrl = new URL(pathOf('id', 'products', product.slug), site).href;
      if (product.translation) expect(xml).toContain(`<loc>${idUrl}</loc>`);
      else expect(xml).not.toContain(idUrl);
    }
    for (const [, href] of xml.matchAll(/<xhtml:link[^>]*href="([^"]+)"/g)) {
      expect(fileFor(sitePath(href!) ?? ''), href).toBeDefined();
    }
  });

  it('points robots.txt at the sitemap', () => {
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL(`${base}sitemap-index.xml`, site).href}`);
  });

  it('has an RSS item for every news entry in each language', () => {
    const news = entries('news');
    for (const file of ['rss.xml', 'id/rss.xml']) {
      const xml = readFileSync(path.join(dist, file), 'utf8');
      expect(xml.startsWith('<?xml')).toBe(true);
      expect((xml.match(/<item>/g) ?? []).length).toBe(news.length);
    }
  });
});

describe('trust signals', () => {
  const day = buildDay();
  const stale = (iso: string | Date) => {
    const verified = new Date(iso);
    const limit = new Date(Date.UTC(verified.getUTCFullYear() + 1, verified.getUTCMonth(), verified.getUTCDate()));
    return day.getTime() > limit.getTime();
  };

  it('says when and by whom each producer and product was verified, and flags stale ones', () => {
    let staleSeen = 0;
    for (const collection of ['producers', 'products']) {
      for (const entry of entries(collection)) {
        const main = text(pageAt(pathOf('en', collection, entry.slug))!.dom.querySelector('main')!.text);
        expect(main, entry.slug).toContain('Last verified on');
        expect(main, entry.slug).toContain(entry.data.verification.by);
        const flagged = main.includes(en['verify.stale']);
        expect(flagged, `${collection}/${entry.slug} stale flag`).toBe(stale(entry.data.verification.date));
        if (flagged) staleSeen += 1;
        const mainId = text(pageAt(pathOf('id', collection, entry.slug))!.dom.querySelector('main')!.text);
        expect(mainId).toContain('Terakhir diverifikasi');
      }
    }
    expect(staleSeen).toBeGreaterThan(0);
  });

  it('flags certificates that expired before the build date on the producer page', () => {
    let expiredSeen = 0;
    for (const producer of entries('producers')) {
      const rows = pageAt(pathOf('en', 'producers', producer.slug))!.dom.querySelectorAll('table.certificates tbody tr');
      const certificates = producer.data.certificates ?? [];
      expect(rows.length).toBe(certificates.length);
      certificates.forEach((cert: any, i: number) => {
        const expired = cert.validUntil !== undefined && new Date(cert.validUntil).getTime() < day.getTime();
        expect(text(rows[i]!.text).includes(en['cert.status.expired']), `${producer.slug} ${cert.number}`).toBe(expired);
        expect(text(rows[i]!.text)).toContain(cert.number);
        expect(text(rows[i]!.text)).toContain(cert.issuer);
        if (expired) expiredSeen += 1;
      });
    }
    expect(expiredSeen).toBeGreaterThan(0);
  });
});
