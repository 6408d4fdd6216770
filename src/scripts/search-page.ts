/**
 * The search page island: reads the state from the URL, runs Pagefind, renders
 * result cards with our facts, and keeps the URL in step so searches can be
 * shared, reloaded and navigated with Back. Everything user-typed is rendered
 * as text, never as HTML.
 */
import { emptyState, hasCriteria, pagefindOptions, parseSearchParams, toSearchParams, type SearchState } from '../lib/search-state';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  debouncedSearch: (query: string | null, options?: Record<string, unknown>, ms?: number) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule {
  /** A separate Pagefind with its own loaded indexes (Pagefind 1.5+). */
  createInstance: (options?: Record<string, unknown>) => Pagefind;
}

type Messages = Record<'loading' | 'results' | 'oneResult' | 'resultsFor' | 'start' | 'empty' | 'unavailable' | 'needsBuild' | 'producer' | 'moq' | 'certificates' | 'price', string>;

/** Result cards per page: each card fetches its own fragment, so the first screen stays small. */
const PAGE_SIZE = 12;

export function startSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Messages;
  const queryInput = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;

  let pagefind: Pagefind | undefined;
  let counter: Promise<Pagefind> | undefined;
  let run = 0;
  let pending: PagefindSearch['results'] = [];

  const say = (text: string) => {
    status.textContent = text;
  };

  function readForm(): SearchState {
    return parseSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  }

  function writeForm(state: SearchState): void {
    queryInput.value = state.q;
    sortSelect.value = state.sort === 'relevance' ? '' : state.sort;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = (state.filters[box.name as keyof SearchState['filters']] ?? []).includes(box.value);
    }
  }

  function urlFor(state: SearchState): string {
    const query = toSearchParams(state).toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  }

  const countFormat = new Intl.NumberFormat(document.documentElement.lang || undefined);
  function showCounts(counts: Record<string, Record<string, number>> | 'totals'): void {
    for (const output of root.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [facet = '', value = ''] = (output.dataset.countFor ?? '').split(':');
      const count = counts === 'totals' ? Number(output.dataset.total ?? 0) : (counts[facet]?.[value] ?? 0);
      output.textContent = `(${countFormat.format(count)})`;
      output.closest('label')?.classList.toggle('facet--empty', count === 0);
    }
  }

  let module: PagefindModule | undefined;
  async function instance(): Promise<Pagefind> {
    const bundle = root.dataset.bundle ?? '/pagefind/';
    module ??= (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
    const engine = module.createInstance({ basePath: bundle });
    await engine.options({ baseUrl: root.dataset.base ?? '/', excerptLength: 24 });
    await engine.init();
    return engine;
  }

  async function load(): Promise<Pagefind | undefined> {
    if (pagefind) return pagefind;
    try {
      pagefind = await instance();
      return pagefind;
    } catch {
      say(root.dataset.dev ? messages.needsBuild : `${messages.unavailable} ${messages.needsBuild}`);
      return undefined;
    }
  }

  /** `data-state` tells tests and styles whether results are on screen: loading | ready | unavailable. */
  const setState = (value: string) => {
    root.dataset.state = value;
  };

  /**
   * Facet counts need every facet's filter index, more bytes at 10,000 products
   * than the rest of a first search, and with them loaded Pagefind counts every
   * facet on every search, which made a broad query several times slower. So the
   * results come from one Pagefind instance, and a second one, with the filter
   * indexes, fills in the counts once the results are on screen
   * (`data-counts` = loading | ready | unavailable).
   */
  async function updateCounts(state: SearchState, current: number): Promise<void> {
    try {
      counter ??= instance().then(async (engine) => {
        await engine.filters();
        return engine;
      });
      const engine = await counter;
      if (current !== run) return;
      const response = await engine.search(state.q.trim() || null, pagefindOptions(state));
      if (!response || current !== run) return;
      showCounts(response.filters);
      root.dataset.counts = 'ready';
    } catch {
      // Results stay usable without counts; the next search tries again.
      counter = undefined;
      if (current === run) root.dataset.counts = 'unavailable';
    }
  }

  async function search(state: SearchState): Promise<void> {
    const current = ++run;
    setState('loading');
    root.dataset.counts = 'loading';
    const engine = await load();
    if (!engine) return setState('unavailable');
    if (current !== run) return;
    list.replaceChildren();
    empty.hidden = true;
    more.hidden = true;
    if (!hasCriteria(state)) {
      // The totals over the whole index are in the page's HTML.
      showCounts('totals');
      root.dataset.counts = 'ready';
      say(messages.start);
      return setState('ready');
    }
    say(messages.loading);
    const response = await engine.search(state.q.trim() || null, pagefindOptions(state));
    if (!response || current !== run) return;
    pending = response.results;
    const count = response.results.length;
    const summary = state.q.trim()
      ? messages.resultsFor.replace('{count}', String(count)).replace('{query}', state.q.trim())
      : count === 1
        ? messages.oneResult
        : messages.results.replace('{count}', String(count));
    say(count === 0 ? `${summary}. ${messages.empty}` : summary);
    empty.hidden = count > 0;
    await showMore(current);
    if (current !== run) return;
    setState('ready');
    await updateCounts(state, current);
  }

  async function showMore(current: number): Promise<void> {
    const batch = pending.splice(0, PAGE_SIZE);
    const cards = await Promise.all(batch.map(async (result) => renderCard(await result.data(), messages)));
    if (current !== run) return;
    list.append(...cards);
    more.hidden = pending.length === 0;
  }

  function go(state: SearchState, mode: 'push' | 'replace'): void {
    const url = urlFor(state);
    if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void search(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(readForm(), 'push');
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"], select')) go(readForm(), 'push');
  });
  let typing: number | undefined;
  queryInput.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => go(readForm(), 'replace'), 250);
  });
  root.querySelector('[data-search-clear]')?.addEventListener('click', (event) => {
    event.preventDefault();
    writeForm(emptyState());
    go(emptyState(), 'push');
  });
  more.addEventListener('click', () => void showMore(run));
  window.addEventListener('popstate', () => {
    const state = parseSearchParams(new URLSearchParams(location.search));
    writeForm(state);
    void search(state);
  });

  const initial = parseSearchParams(new URLSearchParams(location.search));
  writeForm(initial);
  void search(initial);
}

