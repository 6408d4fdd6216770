import { describe, expect, it } from 'vitest';
import { DIGITAL_LINK_PATH, formatRedirects, gtin14 } from '~/lib/gtin';
import { isUnlistedPage } from '~/lib/sitemap';

describe('GS1 Digital Link', () => {
  it('pads every GTIN to 14 digits', () => {
    expect(gtin14('9520001300103')).toBe('09520001300103');
    expect(gtin14('95200013')).toBe('00000095200013');
    expect(gtin14('09520001300103')).toBe('09520001300103');
  });

  it('recognises Digital Link pages at the site root only (GS1 defines one address per GTIN), under a base path', () => {
    expect(DIGITAL_LINK_PATH.test('01/09520001300103/')).toBe(true);
    expect(DIGITAL_LINK_PATH.test('id/01/09520001300103/')).toBe(false);
    expect(DIGITAL_LINK_PATH.test('01/9520001300103/')).toBe(false);
    expect(isUnlistedPage('https://x.org/etalase/01/09520001300103/', '/etalase/')).toBe(true);
    expect(isUnlistedPage('https://x.org/etalase/products/a/', '/etalase/')).toBe(false);
  });

  it('writes a 301 with and without the trailing slash, sorted', () => {
    expect(formatRedirects([{ from: '/etalase/id/01/09520001300103/', to: '/etalase/id/products/a/' }, { from: '/etalase/01/09520001300103/', to: '/etalase/products/a/' }]).split('\n').slice(1)).toEqual([
      '/etalase/01/09520001300103 /etalase/products/a/ 301',
      '/etalase/01/09520001300103/ /etalase/products/a/ 301',
      '/etalase/id/01/09520001300103 /etalase/id/products/a/ 301',
      '/etalase/id/01/09520001300103/ /etalase/id/products/a/ 301',
      '',
    ]);
  });
});
