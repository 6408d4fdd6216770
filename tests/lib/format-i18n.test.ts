import { describe, expect, it } from 'vitest';
import { localeCodes, locales } from '~/i18n/locales';
import { missingStringKeys, t } from '~/i18n/strings';
import { countryName, formatMonthly, formatNetWeight, formatPriceRange, formatQuantity, priceIncoterm } from '~/lib/format';
import { localizedAlt, originalFileName } from '~/lib/images';
import { localeAvailability, overlayProse } from '~/lib/localize';
import { labelIn } from '~/lib/taxonomy';

describe('UI strings', () => {
  it('has every English key in every locale', () => {
    for (const code of localeCodes) expect(missingStringKeys(code), `missing in ${code}.json`).toEqual([]);
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'products.count', { count: 3 })).toBe('3 products');
    expect(t('id', 'products.count', { count: 3 })).toBe('3 produk');
    expect(t('en', 'products.count')).toBe('{count} products');
  });
  it('takes the plural form for the count through Intl.PluralRules, in both languages', () => {
    expect(t('en', 'products.count', { count: 1 })).toBe('1 product');
    expect(t('en', 'searchPage.results', { count: 1 })).toBe('1 result');
    expect(t('en', 'searchPage.results', { count: 0 })).toBe('0 results');
    expect(t('en', 'producer.workforceCount', { count: '1,200' })).toBe('1,200 people');
    expect(t('id', 'products.count', { count: 1 })).toBe('1 produk');
    expect(t('id', 'searchPage.results', { count: 1 })).toBe(t('id', 'searchPage.results', { count: 2 }).replace('2', '1'));
    expect(t('en', 'searchPage.count.products', { count: 1 })).toBe('1 product');
    expect(t('en', 'searchPage.count.producers', { count: 2 })).toBe('2 producers');
    expect(t('id', 'searchPage.count.producers', { count: 1 })).toBe('1 produsen');
    expect(t('en', 'product.shelfLifeDays', { count: 1 })).toBe('1 day');
    expect(t('en', 'retail.count', { count: 1, ready: 0 })).toBe('1 product; retail-ready: 0.');
    expect(t('en', 'listing.allProducts', { count: 1, name: 'Kota Semarang' })).toBe('The 1 product in Kota Semarang');
  });
  it('fills client templates with the same helper as t(): plural forms chosen in the browser', async () => {
    const { fillTemplate } = await import('~/i18n/fill');
    const { templateOf } = await import('~/i18n/strings');
    for (const count of [0, 1, 2, 1234]) {
      expect(fillTemplate(templateOf('en', 'searchPage.count.products'), 'en', { count })).toBe(t('en', 'searchPage.count.products', { count }));
      expect(fillTemplate(templateOf('id', 'retail.js.shown'), 'id', { shown: 1, count })).toBe(t('id', 'retail.js.shown', { shown: 1, count }));
    }
  });
  it('lists each locale once with a distinct code', () => {
    expect(new Set(locales.map((l) => l.code)).size).toBe(locales.length);
  });
});

describe('formatting', () => {
  it('formats quantities and monthly capacity per locale', () => {
    expect(formatQuantity({ quantity: 1500, unit: 'kg' }, 'en')).toBe('1,500 kg');
    expect(formatQuantity({ quantity: 1500, unit: 'kg' }, 'id')).toBe('1.500 kg');
    expect(formatMonthly({ quantity: 2, unit: 'ton' }, 'en')).toBe('2 tonnes per month');
    expect(formatMonthly({ quantity: 2, unit: 'ton' }, 'id')).toBe('2 ton per bulan');
    expect(formatQuantity({ quantity: 1, unit: 'pack' }, 'en')).toBe('1 pack');
    expect(formatQuantity({ quantity: 100, unit: 'pack' }, 'en')).toBe('100 packs');
    expect(formatMonthly({ quantity: 1, unit: 'ton' }, 'en')).toBe('1 tonne per month');
  });
  it('formats a price range, and a single price when min equals max', () => {
    expect(formatPriceRange({ min: 45000, max: 60000, currency: 'IDR', per: 'kg' }, 'id').replace(/\s/g, ' ')).toBe('Rp 45.000–60.000 per kg');
    expect(formatPriceRange({ min: 3.5, max: 3.5, currency: 'USD', per: 'kg' }, 'en')).toBe('US$3.50 per kg');
    expect(formatPriceRange({ min: 1, max: 2, currency: 'USD', per: 'dozen' }, 'en')).toBe('US$1.00–2.00 per dozen');
  });
  it('names the currency once, the unit in the singular and the Incoterm when known', () => {
    expect(formatPriceRange({ min: 13000, max: 15000, currency: 'IDR', per: 'pack' }, 'en', 'EXW').replace(/\s/g, ' ')).toBe('IDR 13,000–15,000 per pack, EXW');
    expect(formatPriceRange({ min: 13000, max: 15000, currency: 'IDR', per: 'pack' }, 'id').replace(/\s/g, ' ')).toBe('Rp 13.000–15.000 per bungkus');
    expect(formatPriceRange({ min: 2, max: 3, currency: 'USD', per: 'ton' }, 'en')).toBe('US$2.00–3.00 per tonne');
    expect(priceIncoterm(['EXW'])).toBe('EXW');
    expect(priceIncoterm(['EXW', 'FOB'])).toBeUndefined();
    expect(priceIncoterm([])).toBeUndefined();
  });
  it('formats net weights and country names', () => {
    expect(formatNetWeight({ value: 250, unit: 'g' }, 'en')).toBe('250 g');
    expect(countryName('SG', 'en')).toBe('Singapore');
    expect(countryName('SG', 'id')).toBe('Singapura');
  });
});

