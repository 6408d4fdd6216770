/**
 * Sitemap rules: a page whose translation is missing (a fallback page) is not
 * listed, and no alternate link points at one, so hreflang in the sitemap lists
 * only real translations, as on the pages themselves.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultLocale, localeCodes } from '~/i18n/locales';
import { entryCollections } from '~/schemas/registry';
import { DIGITAL_LINK_PATH } from './gtin';

/** Locale, collection and slug of an entry page URL, or undefined for other pages. */
export function entryPageOf(url: string, base = '/'): { locale: string; collection: string; slug: string } | undefined {
  const rest = new URL(url).pathname.slice(base.replace(/\/?$/, '/').length - 1);
  const segments = rest.split('/').filter(Boolean);
  const locale = (localeCodes as string[]).includes(segments[0] ?? '') ? segments.shift()! : defaultLocale;
  const [collection, slug, ...extra] = segments;
  if (!collection || !slug || extra.length || !(entryCollections as readonly string[]).includes(collection)) return undefined;
  return { locale, collection, slug };
}

/** True when `url` is an entry page shown in a locale that has no translation file for it. */
export function isFallbackPage(url: string, contentDir: string, base = '/'): boolean {
  const page = entryPageOf(url, base);
  if (!page || page.locale === defaultLocale) return false;
  const stem = path.join(contentDir, page.collection, `${page.slug}.${page.locale}`);
  return !existsSync(`${stem}.md`) && !existsSync(`${stem}.mdx`);
}

/**
 * True for a page that is not listed: a GS1 Digital Link page (`/01/<gtin14>/`), which only forwards to
 * a product page, and a print pack (`/associations/<slug>/print/`), which repeats the product pages.
 */
export function isUnlistedPage(url: string, base = '/'): boolean {
  const rest = new URL(url).pathname.slice(base.replace(/\/?$/, '/').length);
  return DIGITAL_LINK_PATH.test(rest) || /^(?:[a-z]{2,3}\/)?(?:associations|clusters|regions)\/[^/]+\/print\/(?:page\/\d+\/)?$/.test(rest);
}
