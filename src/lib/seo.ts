/** Head metadata shared by every page: canonical URL and hreflang alternates. */
import { defaultLocale, localeConfig, type Locale } from '~/i18n/locales';
import { absoluteUrl, switchLocalePath } from './urls';

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * hreflang alternates for a page: only the locales whose content really exists
 * in that language, plus `x-default` pointing at the default locale.
 */
export function alternatesFor(pathname: string, translatedLocales: readonly Locale[], site: URL | string): Alternate[] {
  if (translatedLocales.length < 2) return [];
  const links = translatedLocales.map((code) => ({
    hreflang: localeConfig(code).lang,
    href: absoluteUrl(switchLocalePath(pathname, code), site),
  }));
  return [...links, { hreflang: 'x-default', href: absoluteUrl(switchLocalePath(pathname, defaultLocale), site) }];
}

/**
 * Canonical URL: the page itself, except a fallback page (showing the default
 * locale's prose) whose canonical is the default-locale page it repeats.
 */
export function canonicalFor(pathname: string, isFallback: boolean, site: URL | string): string {
  return absoluteUrl(isFallback ? switchLocalePath(pathname, defaultLocale) : pathname, site);
}

/** Search results show about 60 characters of a title (validators warn above 70). */
export const TITLE_LIMIT = 60;

/**
 * `Kemplang Panggang · Etalase`, without repeating the site name on the home
 * page; a title too long for search results drops the site name, then is cut
 * at a word with an ellipsis (the page's h1 keeps the whole title).
 */
export function pageTitle(title: string, siteName: string, limit = TITLE_LIMIT): string {
  if (title === siteName) return siteName;
  const withSite = `${title} · ${siteName}`;
  return withSite.length <= limit ? withSite : clampDescription(title, limit);
}

/**
 * Title of page 2+ of a list, `Crackers, page 2 · Etalase`: when the title is
 * too long, the title is cut rather than the page number, so no two pages of a
 * list share a title.
 */
export function pagedTitle(title: string, pageSuffix: string, siteName: string, limit = TITLE_LIMIT): string {
  if (!pageSuffix) return pageTitle(title, siteName, limit);
  const withSite = `${title}${pageSuffix} · ${siteName}`;
  if (withSite.length <= limit) return withSite;
  return `${clampDescription(title, limit - pageSuffix.length)}${pageSuffix}`;
}

/** Search engines show about 160 characters: longer descriptions are cut at a word, with an ellipsis. */
export const DESCRIPTION_LIMIT = 160;

export function clampDescription(text: string, limit = DESCRIPTION_LIMIT): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2)).replace(/[\s,;:.–-]+$/, '');
  return `${atWord}…`;
}
