/**
 * Long lists (a category's products, a region's producers, …) are cut into
 * pages of a fixed size at stable URLs: page 1 is the listing's own URL
 * (`/categories/crackers/`), later pages add `page/<n>/`
 * (`/categories/crackers/page/2/`), in every locale and under any base path.
 *
 * Astro's `paginate()` is not used: it names the page parameter itself and can
 * only produce `/<listing>/2/` or `/<listing>/1/`, not page 1 at the listing's
 * URL with `page/<n>/` after it.
 */
import { localeCodes, type Locale } from '~/i18n/locales';
import { t } from '~/i18n/strings';
import { langParam, pagePath } from './urls';

/** Cards per page of every paginated list. */
export const PAGE_SIZE = 48;

/** Cards shown of a list on a page that links to the whole list (products hub, region, cluster). */
export const PREVIEW_SIZE = 8;

/** URL segment before the page number. */
const PAGE_SEGMENT = 'page';

/** Number of pages for `itemCount` items: at least 1, so an empty list still has its page. */
export function pageCount(itemCount: number, pageSize: number = PAGE_SIZE): number {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`page size must be a positive whole number, not ${pageSize}`);
  return Math.max(1, Math.ceil(Math.max(0, itemCount) / pageSize));
}

/** The items on page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, pageSize: number = PAGE_SIZE): T[] {
  const start = (page - 1) * pageSize;
  return items.slice(start, start + pageSize);
}

/** 1-based positions of the first and last item on page `page` (`{ from: 49, to: 96 }`); from > to on an empty page. */
export function pageRange(page: number, itemCount: number, pageSize: number = PAGE_SIZE): { from: number; to: number } {
  return { from: (page - 1) * pageSize + 1, to: Math.min(page * pageSize, itemCount) };
}

/** Path segments a page adds to its listing's URL: none for page 1, `['page', '2']` after. */
export function pageSegments(page: number): string[] {
  return page > 1 ? [PAGE_SEGMENT, String(page)] : [];
}

/** The value of a `[...page]` route parameter: undefined for page 1, `page/2` after. */
export function pageParam(page: number): string | undefined {
  return page > 1 ? pageSegments(page).join('/') : undefined;
}

/** Site path of page `page` of the listing at `segments`: `listingPath('id', ['categories', 'x'], 2)` → `/id/categories/x/page/2/`. */
export function listingPath(locale: Locale, segments: readonly string[], page: number): string {
  return pagePath(locale, ...segments, ...pageSegments(page));
}

export interface PageLink {
  page: number;
  href: string;
  current: boolean;
  /** Pages are left out before this one (where the nav shows an ellipsis). */
  gapBefore: boolean;
}

export interface PageNav {
  current: number;
  total: number;
  previous: string | undefined;
  next: string | undefined;
  pages: PageLink[];
}

/**
 * Links for a pagination nav: previous, next and a window of page numbers
 * around the current one, always with the first and last page (gaps between
 * numbers are where an ellipsis goes).
 */
export function pageNav(locale: Locale, segments: readonly string[], current: number, total: number, around = 2): PageNav {
  const href = (page: number) => listingPath(locale, segments, page);
  const numbers = new Set([1, total]);
  for (let page = Math.max(1, current - around); page <= Math.min(total, current + around); page++) numbers.add(page);
  return {
    current,
    total,
    previous: current > 1 ? href(current - 1) : undefined,
    next: current < total ? href(current + 1) : undefined,
    pages: [...numbers]
      .sort((a, b) => a - b)
      .map((page, i, all) => ({ page, href: href(page), current: page === current, gapBefore: i > 0 && page - all[i - 1]! > 1 })),
  };
}

export interface ListingPage {
  locale: Locale;
  /** 1-based page number. */
  page: number;
}

/**
 * getStaticPaths entries for a paginated route `[...lang]/…/[...page].astro`:
 * every locale, every listing (with its own params and item count), every page.
 */
export function listingStaticPaths<P extends Record<string, string>>(listings: readonly { params: P; count: number }[], pageSize: number = PAGE_SIZE) {
  return localeCodes.flatMap((locale) =>
    listings.flatMap(({ params, count }) =>
      Array.from({ length: pageCount(count, pageSize) }, (_, i) => ({
        params: { ...params, lang: langParam(locale), page: pageParam(i + 1) },
        props: { ...params, locale, page: i + 1 },
      })),
    ),
  );
}

/** Breadcrumbs after the list's own one: "Page N" on page 2+, nothing on page 1. */
export function pageCrumbs(locale: Locale, segments: readonly string[], page: number): { name: string; path: string }[] {
  return page > 1 ? [{ name: t(locale, 'pagination.page', { page }), path: listingPath(locale, segments, page) }] : [];
}
