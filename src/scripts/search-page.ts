/**
 * `<etalase-search>`: enhances the server-rendered search form. It reads the
 * state from the URL, runs Pagefind, fills result cards from the page's
 * `<template>` with our facts (never Pagefind's excerpt), shows the active
 * filters as removable chips and the counts per type and facet value, and keeps
 * the URL in step so a search can be shared, reloaded and navigated with Back.
 * A newer search aborts the one before it. Everything user-typed is rendered as
 * text, never as HTML.
 */
import { fillTemplate, type Template } from '~/i18n/fill';
import { FACET_TABLE_FILE, PRODUCER_IDS_FILE, SORT_ORDER_FILE, searchTypes, type FacetKey, type FacetTable, type SearchType, type SortKey } from '~/lib/search-index';
import { appliedFilters, countFacets, emptyState, hasCriteria, orderResults, pagefindOptions, parseSearchParams, toSearchParams, type SearchState } from '~/lib/search-state';
import { createPagefind, type Pagefind, type PagefindResult, type PagefindResultData } from './pagefind-engine';

type MessageName = 'loading' | 'products' | 'producers' | 'summaryQuery' | 'summaryFilters' | 'filtersCount' | 'removeFilter' | 'start' | 'empty' | 'unavailable' | 'needsBuild';
type Counts = Partial<Record<string, Record<string, number>>>;

/** Result cards per page: each card fetches its own fragment, so the first screen stays small. */
const PAGE_SIZE = 12;
/** Result photos in the first row on a laptop (two on a phone): loaded at once with high priority, the rest lazily. */
const EAGER_PHOTOS = 3;
/** The longest the facet counts wait for those photos (a slow image must not hold the counts back for long). */
const FIRST_PHOTOS_WAIT = 1000;
/** Where the filter panel stops being a drawer and becomes an open sidebar (as in the search page's styles). */
const WIDE = '(min-width: 60rem)';

class SearchPage extends HTMLElement {
  private form!: HTMLFormElement;
  private filtersPanel!: HTMLDetailsElement;
  private messages = {} as Record<MessageName, Template>;
  private language = 'en';
  private number!: Intl.NumberFormat;
  private engine: Promise<Pagefind> | undefined;
  private producers: Promise<Set<string>> | undefined;
  private facets: Promise<Map<string, string[]>> | undefined;
  private sortOrders = new Map<SortKey, Promise<string[]>>();
  private current: AbortController | undefined;
  private pending: PagefindResult[] = [];
  /** The facet counts of the current search, held back while the filter drawer is closed. */
  private deferredCounts: (() => Promise<void>) | undefined;

