/**
 * schema.org JSON-LD: every block parses and names its vocabulary and type;
 * each type carries the fields search engines need; entry pages carry the type
 * that describes them (Product, LocalBusiness, Event), with facts from content.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, fileFor, jsonLdOf, jsonLdOfType, listed, pageAt, requireDist, sitePathOf } from '../helpers/built-site';
import { buildDay, collapse, day, entries, isExpired, labelIn, localeCodes, nameIn, pathIn, taxonomy, type Entry, type Locale } from '../helpers/catalogue';

beforeAll(requireDist);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const EVENT_KINDS = new Set(['exhibition', 'training', 'programme']);

const present = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
/** A URL on the site that is a file of the build. */
const isSitePage = (value: unknown) => typeof value === 'string' && fileFor(sitePathOf(value) ?? '') !== undefined;

function fieldProblems(block: Record<string, any>): string[] {
  const type = block['@type'];
  const need = (...fields: string[]) => fields.filter((f) => !present(block[f])).map((f) => `${type} without ${f}`);
  switch (type) {
    case 'Product': {
      const images: unknown[] = Array.isArray(block.image) ? block.image : [block.image].filter(present);
      return [
        ...need('name', 'url', 'image', 'description'),
        ...(isSitePage(block.url) ? [] : [`Product url ${block.url} is not a page of the site`]),
        ...images.filter((src) => !isSitePage(src)).map((src) => `Product image ${String(src)} is not in the build`),
      ];
    }
    case 'LocalBusiness':
    case 'Organization':
      return need('name', 'url');
    case 'BreadcrumbList': {
      const items: any[] = Array.isArray(block.itemListElement) ? block.itemListElement : [];
      return [
        ...(items.length ? [] : ['BreadcrumbList without itemListElement']),
        ...items.flatMap((item, i) => [
          ...(item?.position === i + 1 ? [] : [`BreadcrumbList item ${i + 1} has position ${item?.position}`]),
          ...(present(item?.name) ? [] : [`BreadcrumbList item ${i + 1} has no name`]),
          ...(isSitePage(item?.item) ? [] : [`BreadcrumbList item ${i + 1} → ${item?.item}: no such page`]),
        ]),
      ];
    }
    case 'Event':
      return [
        ...need('name', 'startDate', 'location'),
        ...(ISO_DATE.test(String(block.startDate)) ? [] : [`Event startDate "${block.startDate}" is not ISO 8601`]),
        ...(block.endDate === undefined || ISO_DATE.test(String(block.endDate)) ? [] : [`Event endDate "${block.endDate}" is not ISO 8601`]),
        ...(typeof block.location === 'string' || present(block.location?.name) || present(block.location?.address) ? [] : ['Event location has no name or address']),
      ];
    case 'NewsArticle':
      return [...need('headline', 'datePublished'), ...(ISO_DATE.test(String(block.datePublished)) ? [] : [`NewsArticle datePublished "${block.datePublished}" is not ISO 8601`])];
    default:
      return [];
  }
}

describe('JSON-LD on every page', () => {
  it('parses, has @context https://schema.org and @type, and the fields of its type', () => {
    const problems: string[] = [];
    let blocks = 0;
    for (const page of allPages()) {
      for (const block of jsonLdOf(page)) {
        blocks += 1;
        if (!block.ok) {
          problems.push(`${page.path}: invalid JSON-LD (${block.error}): ${block.raw.slice(0, 80)}`);
          continue;
        }
        const { value } = block;
        if (value['@context'] !== 'https://schema.org') problems.push(`${page.path}: @context ${JSON.stringify(value['@context'])}`);
        if (!present(value['@type'])) problems.push(`${page.path}: a block without @type`);
        for (const problem of fieldProblems(value)) problems.push(`${page.path}: ${problem}`);
      }
    }
    expect(blocks).toBeGreaterThan(0);
    expect(problems, listed(problems, 'JSON-LD problems')).toEqual([]);
  });
});

const certificateKinds = new Map(taxonomy('certificates').map((term) => [term.id, term]));

/** What `hasCertification` must say for these certificates of the content, in `locale`. */
function expectedCertifications(certificates: Record<string, any>[], locale: Locale): Record<string, unknown>[] {
  const today = buildDay();
  return certificates.map((c) => {
    const active = day(c.validFrom).getTime() <= today.getTime() && !isExpired(c, today);
    return {
      '@type': 'Certification',
      name: labelIn(certificateKinds.get(c.kind)!, locale),
      certificationIdentification: String(c.number),
      issuedBy: { '@type': 'Organization', name: c.issuer },
      validFrom: day(c.validFrom).toISOString().slice(0, 10),
      ...(c.validUntil ? { expires: day(c.validUntil).toISOString().slice(0, 10) } : {}),
      certificationStatus: `https://schema.org/Certification${active ? 'Active' : 'Inactive'}`,
      ...(c.document ? { url: c.document } : {}),
    };
  });
}

