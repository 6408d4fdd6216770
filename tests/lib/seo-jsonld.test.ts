import { describe, expect, it } from 'vitest';
import { breadcrumbList, certificationJsonLd, eventJsonLd, productJsonLd, serializeJsonLd } from '~/lib/jsonld';
import { alternatesFor, canonicalFor, pagedTitle, pageTitle } from '~/lib/seo';
import { entryPageOf, isFallbackPage } from '~/lib/sitemap';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const site = 'https://etalase.example.org';

describe('hreflang and canonical', () => {
  it('lists only real translations plus x-default', () => {
    expect(alternatesFor('/id/products/x/', ['en', 'id'], site)).toEqual([
      { hreflang: 'en', href: `${site}/products/x/` },
      { hreflang: 'id', href: `${site}/id/products/x/` },
      { hreflang: 'x-default', href: `${site}/products/x/` },
    ]);
    expect(alternatesFor('/products/x/', ['en'], site)).toEqual([]);
  });
  it('points a fallback page canonical at the default-locale page', () => {
    expect(canonicalFor('/id/products/x/', true, site)).toBe(`${site}/products/x/`);
    expect(canonicalFor('/id/products/x/', false, site)).toBe(`${site}/id/products/x/`);
  });
  it('does not repeat the site name in the home title', () => {
    expect(pageTitle('Etalase', 'Etalase')).toBe('Etalase');
    expect(pageTitle('Terasi', 'Etalase')).toBe('Terasi · Etalase');
    const long = 'Ogan Komering Ilir partners with Alfamart to bring local products into modern retail';
    const title = pageTitle(long, 'Etalase');
    expect(title.length).toBeLessThanOrEqual(60);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(pageTitle('Sentra IKM Gula Kelapa Purbalingga', 'Etalase')).toBe('Sentra IKM Gula Kelapa Purbalingga · Etalase');
  });
  it('keeps the page number of a list page in its title, cutting the title instead', () => {
    expect(pagedTitle('Crackers', '', 'Etalase')).toBe('Crackers · Etalase');
    expect(pagedTitle('Crackers', ', page 2', 'Etalase')).toBe('Crackers, page 2 · Etalase');
    const long = 'Producers in Sentra IKM Kemplang dan Kerupuk Ikan Palembang';
    const title = pagedTitle(long, ', halaman 12', 'Etalase');
    expect(title.length).toBeLessThanOrEqual(60);
    expect(title.endsWith('…, halaman 12')).toBe(true);
  });
});

describe('JSON-LD', () => {
  const product = {
    name: 'Terasi',
    url: `${site}/products/terasi/`,
    description: 'Shrimp paste',
    images: [`${site}/_astro/terasi.jpg`],
    category: 'Condiments',
    producer: { name: 'UD Contoh', url: `${site}/producers/ud-contoh/` },
    sku: 'terasi',
    available: true,
    countryOfOrigin: 'Indonesia',
  };
  it('adds offers only when a price range is given', () => {
    expect(productJsonLd(product)).not.toHaveProperty('offers');
    const priced = productJsonLd({ ...product, price: { min: 1, max: 2, currency: 'USD' } });
    expect(priced.offers).toMatchObject({ '@type': 'AggregateOffer', lowPrice: 1, highPrice: 2, priceCurrency: 'USD' });
  });
  it('numbers breadcrumb items from 1', () => {
    const list = breadcrumbList([{ name: 'Home', url: `${site}/` }, { name: 'Products', url: `${site}/products/` }]);
    expect((list.itemListElement as { position: number }[]).map((i) => i.position)).toEqual([1, 2]);
  });
  it('gives an event a place and an end date', () => {
    const event = eventJsonLd({ name: 'Expo', url: `${site}/news/expo/`, description: 'x', startDate: '2027-03-01', place: 'JIExpo' });
    expect(event).toMatchObject({ '@type': 'Event', endDate: '2027-03-01', location: { '@type': 'Place', name: 'JIExpo' } });
  });
  it('cannot be closed early by content containing </script>', () => {
    const out = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('</script>');
    expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('sitemap fallback rules', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'etalase-sitemap-'));
  mkdirSync(path.join(dir, 'products'));
  writeFileSync(path.join(dir, 'products', 'a.md'), '');
  writeFileSync(path.join(dir, 'products', 'a.id.md'), '');
  writeFileSync(path.join(dir, 'products', 'b.md'), '');

  it('recognises entry pages, also under a base path', () => {
    expect(entryPageOf(`${site}/id/products/a/`)).toEqual({ locale: 'id', collection: 'products', slug: 'a' });
    expect(entryPageOf(`${site}/etalase/products/a/`, '/etalase/')).toEqual({ locale: 'en', collection: 'products', slug: 'a' });
    expect(entryPageOf(`${site}/about/`)).toBeUndefined();
    expect(entryPageOf(`${site}/categories/crackers/`)).toBeUndefined();
  });
  it('flags only translated-locale entry pages without a translation file', () => {
    expect(isFallbackPage(`${site}/id/products/a/`, dir)).toBe(false);
    expect(isFallbackPage(`${site}/id/products/b/`, dir)).toBe(true);
    expect(isFallbackPage(`${site}/products/b/`, dir)).toBe(false);
  });
});

describe('clampDescription', () => {
  it('keeps short text and cuts long text at a word with an ellipsis', async () => {
    const { clampDescription } = await import('~/lib/seo');
    expect(clampDescription('  Short   text. ')).toBe('Short text.');
    const long = 'Halal certification is issued by BPJPH, '.repeat(10);
    const clamped = clampDescription(long);
    expect(clamped.length).toBeLessThanOrEqual(160);
    expect(clamped.endsWith('…')).toBe(true);
    expect(clamped).not.toMatch(/[ ,]…$/);
    expect(long.startsWith(clamped.slice(0, -1))).toBe(true);
  });
});

describe('certificationJsonLd', () => {
  it('is a schema.org Certification with issuer, number, dates and status; no expiry or document when there is none', () => {
    expect(
      certificationJsonLd({ name: 'Halal certificate (BPJPH)', number: 'ID00410000123', issuer: 'BPJPH', validFrom: '2024-10-21', validUntil: '2029-10-21', active: true, document: 'https://example.com/c.pdf' }),
    ).toEqual({
      '@type': 'Certification',
      name: 'Halal certificate (BPJPH)',
      certificationIdentification: 'ID00410000123',
      issuedBy: { '@type': 'Organization', name: 'BPJPH' },
      validFrom: '2024-10-21',
      expires: '2029-10-21',
      certificationStatus: 'https://schema.org/CertificationActive',
      url: 'https://example.com/c.pdf',
    });
    const expired = certificationJsonLd({ name: 'NIB', number: '123', issuer: 'OSS', validFrom: '2020-01-01', active: false });
    expect(expired).not.toHaveProperty('expires');
    expect(expired).not.toHaveProperty('url');
    expect(expired.certificationStatus).toBe('https://schema.org/CertificationInactive');
  });

  it('hasCertification on a Product only when it has certificates', () => {
    const base = { name: 'P', url: 'https://x/p/', description: 'd', images: [], category: 'c', producer: { name: 'M', url: 'https://x/m/' }, sku: 'p', available: true, countryOfOrigin: 'Indonesia' };
    expect(productJsonLd(base)).not.toHaveProperty('hasCertification');
    expect(productJsonLd({ ...base, certifications: [{ name: 'NIB', number: '1', issuer: 'OSS', validFrom: '2020-01-01', active: true }] }).hasCertification).toHaveLength(1);
  });
});