  connectedCallback(): void {
    this.form = this.find<HTMLFormElement>('[data-search-form]');
    this.filtersPanel = this.find<HTMLDetailsElement>('[data-search-filters]');
    this.messages = JSON.parse(this.dataset.messages ?? '{}') as Record<MessageName, Template>;
    this.language = this.dataset.lang ?? document.documentElement.lang;
    this.number = new Intl.NumberFormat(this.language);

    // The filters are a drawer on phones, closed so the results come first, and an open sidebar on wide screens.
    const wide = matchMedia(WIDE);
    this.filtersPanel.open = wide.matches;
    wide.addEventListener('change', () => (this.filtersPanel.open = wide.matches));
    this.filtersPanel.addEventListener('toggle', () => {
      if (!this.filtersPanel.open || !this.deferredCounts) return;
      const counts = this.deferredCounts;
      this.deferredCounts = undefined;
      this.mark('counts', 'loading');
      void counts();
    });

    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (event.submitter?.hasAttribute('data-filters-done') && !wide.matches) {
        this.filtersPanel.open = false;
        this.find('[data-filters-summary]').focus();
      }
      this.go(this.readForm(), 'push');
    });
    this.form.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).matches('input[type="checkbox"], input[type="radio"], select')) this.go(this.readForm(), 'push');
    });
    let typing: number | undefined;
    this.find('input[name="q"]').addEventListener('input', () => {
      window.clearTimeout(typing);
      typing = window.setTimeout(() => this.go(this.readForm(), 'replace'), 250);
    });
    for (const clear of this.querySelectorAll('[data-search-clear]')) {
      clear.addEventListener('click', (event) => {
        event.preventDefault();
        this.writeForm(emptyState());
        this.go(emptyState(), 'push');
      });
    }
    this.find('[data-search-chips]').addEventListener('click', (event) => this.removeChip(event));
    this.find('[data-search-more]').addEventListener('click', () => void this.showMore(this.current!.signal));
    window.addEventListener('popstate', () => this.fromUrl());
    this.fromUrl();
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private message(name: MessageName, params: Record<string, string | number> = {}): string {
    return fillTemplate(this.messages[name] ?? name, this.language, params);
  }

  private say(text: string): void {
    this.find('[data-search-status]').textContent = text;
  }

  /**
   * `data-state` (loading | ready | unavailable) and `data-counts` (loading | ready |
   * deferred, while the drawer is closed | unavailable) tell tests and styles where a search is.
   */
  private mark(name: 'state' | 'counts', value: string): void {
    this.dataset[name] = value;
  }

  private fromUrl(): void {
    const state = parseSearchParams(new URLSearchParams(location.search));
    this.writeForm(state);
    void this.search(state);
  }

  private readForm(): SearchState {
    return parseSearchParams(new URLSearchParams(new FormData(this.form) as unknown as Record<string, string>));
  }

  private writeForm(state: SearchState): void {
    this.find<HTMLInputElement>('input[name="q"]').value = state.q;
    this.find<HTMLSelectElement>('select[name="sort"]').value = state.sort === 'relevance' ? '' : state.sort;
    for (const radio of this.form.querySelectorAll<HTMLInputElement>('input[name="type"]')) radio.checked = radio.value === state.type;
    for (const box of this.checkboxes()) box.checked = (state.filters[box.name as FacetKey] ?? []).includes(box.value);
  }

  private checkboxes(): NodeListOf<HTMLInputElement> {
    return this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
  }

  private go(state: SearchState, mode: 'push' | 'replace'): void {
    const query = toSearchParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void this.search(state);
  }

  private pagefind(): Promise<Pagefind> {
    this.engine ??= createPagefind(this.dataset.bundle ?? '/pagefind/', this.dataset.base ?? '/').catch((error: unknown) => {
      this.engine = undefined;
      throw error;
    });
    return this.engine;
  }

  /** A file the build writes beside the index for this language (see src/integrations/pagefind.ts). */
  private async sidecar<T>(file: (lang: string) => string, fallback: T): Promise<T> {
    const response = await fetch(`${this.dataset.bundle ?? '/pagefind/'}${file(document.documentElement.lang.toLowerCase())}`);
    return response.ok ? ((await response.json()) as T) : fallback;
  }

  /** The products' ids in a sort's order, fetched when a buyer first picks that sort. */
  private sortOrder(key: SortKey): Promise<string[]> {
    if (!this.sortOrders.has(key)) {
      this.sortOrders.set(
        key,
        this.sidecar<string[]>((lang) => SORT_ORDER_FILE(key, lang), []).catch((error: unknown) => {
          this.sortOrders.delete(key);
          throw error;
        }),
      );
    }
    return this.sortOrders.get(key)!;
  }

  /**
   * Every page's filter tokens by Pagefind id, to count facet values over a query's
   * results here: Pagefind's own counting, with every filter index loaded, took
   * seconds for a broad query at 10,000 products.
   */
  private facetTable(): Promise<Map<string, string[]>> {
    this.facets ??= this.sidecar<FacetTable>(FACET_TABLE_FILE, { values: [], pages: {} })
      .then(({ values, pages }) => new Map(Object.entries(pages).map(([id, indexes]) => [id, indexes.map((i) => values[i] ?? '')])))
      .catch((error: unknown) => {
        this.facets = undefined;
        throw error;
      });
    return this.facets;
  }

  /** The ids of this language's producer pages, to split an unfiltered search into products and producers. */
  private producerIds(): Promise<Set<string>> {
    this.producers ??= this.sidecar<string[]>(PRODUCER_IDS_FILE, [])
      .then((ids) => new Set(ids))
      .catch(() => {
        this.producers = undefined;
        return new Set<string>();
      });
    return this.producers;
  }

  /**
   * The results of `type` for the state: filtered searches only match that type's
   * pages (its own filter keys); any other holds both, split by the producer ids.
   * `other` is the other type's count when the same search tells it. Products
   * come in the state's sort order (producers are listed by relevance).
   */
  private async typeResults(engine: Pagefind, state: SearchState, type: SearchType): Promise<{ results: PagefindResult[]; other?: number } | null> {
    const options = pagefindOptions(state, type);
    const sorted = type === 'products' && state.sort !== 'relevance' ? state.sort : undefined;
    const [response, producers, order] = await Promise.all([engine.search(state.q.trim() || null, options), this.producerIds(), sorted && this.sortOrder(sorted)]);
    if (!response) return null;
    const inOrder = (results: PagefindResult[]) => (order ? orderResults(results, order) : results);
    if (Object.keys(options.filters).length > 0) return { results: inOrder(response.results) };
    const results = response.results.filter((result) => producers.has(result.id) === (type === 'producers'));
    return { results: inOrder(results), other: response.results.length - results.length };
  }

  private async search(state: SearchState): Promise<void> {
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    this.deferredCounts = undefined;
    const { signal } = controller;
    this.mark('state', 'loading');
    this.mark('counts', 'loading');
    this.showFilters(state);
    let engine: Pagefind;
    try {
      engine = await this.pagefind();
    } catch {
      if (signal.aborted) return;
      this.say(this.dataset.dev ? this.message('needsBuild') : `${this.message('unavailable')} ${this.message('needsBuild')}`);
      return this.mark('state', 'unavailable');
    }
    if (signal.aborted) return;
    const list = this.find('[data-search-results]');
    list.replaceChildren();
    this.find('[data-search-empty]').hidden = true;
    this.find('[data-search-more]').hidden = true;
    if (!hasCriteria(state)) {
      // The totals over the whole index are in the page's HTML.
      this.showCounts('totals');
      this.showTypeCounts('totals');
      this.mark('counts', 'ready');
      this.say(this.message('start'));
      return this.mark('state', 'ready');
    }
    this.say(this.message('loading'));
    const found = await this.typeResults(engine, state, state.type);
    if (!found || signal.aborted) return;
    const ids = found.results.map((result) => result.id);
    this.pending = found.results;
    const count = found.results.length;
    const otherType = searchTypes.find((type) => type !== state.type)!;
    this.showTypeCounts({ [state.type]: count, [otherType]: found.other });
    this.say(this.summary(state, count));
    this.find('[data-search-empty]').hidden = count > 0;
    await this.showMore(signal);
    if (signal.aborted) return;
    this.mark('state', 'ready');
    // The counts wait for the first row's photos, so they never slow the first screen.
    await this.firstPhotos();
    if (signal.aborted) return;
    const unfiltered = found.other === undefined ? undefined : ids;
    if (!(await this.updateTypeCount(state, engine, signal, unfiltered))) return;
    // The facet table (some 90 KB at 10,000 products) is only worth fetching where the filters are seen:
    // on a phone, when the drawer opens.
    const facetCounts = () => this.updateFacetCounts(state, engine, signal, unfiltered);
    if (this.filtersPanel.open) await facetCounts();
    else {
      this.deferredCounts = facetCounts;
      this.mark('counts', 'deferred');
    }
  }

  /** Resolves once the eagerly loaded result photos are loaded (or failed), or after FIRST_PHOTOS_WAIT ms at most. */
  private firstPhotos(): Promise<void> {
    const photos = [...this.find('[data-search-results]').querySelectorAll<HTMLImageElement>('img[loading="eager"]')];
    const loaded = Promise.all(photos.map((photo) => photo.decode().catch(() => undefined)));
    return Promise.race([loaded.then(() => undefined), new Promise<void>((resolve) => window.setTimeout(resolve, FIRST_PHOTOS_WAIT))]);
  }

  /** "3 products for “kemplang”, filtered by Halal, Crackers". */
  private summary(state: SearchState, count: number): string {
    let text = this.message(state.type, { count: this.number.format(count) });
    if (state.q.trim()) text = this.message('summaryQuery', { results: text, query: state.q.trim() });
    const labels = this.activeBoxes(state).map((box) => this.labelOf(box));
    if (labels.length) text = this.message('summaryFilters', { summary: text, filters: labels.join(', ') });
    return count === 0 ? `${text}. ${this.message('empty')}` : text;
  }

  /** The ticked boxes that apply to the state's type, in page order. */
  private activeBoxes(state: SearchState): HTMLInputElement[] {
    const applied = appliedFilters(state);
    return [...this.checkboxes()].filter((box) => (applied[box.name as FacetKey] ?? []).includes(box.value));
  }

  private labelOf(box: HTMLInputElement): string {
    return box.closest('label')?.querySelector('[data-option-label]')?.textContent?.trim() ?? box.value;
  }

  /** The filter panel's summary count, the product-only facets while producers are shown, and the chips. */
  private showFilters(state: SearchState): void {
    const active = this.activeBoxes(state);
    this.find('[data-filters-summary]').textContent = this.message('filtersCount', { count: this.number.format(active.length) });
    const producers = state.type === 'producers';
    // Only products have sort keys: producers are listed by relevance.
    this.find<HTMLSelectElement>('select[name="sort"]').disabled = producers;
    for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('[data-products-facet]')) fieldset.hidden = producers;
    const productOnlyTicked = producers && [...this.checkboxes()].some((box) => box.checked && box.closest('[data-products-facet]'));
    this.find('[data-products-only]').hidden = !productOnlyTicked;

    const chips = this.find('[data-search-chips]');
    const template = this.find<HTMLTemplateElement>('[data-chip-template]');
    chips.replaceChildren(
      ...active.map((box) => {
        const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
        const button = item.querySelector<HTMLButtonElement>('[data-chip]')!;
        const legend = box.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? box.name;
        button.dataset.chip = `${box.name}:${box.value}`;
        button.setAttribute('aria-label', this.message('removeFilter', { filter: `${legend}: ${this.labelOf(box)}` }));
        item.querySelector('[data-chip-label]')!.textContent = this.labelOf(box);
        return item;
      }),
    );
    chips.hidden = active.length === 0;
  }

  private removeChip(event: Event): void {
    const chip = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-chip]');
    if (!chip) return;
    const [name, value] = (chip.dataset.chip ?? '').split(':');
    const box = [...this.checkboxes()].find((b) => b.name === name && b.value === value);
    if (box) box.checked = false;
    // Focus stays in the chip row (the next chip), or moves to the count line when none is left.
    const next = chip.closest('li')?.nextElementSibling ?? chip.closest('li')?.previousElementSibling;
    const nextKey = next?.querySelector<HTMLElement>('[data-chip]')?.dataset.chip;
    this.go(this.readForm(), 'push');
    const target = nextKey ? this.querySelector<HTMLElement>(`[data-chip="${CSS.escape(nextKey)}"]`) : null;
    if (target) target.focus();
    else {
      const status = this.find('[data-search-status]');
      status.tabIndex = -1;
      status.focus();
    }
  }

  private showTypeCounts(counts: Partial<Record<SearchType, number>> | 'totals'): void {
    for (const output of this.querySelectorAll<HTMLElement>('[data-type-count]')) {
      const count = counts === 'totals' ? Number(output.dataset.total ?? 0) : counts[output.dataset.typeCount as SearchType];
      if (count !== undefined) output.textContent = this.number.format(count);
    }
  }

  private showCounts(counts: Counts | 'totals'): void {
    for (const output of this.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [facet = '', value = ''] = (output.dataset.countFor ?? '').split(':');
      const count = counts === 'totals' ? Number(output.dataset.total ?? 0) : (counts[facet]?.[value] ?? 0);
      output.textContent = this.number.format(count);
      const box = output.closest('label')?.querySelector('input');
      // A value no result takes is a dead end: disabled, unless ticked (so it can be unticked).
      if (box) box.disabled = count === 0 && !box.checked;
      output.closest('label')?.classList.toggle('facet--empty', count === 0);
    }
  }

  /**
   * The other type's total after the results, when the search did not tell it
   * (`unfiltered` undefined: a filtered search matched only this type's pages).
   * False when the search was superseded or failed.
   */
  private async updateTypeCount(state: SearchState, engine: Pagefind, signal: AbortSignal, unfiltered: string[] | undefined): Promise<boolean> {
    if (unfiltered) return true;
    try {
      const otherType = searchTypes.find((type) => type !== state.type)!;
      const other = await this.typeResults(engine, state, otherType);
      if (!other || signal.aborted) return false;
      this.showTypeCounts({ [otherType]: other.results.length });
      return true;
    } catch {
      if (!signal.aborted) this.mark('counts', 'unavailable');
      return false;
    }
  }

  /**
   * Per facet value, how many results a tick would give (countFacets), over the
   * query's results of this type without facet filters: `unfiltered`, when the
   * results were just that.
   */
  private async updateFacetCounts(state: SearchState, engine: Pagefind, signal: AbortSignal, unfiltered: string[] | undefined): Promise<void> {
    try {
      const base = unfiltered ?? (await this.typeResults(engine, { ...state, filters: {}, sort: 'relevance' }, state.type))?.results.map((r) => r.id);
      const table = await this.facetTable();
      if (!base || signal.aborted) return;
      this.showCounts(countFacets(base.map((id) => table.get(id) ?? []), state));
      this.mark('counts', 'ready');
    } catch {
      // Results stay usable without counts; the next search tries again.
      if (!signal.aborted) this.mark('counts', 'unavailable');
    }
  }

  private async showMore(signal: AbortSignal): Promise<void> {
    const batch = this.pending.splice(0, PAGE_SIZE);
    const list = this.find('[data-search-results]');
    // The first row's photos are the first screen's largest content: fetched at once, not when layout reaches them.
    const firstRow = list.children.length === 0 ? EAGER_PHOTOS : 0;
    const cards = await Promise.all(batch.map(async (result, i) => this.card(await result.data(), i < firstRow)));
    if (signal.aborted) return;
    list.append(...cards);
    this.find('[data-search-more]').hidden = this.pending.length === 0;
  }

  /** A result card from the page's template: our facts as text; `eager`: its photo is in the first screen. */
  private card(data: PagefindResultData, eager: boolean): HTMLElement {
    const item = this.find<HTMLTemplateElement>('[data-result-template]').content.firstElementChild!.cloneNode(true) as HTMLElement;
    const { meta } = data;
    if (meta.image) {
      const image = document.createElement('img');
      image.src = meta.image;
      image.alt = meta.image_alt ?? '';
      image.width = 320;
      image.height = 240;
      image.loading = eager ? 'eager' : 'lazy';
      if (eager) image.fetchPriority = 'high';
      item.querySelector('article')!.prepend(image);
    }
    const link = item.querySelector<HTMLAnchorElement>('[data-result-link]')!;
    link.href = data.url;
    link.textContent = meta.title ?? data.url;
    item.querySelector('[data-result-meta]')!.textContent = meta.place ?? [meta.producer, meta.region].filter(Boolean).join(' · ');
    for (const fact of item.querySelectorAll<HTMLElement>('[data-result-fact]')) {
      const value = meta[fact.dataset.resultFact ?? ''];
      if (value) fact.querySelector('dd')!.textContent = value;
      else fact.remove();
    }
    return item;
  }
}

customElements.define('etalase-search', SearchPage);
