import { describe, expect, it } from 'vitest';
import { absoluteUrl, entryPath, langParam, localeFromParam, pagePath, switchLocalePath } from '~/lib/urls';

describe('pagePath', () => {
  it('serves English at the root and other locales under their code, always with a trailing slash', () => {
    expect(pagePath('en')).toBe('/');
    expect(pagePath('id')).toBe('/id/');
    expect(pagePath('en', 'products')).toBe('/products/');
    expect(entryPath('id', 'products', 'kemplang-panggang')).toBe('/id/products/kemplang-panggang/');
  });

  it('encodes segments so odd slugs cannot break out of the path', () => {
    expect(pagePath('en', 'search', 'a b/c')).toBe('/search/a%20b%2Fc/');
  });
});

describe('switchLocalePath', () => {
  it('moves a page between locales keeping the rest of the path', () => {
    expect(switchLocalePath('/products/kemplang/', 'id')).toBe('/id/products/kemplang/');
    expect(switchLocalePath('/id/products/kemplang/', 'en')).toBe('/products/kemplang/');
    expect(switchLocalePath('/id/', 'en')).toBe('/');
    expect(switchLocalePath('/', 'id')).toBe('/id/');
  });

  it('does not mistake a segment that only starts like a locale for one', () => {
    expect(switchLocalePath('/ideas/', 'id')).toBe('/id/ideas/');
  });
});

describe('route parameters', () => {
  it('maps the default locale to an undefined rest parameter and back', () => {
    expect(langParam('en')).toBeUndefined();
    expect(langParam('id')).toBe('id');
    expect(localeFromParam(undefined)).toBe('en');
    expect(localeFromParam('id')).toBe('id');
  });
});

describe('absoluteUrl', () => {
  it('joins a site-relative path with the site origin', () => {
    expect(absoluteUrl('/id/products/x/', 'https://etalase.example.org')).toBe('https://etalase.example.org/id/products/x/');
  });
});
