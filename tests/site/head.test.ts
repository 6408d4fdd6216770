/**
 * Head metadata on every HTML page of the build: title, description, one
 * absolute canonical on the configured site, the page's language, Open Graph and
 * one h1. The 404 page is served at any address, so it is checked on its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  absolute,
  allPages,
  attr,
  basePath,
  canonicalsOf,
  fileFor,
  is404,
  listed,
  pageAt,
  requireDist,
  siteOrigin,
  textOf,
} from '../helpers/built-site';
import { defaultLocale, fallbackPaths, langOf, localeCodes, localeOfPath, pathIn, switchPath } from '../helpers/catalogue';

beforeAll(requireDist);

const DESCRIPTION = { min: 50, max: 160 };

describe('every page', () => {
  it('has a title, a description of sensible length, its language and exactly one h1', () => {
    const problems: string[] = [];
    const pages = allPages().filter((p) => !is404(p));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const { dom, path } = page;
      if (dom.querySelectorAll('title').length !== 1 || !textOf(dom.querySelector('title'))) problems.push(`${path}: no <title> (or several)`);
      const descriptions = dom.querySelectorAll('meta[name="description"]');
      const description = (attr(descriptions[0], 'content') ?? '').trim();
      if (descriptions.length !== 1) problems.push(`${path}: ${descriptions.length} meta descriptions`);
      else if (description.length < DESCRIPTION.min || description.length > DESCRIPTION.max) {
        problems.push(`${path}: description of ${description.length} characters (expected ${DESCRIPTION.min}–${DESCRIPTION.max}): "${description}"`);
      }
      const lang = attr(dom.querySelector('html'), 'lang');
      if (lang !== langOf(localeOfPath(path))) problems.push(`${path}: <html lang="${lang ?? ''}">, expected "${langOf(localeOfPath(path))}"`);
      const h1s = dom.querySelectorAll('h1').length;
      if (h1s !== 1) problems.push(`${path}: ${h1s} h1 elements`);
    }
    expect(problems, listed(problems, 'head problems')).toEqual([]);
  });

  it('has one canonical: the page itself on the configured site, or for a fallback page the page it repeats', () => {
    const fallbacks = fallbackPaths();
    const problems: string[] = [];
    for (const page of allPages().filter((p) => !is404(p))) {
      const canonicals = canonicalsOf(page);
      if (canonicals.length !== 1) {
        problems.push(`${page.path}: ${canonicals.length} canonical links`);
        continue;
      }
      const href = canonicals[0]!;
      // A GS1 Digital Link page (/01/<gtin14>/) forwards to a product page and names that page's canonical.
      const forwardTo = attr(page.dom.querySelector('meta[http-equiv="refresh"]'), 'content')?.replace(/^0; url=/, '');
      const target = forwardTo && pageAt(forwardTo);
      const expected = target ? canonicalsOf(target)[0] : absolute(fallbacks.has(page.path) ? switchPath(page.path, defaultLocale) : page.path);
      if (href !== expected) problems.push(`${page.path}: canonical ${href}, expected ${expected}`);
      else if (!href.startsWith(`${siteOrigin}${basePath}`) || !fileFor(new URL(href).pathname)) problems.push(`${page.path}: canonical ${href} is not a page of the build`);
      const ogUrl = attr(page.dom.querySelector('meta[property="og:url"]'), 'content');
      if (ogUrl !== href) problems.push(`${page.path}: og:url ${ogUrl ?? '(none)'} differs from the canonical`);
      if (!attr(page.dom.querySelector('meta[property="og:title"]'), 'content')?.trim()) problems.push(`${page.path}: no og:title`);
    }
    expect(problems, listed(problems, 'canonical problems')).toEqual([]);
  });

  it('was built for the configured site and base (else set SITE_URL/BASE_PATH as for the build)', () => {
    const home = pageAt(pathIn(defaultLocale));
    expect(home, `no home page at ${pathIn(defaultLocale)}`).toBeDefined();
    expect(canonicalsOf(home!)).toEqual([absolute(pathIn(defaultLocale))]);
  });
});

describe('404 page', () => {
  const notFound = () => allPages().filter(is404);

  it('exists, is not indexed, and has a title, a description, a language and one h1', () => {
    expect(notFound().map((p) => p.rel)).toContain('404.html');
    for (const page of notFound()) {
      expect(textOf(page.dom.querySelector('title')), page.rel).not.toBe('');
      expect(attr(page.dom.querySelector('meta[name="description"]'), 'content')?.trim(), page.rel).toBeTruthy();
      expect(attr(page.dom.querySelector('html'), 'lang'), page.rel).toBeTruthy();
      expect(page.dom.querySelectorAll('h1'), page.rel).toHaveLength(1);
      expect(attr(page.dom.querySelector('meta[name="robots"]'), 'content'), page.rel).toMatch(/noindex/);
    }
  });

  it('links to the home page of every locale, with addresses that work from any URL', () => {
    for (const page of notFound()) {
      const refs = page.dom
        .querySelectorAll('[href], [src]')
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
        .filter((ref) => !/^[a-z][a-z0-9+.-]*:/i.test(ref) && !ref.startsWith('#'));
      // Served for every unknown address, so a relative link would resolve against that address.
      expect(refs.filter((ref) => !ref.startsWith('/')), `${page.rel}: relative links`).toEqual([]);
      const hrefs = page.dom.querySelectorAll('a[href]').map((a) => a.getAttribute('href'));
      for (const locale of localeCodes) expect(hrefs, `${page.rel}: link to ${pathIn(locale)}`).toContain(pathIn(locale));
    }
  });

  it('has the site header and, in every language, a search box that searches that language', () => {
    for (const page of notFound()) {
      expect(page.dom.querySelector('header.site-header nav.site-nav'), `${page.rel}: site header with navigation`).toBeTruthy();
      const actions = page.dom.querySelectorAll('main form[role="search"]').map((form) => form.getAttribute('action'));
      expect(actions, `${page.rel}: search boxes`).toEqual(localeCodes.map((locale) => pathIn(locale, 'search')));
      for (const form of page.dom.querySelectorAll('main form[role="search"]')) {
        expect(form.querySelector('input[name="q"]'), page.rel).toBeTruthy();
        expect(form.closest('[lang]')?.getAttribute('lang'), `${page.rel}: each search box sits in its language`).toBeTruthy();
      }
    }
  });
});