describe('translations', () => {
  it('lays translated prose over the base facts without touching facts', () => {
    const base = { name: 'Grilled crackers', summary: 'English summary', hsCode: '1905.90' };
    const merged = overlayProse(base, { summary: 'Ringkasan', name: undefined, imageAlts: { 'a.jpg': 'x' } });
    expect(merged).toEqual({ name: 'Grilled crackers', summary: 'Ringkasan', hsCode: '1905.90' });
    expect(overlayProse(base, undefined)).toBe(base);
  });
  it('translates a list of items by position, keeping each item\'s facts', () => {
    const base = { programmes: [{ name: 'Revitalising the sentra', by: 'Pemkab', year: 2021 }, { name: 'Export coaching', by: 'Dinas', status: 'running' }] };
    const merged = overlayProse(base, { programmes: [{ name: 'Revitalisasi sentra' }, { name: 'Pendampingan ekspor' }] });
    expect(merged.programmes).toEqual([
      { name: 'Revitalisasi sentra', by: 'Pemkab', year: 2021 },
      { name: 'Pendampingan ekspor', by: 'Dinas', status: 'running' },
    ]);
    expect(base.programmes[0]!.name).toBe('Revitalising the sentra');
  });
  it('marks a locale without translation as a fallback in the default language', () => {
    expect(localeAvailability('id', false)).toEqual({ locale: 'id', contentLocale: 'en', isFallback: true });
    expect(localeAvailability('id', true)).toEqual({ locale: 'id', contentLocale: 'id', isFallback: false });
    expect(localeAvailability('en', false)).toEqual({ locale: 'en', contentLocale: 'en', isFallback: false });
  });
  it('falls back to the default-locale label', () => {
    expect(labelIn({ en: 'Crackers', id: 'Kerupuk' }, 'id')).toBe('Kerupuk');
    expect(labelIn({ en: 'Crackers' }, 'id')).toBe('Crackers');
  });
});

describe('image alt text', () => {
  it('recovers the original file name from processed image URLs', () => {
    expect(originalFileName({ src: '/_astro/kemplang-panggang.pruRa5Sj.jpg' })).toBe('kemplang-panggang.jpg');
    expect(originalFileName({ src: '/@fs/work/content/images/products/terasi.jpg?origWidth=1600&origHeight=1200' })).toBe('terasi.jpg');
    expect(originalFileName({ src: '/_astro/x.abc.jpg', fsPath: '/work/content/images/beras-premium.jpg' })).toBe('beras-premium.jpg');
  });
  it('uses the translated alt for that file, else the base alt', () => {
    const image = { src: { src: '/_astro/terasi.pruRa5Sj.jpg' }, alt: 'Shrimp paste blocks' };
    expect(localizedAlt(image, { 'terasi.jpg': 'Balok terasi' })).toBe('Balok terasi');
    expect(localizedAlt(image, { 'other.jpg': 'Lain' })).toBe('Shrimp paste blocks');
    expect(localizedAlt(image, undefined)).toBe('Shrimp paste blocks');
  });
});

describe('formatExportMarkets', () => {
  it('names countries in the reader language with the year exports began', async () => {
    const { formatExportMarkets } = await import('~/lib/format');
    expect(formatExportMarkets([{ country: 'SG', since: 2022 }, { country: 'MY' }], 'en')).toBe('Singapore (since 2022), Malaysia');
    expect(formatExportMarkets([{ country: 'SG', since: 2022 }], 'id')).toBe('Singapura (sejak 2022)');
  });
});