/** A result card built with DOM APIs: our facts as text, Pagefind's highlight as <mark> elements. */
function renderCard(data: PagefindResultData, messages: Messages): HTMLLIElement {
  const item = document.createElement('li');
  const card = document.createElement('article');
  card.className = 'card search-result';
  if (data.meta.image) {
    const image = document.createElement('img');
    image.src = data.meta.image;
    image.alt = data.meta.image_alt ?? '';
    image.width = 320;
    image.height = 240;
    image.loading = 'lazy';
    card.append(image);
  }
  const body = document.createElement('div');
  body.className = 'card__body';
  const title = document.createElement('h2');
  title.className = 'card__title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  title.append(link);
  body.append(title);
  const facts: [string, string | undefined][] = [
    [messages.producer, data.meta.producer && data.meta.region ? `${data.meta.producer} · ${data.meta.region}` : data.meta.producer],
    [messages.moq, data.meta.moq],
    [messages.certificates, data.meta.certificates],
    [messages.price, data.meta.price],
  ];
  const list = document.createElement('dl');
  list.className = 'card__facts';
  for (const [label, value] of facts) {
    if (!value) continue;
    const term = document.createElement('dt');
    term.textContent = label;
    const detail = document.createElement('dd');
    detail.textContent = value;
    list.append(term, detail);
  }
  body.append(list);
  const excerpt = document.createElement('p');
  excerpt.className = 'card__meta';
  excerpt.append(...highlighted(data.excerpt));
  body.append(excerpt);
  card.append(body);
  item.append(card);
  return item;
}

/** Pagefind excerpts are escaped text with <mark> around matches; rebuild them without innerHTML. */
export function highlighted(excerpt: string): Node[] {
  const decode = (text: string) => new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent ?? '';
  return excerpt.split(/(<mark>.*?<\/mark>)/g).filter(Boolean).map((part) => {
    const match = /^<mark>(.*)<\/mark>$/.exec(part);
    if (!match) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(match[1] ?? '');
    return mark;
  });
}

