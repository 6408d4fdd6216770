/**
 * URLs per locale. English lives at `/`, other locales under `/<code>/`, with the
 * same segments after that (docs/architecture.md, "Pages and URLs"). Every path ends in `/` to match
 * `trailingSlash: 'always'` and Pagefind's URLs, and respects the site's `base`.
 */
import { defaultLocale, localeCodes, type Locale } from '~/i18n/locales';
import type { Section } from '~/schemas/registry';


function baseUrl(): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** Site-relative path of a page: `pagePath('id', 'products', 'kemplang')` → `/id/products/kemplang/`. */
export function pagePath(locale: Locale, ...segments: string[]): string {
  const parts = [locale === defaultLocale ? '' : locale, ...segments].filter(Boolean);
  return `${baseUrl()}${parts.map(encodeURIComponent).join('/')}${parts.length ? '/' : ''}`;
}

export function entryPath(locale: Locale, section: Section, slug: string): string {
  return pagePath(locale, section, slug);
}

/**
 * The route parameter for `src/pages/[...lang]/`: undefined for the default
 * locale (so it is served at `/`), the code otherwise.
 */
export function langParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** The locale a `[...lang]` route parameter stands for. */
export function localeFromParam(param: string | undefined): Locale {
  const found = localeCodes.find((code) => code === param);
  return param === undefined ? defaultLocale : (found ?? defaultLocale);
}

/**
 * Moves a site-relative path into another locale: `/id/products/x/` ↔ `/products/x/`.
 * Works under a `base` too.
 */
export function switchLocalePath(path: string, to: Locale): string {
  const base = baseUrl();
  const rest = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  const segments = rest.split('/').filter(Boolean);
  if (segments[0] && (localeCodes as string[]).includes(segments[0])) segments.shift();
  return pagePath(to, ...segments.map(decodeURIComponent));
}

/** Absolute URL for canonical, Open Graph, JSON-LD and feeds. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** Static paths for a page that exists once per locale. */
export function localeStaticPaths() {
  return localeCodes.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}