/** The certificates of a producer covering a product: those listing it, or those listing no products. */
const covering = (producer: Entry, slug: string): Record<string, any>[] =>
  ((producer.data.certificates ?? []) as Record<string, any>[]).filter((c) => !c.products || c.products.includes(slug));

describe('JSON-LD of entry pages', () => {
  it('hasCertification on every Product and LocalBusiness: one schema.org Certification per certificate in the content', () => {
    const problems: string[] = [];
    const producers = new Map(entries('producers').map((p) => [p.slug, p]));
    let seen = 0;
    const compare = (where: string, got: unknown, want: Record<string, unknown>[]) => {
      seen += want.length;
      if (JSON.stringify(got ?? []) !== JSON.stringify(want)) problems.push(`${where}: hasCertification ${JSON.stringify(got)}\n  expected ${JSON.stringify(want)}`);
    };
    for (const locale of localeCodes) {
      for (const producer of producers.values()) {
        const where = pathIn(locale, 'producers', producer.slug);
        const [ld] = jsonLdOfType(pageAt(where)!, 'LocalBusiness');
        compare(where, ld?.hasCertification, expectedCertifications(producer.data.certificates ?? [], locale));
      }
      for (const product of entries('products')) {
        const where = pathIn(locale, 'products', product.slug);
        const [ld] = jsonLdOfType(pageAt(where)!, 'Product');
        compare(where, ld?.hasCertification, expectedCertifications(covering(producers.get(product.data.producer)!, product.slug), locale));
      }
    }
    expect(seen).toBeGreaterThan(50);
    expect(problems, listed(problems, 'hasCertification problems')).toEqual([]);
  });

  it('products: a Product named as the page, with offers exactly when the product states a price range', () => {
    const problems: string[] = [];
    for (const product of entries('products')) {
      const range = product.data.priceRange;
      for (const locale of localeCodes) {
        const where = pathIn(locale, 'products', product.slug);
        const page = pageAt(where);
        const [ld, ...more] = page ? jsonLdOfType(page, 'Product') : [];
        if (!ld || more.length) {
          problems.push(`${where}: ${ld ? 'several' : 'no'} Product blocks`);
          continue;
        }
        if (ld.name !== collapse(nameIn(product, locale))) problems.push(`${where}: Product name "${ld.name}"`);
        if (range) {
          const offers = ld.offers ?? {};
          const got = { lowPrice: offers.lowPrice, highPrice: offers.highPrice, priceCurrency: offers.priceCurrency };
          const want = { lowPrice: range.min, highPrice: range.max, priceCurrency: range.currency };
          if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${where}: offers ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
        } else if (ld.offers !== undefined) {
          problems.push(`${where}: offers without a priceRange in the content`);
        }
      }
    }
    expect(problems, listed(problems, 'Product problems')).toEqual([]);
  });

  it('producers: a LocalBusiness with the producer name', () => {
    const problems: string[] = [];
    for (const producer of entries('producers')) {
      for (const locale of localeCodes) {
        const where = pathIn(locale, 'producers', producer.slug);
        const page = pageAt(where);
        const names = page ? jsonLdOfType(page, 'LocalBusiness').map((b) => b.name) : [];
        if (!names.includes(collapse(nameIn(producer, locale)))) problems.push(`${where}: LocalBusiness names ${JSON.stringify(names)}`);
      }
    }
    expect(problems, listed(problems, 'LocalBusiness problems')).toEqual([]);
  });

  it('news: an Event starting on the entry date for exhibitions, trainings and programmes', () => {
    const problems: string[] = [];
    const events = entries('news').filter((n) => EVENT_KINDS.has(n.data.kind));
    for (const item of events) {
      for (const locale of localeCodes) {
        const where = pathIn(locale, 'news', item.slug);
        const page = pageAt(where);
        const starts = page ? jsonLdOfType(page, 'Event').map((b) => String(b.startDate).slice(0, 10)) : [];
        const expected = day(item.data.date).toISOString().slice(0, 10);
        if (!starts.includes(expected)) problems.push(`${where}: Event start dates ${JSON.stringify(starts)}, expected ${expected}`);
      }
    }
    expect(problems, listed(problems, 'Event problems')).toEqual([]);
  });
});
