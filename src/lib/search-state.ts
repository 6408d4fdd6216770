/**
 * The search page's state lives in the URL (`?q=kemplang&category=crackers&sort=capacity`)
 * so a search can be shared, reloaded and navigated with Back. Parsing is strict:
 * unknown keys and values are dropped, never echoed into the page as HTML.
 */
import { facetKeys, pagefindFacetKey, producerFacetKeys, searchTypes, sortKeys, type FacetKey, type SearchType, type SortKey } from './search-index';

export interface SearchState {
  q: string;
  filters: Partial<Record<FacetKey, string[]>>;
  /** `relevance` is the default and is not written to the URL. */
  sort: SortKey | 'relevance';
  /** `products` is the default and is not written to the URL. */
  type: SearchType;
}

/** Longer queries are cut: nobody types more, and Pagefind's cost grows with terms. */
export const MAX_QUERY_LENGTH = 200;
const VALUE_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

export function emptyState(): SearchState {
  return { q: '', filters: {}, sort: 'relevance', type: 'products' };
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
  const typeParam = params.get('type');
  const type = searchTypes.find((key) => key === typeParam) ?? 'products';
  return { q, filters, sort, type };
}

/** Canonical query string: query first, facets in page order, values sorted, then sort. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of facetKeys) {
    for (const value of [...(state.filters[key] ?? [])].sort()) params.append(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.type !== 'products') params.set('type', state.type);
  return params;
}

/** The facets that apply to a type: producers carry only some (a category filter does not empty the producer list). */
export function appliedFilters(state: SearchState, type: SearchType = state.type): SearchState['filters'] {
  return Object.fromEntries(
    Object.entries(state.filters).filter(([key, values]) => values?.length && (type === 'products' || producerFacetKeys.includes(key as FacetKey))),
  );
}

export interface PagefindOptions {
  filters: Record<string, { any: string[] }>;
}

/**
 * Pagefind search options for `type` (the state's own by default): values of one
 * facet are alternatives (any), facets combine (all), under the type's own filter
 * keys. `without` leaves one facet out, to count that facet's values as
 * alternatives to the ones ticked. With no filter the results hold both types
 * (see `searchTypes`). Sorting is not Pagefind's: the search page orders the
 * results by the build's sort orders (`SORT_ORDER_FILE`).
 */
export function pagefindOptions(state: SearchState, type: SearchType = state.type, without?: FacetKey): PagefindOptions {
  const filters: PagefindOptions['filters'] = {};
  for (const [key, values] of Object.entries(appliedFilters(state, type))) if (key !== without) filters[pagefindFacetKey(key as FacetKey, type)] = { any: values! };
  return { filters };
}

/** True when there is something to search for: a query, a filter, a sort or the producer list. */
export function hasCriteria(state: SearchState): boolean {
  return Boolean(state.q.trim()) || Object.keys(state.filters).length > 0 || state.sort !== 'relevance' || state.type !== 'products';
}

/**
 * Facet value counts over a query's results, from each result page's filter
 * tokens (`category:crackers`, `producer-region:kota-palembang`, see
 * FacetTable): how many results a tick would give. A page counts toward a
 * facet's values when it passes every ticked facet but that one, so the other
 * values of a ticked facet read as the alternatives they are (any of them).
 * `pages` are the query's results of `type` without any facet filter.
 */
export function countFacets(pages: Iterable<readonly string[]>, state: SearchState, type: SearchType = state.type): Partial<Record<FacetKey, Record<string, number>>> {
  const facetOf = new Map(facetKeys.map((facet) => [pagefindFacetKey(facet, type), facet]));
  const ticked = Object.entries(appliedFilters(state, type)).map(([facet, values]) => ({
    facet,
    tokens: new Set(values!.map((value) => `${pagefindFacetKey(facet as FacetKey, type)}:${value}`)),
  }));
  const counts: Partial<Record<FacetKey, Record<string, number>>> = {};
  for (const tokens of pages) {
    const missed = ticked.filter((t) => !tokens.some((token) => t.tokens.has(token)));
    if (missed.length > 1) continue;
    for (const token of tokens) {
      const split = token.indexOf(':');
      const facet = facetOf.get(token.slice(0, split));
      if (!facet || (missed.length === 1 && missed[0]!.facet !== facet)) continue;
      const value = token.slice(split + 1);
      const values = (counts[facet] ??= {});
      values[value] = (values[value] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * Results in a sort's order (`order`: page ids, first to last, as the build
 * writes them); a result the order does not name keeps its place after the others.
 */
export function orderResults<T extends { id: string }>(results: readonly T[], order: readonly string[]): T[] {
  const position = new Map(order.map((id, i) => [id, i]));
  const at = (result: T) => position.get(result.id) ?? order.length;
  return results.map((result, i) => ({ result, i })).sort((a, b) => at(a.result) - at(b.result) || a.i - b.i).map(({ result }) => result);
}
