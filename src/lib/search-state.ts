/**
 * The search page's state lives in the URL (`?q=kemplang&category=crackers&sort=capacity`)
 * so a search can be shared, reloaded and navigated with Back. Parsing is strict:
 * unknown keys and values are dropped, never echoed into the page as HTML.
 */
import { facetKeys, sortKeys, sortOptions, type FacetKey, type SortKey } from './search-index';

export interface SearchState {
  q: string;
  filters: Partial<Record<FacetKey, string[]>>;
  /** `relevance` is the default and is not written to the URL. */
  sort: SortKey | 'relevance';
}

/** Longer queries are cut: nobody types more, and Pagefind's cost grows with terms. */
export const MAX_QUERY_LENGTH = 200;
const VALUE_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

export function emptyState(): SearchState {
  return { q: '', filters: {}, sort: 'relevance' };
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  const filters: SearchState['filters'] = {};
  for (const key of facetKeys) {
    const values = [...new Set(params.getAll(key).flatMap((v) => v.split(',')))].filter((v) => VALUE_PATTERN.test(v));
    if (values.length) filters[key] = values.sort();
  }
  const sortParam = params.get('sort');
  const sort = sortKeys.find((key) => key === sortParam) ?? 'relevance';
  return { q, filters, sort };
}

/** Canonical query string: query first, facets in page order, values sorted, then sort. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of facetKeys) {
    for (const value of [...(state.filters[key] ?? [])].sort()) params.append(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** Pagefind search options: values of one facet are alternatives (any), facets combine (all). */
export function pagefindOptions(state: SearchState): { filters: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> } {
  const filters = Object.fromEntries(
    Object.entries(state.filters)
      .filter(([, values]) => values && values.length)
      .map(([key, values]) => [key, { any: values! }]),
  );
  return state.sort === 'relevance' ? { filters } : { filters, sort: { [state.sort]: sortOptions[state.sort] } };
}

/** True when there is something to search for: a query, a filter or a sort. */
export function hasCriteria(state: SearchState): boolean {
  return Boolean(state.q.trim()) || Object.keys(state.filters).length > 0 || state.sort !== 'relevance';
}
