/**
 * hreflang lists only real translations (docs/architecture.md, "From a content file to the site"): links
 * point at pages that exist, reciprocally, with x-default; an entry without a
 * translation file has no alternate in that locale, and its page in that locale
 * shows a visible notice and names the default-locale page as canonical.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { absolute, allPages, alternatesOf, attr, canonicalsOf, fileFor, listed, mainText, page, pageAt, requireDist, sitePathOf } from '../helpers/built-site';
import {
  allEntries,
  defaultLocale,
  fallbackPaths,
  isTranslated,
  labelOfLocale,
  langOf,
  localeCodes,
  pathIn,
  switchPath,
  translatedLocales,
  uiString,
} from '../helpers/catalogue';

beforeAll(requireDist);

const languages = new Set(localeCodes.map(langOf));
const fallbackNotice = (locale: (typeof localeCodes)[number]) => uiString(locale, 'notice.fallback', { language: labelOfLocale(defaultLocale) });

describe('hreflang links', () => {
  it('point at pages that exist, reciprocally, including the page itself and x-default', () => {
    const problems: string[] = [];
    for (const p of allPages()) {
      const links = alternatesOf(p);
      if (!links.length) continue;
      const langs = links.map((l) => l.hreflang);
      if (new Set(langs).size !== langs.length) problems.push(`${p.path}: repeated hreflang ${langs.join(', ')}`);
      const xDefault = links.find((l) => l.hreflang === 'x-default');
      if (!xDefault) problems.push(`${p.path}: hreflang without x-default`);
      else if (sitePathOf(xDefault.href) !== switchPath(p.path, defaultLocale)) problems.push(`${p.path}: x-default → ${xDefault.href}, not the ${defaultLocale} page`);
      if (!links.some((l) => l.hreflang !== 'x-default' && sitePathOf(l.href) === p.path)) problems.push(`${p.path}: its hreflang links do not include itself`);
      for (const link of links) {
        const target = sitePathOf(link.href);
        if (link.hreflang !== 'x-default' && !languages.has(link.hreflang)) problems.push(`${p.path}: unknown hreflang "${link.hreflang}"`);
        if (!target || !link.href.startsWith('http') || !fileFor(target)) {
          problems.push(`${p.path}: hreflang ${link.hreflang} → ${link.href}: no such page in the build`);
          continue;
        }
        if (link.hreflang === 'x-default' || target === p.path) continue;
        const other = pageAt(target);
        if (!other || !alternatesOf(other).some((l) => l.hreflang !== 'x-default' && sitePathOf(l.href) === p.path)) {
          problems.push(`${p.path}: lists ${target} (${link.hreflang}), which does not list it back`);
        }
      }
    }
    expect(problems, listed(problems, 'hreflang problems')).toEqual([]);
  });

  it('pair every translated entry page with its translations', () => {
    const problems: string[] = [];
    for (const entry of allEntries()) {
      const real = localeCodes.filter((locale) => isTranslated(entry, locale));
      if (real.length < 2) continue;
      for (const locale of real) {
        const where = pathIn(locale, entry.collection, entry.slug);
        const listedPaths = pageAt(where) ? alternatesOf(page(where)).map((l) => `${l.hreflang} ${l.href}`) : [];
        for (const other of real) {
          const expected = `${langOf(other)} ${absolute(pathIn(other, entry.collection, entry.slug))}`;
          if (!listedPaths.includes(expected)) problems.push(`${where}: no hreflang ${expected}`);
        }
      }
    }
    expect(problems, listed(problems, 'missing hreflang links')).toEqual([]);
  });
});

describe('untranslated entries', () => {
  const fallbacks = [...fallbackPaths()];

  it('exist in the catalogue (else the fallback behaviour goes untested)', () => {
    expect(fallbacks.length, 'no entry lacks a translation file').toBeGreaterThan(0);
  });

  it('are never an hreflang alternate, on any page', () => {
    const fallbackUrls = new Set(fallbacks.map(absolute));
    const problems = allPages().flatMap((p) =>
      alternatesOf(p)
        .filter((l) => fallbackUrls.has(l.href))
        .map((l) => `${p.path}: hreflang ${l.hreflang} → ${l.href}`),
    );
    expect(problems, listed(problems, 'hreflang links to untranslated pages')).toEqual([]);
  });

  it('show a visible notice in the page language, the content marked as the default language, and canonical to the default-locale page', () => {
    const problems: string[] = [];
    for (const where of fallbacks) {
      const p = pageAt(where);
      if (!p) {
        problems.push(`${where}: missing`);
        continue;
      }
      const locale = translatedLocales.find((code) => where.startsWith(pathIn(code)))!;
      if (!mainText(p).includes(fallbackNotice(locale))) problems.push(`${where}: no notice "${fallbackNotice(locale)}"`);
      if (attr(p.dom.querySelector('main'), 'lang') !== langOf(defaultLocale)) problems.push(`${where}: <main> not marked lang="${langOf(defaultLocale)}"`);
      const canonical = canonicalsOf(p);
      if (canonical.length !== 1 || canonical[0] !== absolute(switchPath(where, defaultLocale))) problems.push(`${where}: canonical ${canonical.join(', ')}`);
    }
    expect(problems, listed(problems, 'fallback page problems')).toEqual([]);
  });

  it('are the only entry pages with the notice', () => {
    const fallbackSet = new Set(fallbacks);
    const problems: string[] = [];
    for (const entry of allEntries()) {
      for (const locale of localeCodes) {
        const where = pathIn(locale, entry.collection, entry.slug);
        const p = pageAt(where);
        if (p && !fallbackSet.has(where) && mainText(p).includes(fallbackNotice(locale))) problems.push(`${where}: notice on a translated page`);
      }
    }
    expect(problems, listed(problems, 'misplaced notices')).toEqual([]);
  });
});
