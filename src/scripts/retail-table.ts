/**
 * `<retail-table>`: enhances the server-rendered retail table. It filters and
 * sorts the rows in place (state kept in the URL so a view can be shared), adds
 * a shortlist checkbox to each row, and keeps the shortlist in localStorage,
 * shared by every retail table (each region's page and the full one). The
 * shortlist stores each picked row's cells in the export's column order, so
 * export and print include products picked on other pages. The same list is
 * the buyer's inquiry list (src/scripts/inquiry-list.ts): a product added
 * there shows here as picked. Without this script
 * the page still shows the complete table.
 */
import { cellText, matchesFilter, numericSortKeys, parseTableState, searchText, shortlistCsv, sortBy, sortValue, tableStateToParams, type RetailRowReading, type RetailTableState, type SortKey } from '~/lib/retail-table';
import { refreshCells, shortlistRows, shortlistSlugs, toggleShortlist, type ShortlistEntry } from '~/lib/shortlist';
import { downloadText } from './download';
import { onOtherTabChange, readStoredShortlist, storeShortlist } from './shortlist-store';

import { fillTemplate, type Template } from '~/i18n/fill';

interface Messages {
  shown: Template;
  shortlisted: Template;
  shortlistedElsewhere: Template;
  pick: Template;
  sortBy: Template;
  confirmClear: Template;
  fileName: string;
  /** The Intl locale (`id-ID`) for numbers and sorting; `lang` is the page's language code. */
  locale: string;
  lang: string;
  exportColumns: { key: string; label: string }[];
  /** A region's own table has no region column: its rows' region, for the export. */
  regionName?: string;
  /** The table's other pages (a large region's table is paginated), loaded when a filter or sort needs every row. */
  pages: string[];
  loading: Template;
}

interface Row {
  tr: HTMLTableRowElement;
  reading: RetailRowReading;
  text: string;
  /** The row's cell texts as exported (and stored in the shortlist). */
  cells: string[];
}

class RetailTable extends HTMLElement {
  connectedCallback(): void {
    enhance(this);
  }
}

customElements.define('retail-table', RetailTable);

function enhance(root: HTMLElement): void {
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Messages;
  const fill = (template: Template, params: Record<string, string | number>) => fillTemplate(template, messages.lang, params);
  const form = root.querySelector<HTMLFieldSetElement>('[data-retail-filters]')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('[data-retail-sort]');
  const table = root.querySelector<HTMLTableElement>('[data-retail-table]')!;
  const body = table.tBodies[0]!;
  const status = root.querySelector<HTMLElement>('[data-retail-count]')!;
  const empty = root.querySelector<HTMLElement>('[data-retail-empty]')!;
  const bar = root.querySelector<HTMLElement>('[data-shortlist-bar]')!;
  const barCount = bar.querySelector<HTMLElement>('[data-shortlist-count]')!;
  const headRow = table.tHead!.rows[0]!;
  const headers = [...headRow.cells].filter((cell) => cell.dataset.sortKey);
  const column = new Map(headers.map((th, index) => [th.dataset.sortKey!, index]));
  const number = new Intl.NumberFormat(messages.locale);
  const field = <T extends Element>(name: string) => form.elements.namedItem(name) as T | null;

  /** Reads a row once, before its shortlist checkbox is added. */
  function readRow(tr: HTMLTableRowElement): Row {
    const shown = [...tr.cells].map((cell) => cellText(cell.textContent));
    const d = tr.dataset;
    const cell = (key: string) => (key === 'region' && !column.has(key) ? (messages.regionName ?? '') : (shown[column.get(key) ?? -1] ?? ''));
    const cells = messages.exportColumns.map((c) => cell(c.key));
    const reading: RetailRowReading = {
      slug: d.slug ?? '',
      product: cell('product'),
      producer: cell('producer'),
      region: cell('region'),
      cluster: d.cluster ? cell('cluster') : '',
      permit: d.permit ?? '',
      halal: d.halal ?? '',
      barcode: d.barcode ?? '',
      shelfLifeDays: d.shelfLifeDays ?? '',
      capacityKg: d.capacityKg ?? '',
      trial: d.trial ?? '',
      met: d.met ?? '',
      applicable: d.applicable ?? '',
    };
    return { tr, reading, text: searchText(reading), cells };
  }
  const rows: Row[] = [...body.rows].map(readRow);
  const bySlug = new Map(rows.map((row) => [row.reading.slug, row]));
  const serverStatus = status.textContent ?? '';
  let pending = [...messages.pages];

  let state: RetailTableState = parseTableState(new URLSearchParams(location.search));
  let shortlist: readonly ShortlistEntry[] = readStoredShortlist();

  // ---- filters and sorting

  function writeForm(): void {
    const region = field<HTMLSelectElement>('region');
    const cluster = field<HTMLSelectElement>('cluster');
    if (region) region.value = state.region;
    if (cluster) cluster.value = state.cluster;
    field<HTMLInputElement>('q')!.value = state.q;
    field<HTMLInputElement>('ready')!.checked = state.ready;
    field<HTMLInputElement>('halal')!.checked = state.halal;
    // A region or cluster in the URL that is not in the list (or a region on a region's own page) reads as "all".
    state.region = region?.value ?? '';
    state.cluster = cluster?.value ?? '';
  }

  function readForm(): void {
    const params = new URLSearchParams();
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
      const on = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : Boolean(control.value);
      if (on) params.set(control.name, control.value);
    }
    const next = parseTableState(params);
    state = { ...next, sort: state.sort, dir: state.dir };
  }

  const narrowed = () => Boolean(state.region || state.cluster || state.ready || state.halal || state.q || state.sort);

  /** The rows of the table's other pages, appended here (in page order) so filters and sorting see them all. */
  let loadingAll: Promise<void> | undefined;
  function loadAll(): Promise<void> {
    if (pending.length === 0) return Promise.resolve();
    status.textContent = fill(messages.loading, {});
    loadingAll ??= Promise.all(pending.map(async (url) => new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html'))).then((pages) => {
      for (const page of pages) {
        for (const tr of page.querySelectorAll<HTMLTableRowElement>('[data-retail-table] tbody tr')) {
          const row = readRow(document.importNode(tr, true));
          if (bySlug.has(row.reading.slug)) continue;
          body.append(row.tr);
          rows.push(row);
          bySlug.set(row.reading.slug, row);
          addPick(row);
        }
      }
      pending = [];
      root.querySelector<HTMLElement>('[data-retail-pages]')?.setAttribute('hidden', '');
      showShortlist();
    });
    return loadingAll.catch(() => {
      loadingAll = undefined; // offline: this page's rows only; the next change tries again
    });
  }

  function apply(): void {
    let shown = 0;
    for (const row of rows) {
      const d = row.tr.dataset;
      const match = matchesFilter({ region: d.region ?? '', cluster: d.cluster ?? '', ready: d.ready === 'yes', halal: d.halal === 'yes', text: row.text }, state);
      row.tr.hidden = !match;
      if (match) shown++;
    }
    const key = state.sort;
    const sorted = key ? sortBy(rows, (row) => sortValue(row.reading, key), numericSortKeys.includes(key), state.dir, messages.locale) : rows;
    body.append(...sorted.map((row) => row.tr));
    for (const th of headers) {
      if (th.dataset.sortKey === state.sort) th.setAttribute('aria-sort', state.dir);
      else th.removeAttribute('aria-sort');
    }
    if (sortSelect) sortSelect.value = state.sort ? `${state.sort}:${state.dir}` : '';
    empty.hidden = shown > 0;
    status.textContent = pending.length && !narrowed() ? serverStatus : fill(messages.shown, { shown: number.format(shown), count: number.format(rows.length) });
  }

  function updateUrl(): void {
    const query = tableStateToParams(state).toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  async function update(): Promise<void> {
    readForm();
    if (narrowed()) await loadAll();
    apply();
    updateUrl();
  }

  form.addEventListener('change', () => void update());
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).matches('input[type="search"]')) void update();
  });

  // On a phone the rows are cards without a header row: the sort is a select in the filters instead.
  sortSelect?.addEventListener('change', () => {
    const [key, dir] = sortSelect.value.split(':');
    state.sort = key ? (key as SortKey) : undefined;
    state.dir = dir === 'descending' ? 'descending' : 'ascending';
    // The form's own change listener (update) then loads every page if needed, sorts and writes the URL.
  });

  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent;
    button.title = fill(messages.sortBy, { column: th.textContent ?? '' });
    th.replaceChildren(button);
    button.addEventListener('click', async () => {
      const key = th.dataset.sortKey as SortKey;
      state.dir = state.sort === key && state.dir === 'ascending' ? 'descending' : 'ascending';
      state.sort = key;
      await loadAll();
      apply();
      updateUrl();
    });
  }

  // ---- shortlist

  function save(next: readonly ShortlistEntry[]): void {
    shortlist = next;
    storeShortlist(shortlist);
    showShortlist();
  }

  // Each row's checkbox sits in its row header, beside the product name it is labelled with.
  const boxes = new Map<string, HTMLInputElement>();
  function addPick(row: Row): void {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = row.reading.slug;
    box.dataset.shortlistBox = '';
    box.setAttribute('aria-label', fill(messages.pick, { product: row.reading.product }));
    const target = document.createElement('label');
    target.className = 'retail-table__pick';
    target.append(box);
    row.tr.cells[0]!.prepend(target);
    boxes.set(box.value, box);
    box.addEventListener('change', () => save(toggleShortlist(shortlist, box.value, box.checked, messages.lang, row.cells)));
  }
  for (const row of rows) addPick(row);

  function showShortlist(): void {
    const picked = new Set(shortlistSlugs(shortlist));
    for (const [slug, box] of boxes) {
      box.checked = picked.has(slug);
      box.closest('tr')!.classList.toggle('is-shortlisted', box.checked);
    }
    const total = picked.size;
    const here = [...boxes.keys()].filter((slug) => picked.has(slug)).length;
    barCount.textContent =
      here === total
        ? fill(messages.shortlisted, { count: number.format(total) })
        : fill(messages.shortlistedElsewhere, { count: number.format(total), elsewhere: number.format(total - here) });
    for (const button of bar.querySelectorAll<HTMLButtonElement>('button')) button.disabled = total === 0;
  }

  /** The whole shortlist (from every page) as rows: this table's first, as sorted on screen. */
  function exportRows(): { slug: string; cells: string[] }[] {
    const pageOrder = [...body.rows].map((tr) => tr.dataset.slug ?? '');
    return shortlistRows(shortlist, messages.lang, pageOrder, messages.exportColumns.length);
  }

  const headerTexts = () => messages.exportColumns.map((c) => c.label);

  bar.querySelector('[data-shortlist-export]')!.addEventListener('click', () => {
    downloadText(messages.fileName, shortlistCsv(headerTexts(), exportRows().map((r) => r.cells)));
  });

  /** A plain table of the shortlist, shown only when printing it (see the component's print styles). */
  function buildPrintTable(): void {
    root.querySelector('.shortlist-print')?.remove();
    const print = document.createElement('table');
    print.className = 'retail-table shortlist-print';
    print.createCaption().textContent = barCount.textContent;
    const head = print.createTHead().insertRow();
    for (const text of headerTexts()) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = text;
      head.append(th);
    }
    const printBody = print.createTBody();
    for (const { slug, cells } of exportRows()) {
      const tr = printBody.insertRow();
      tr.dataset.slug = slug;
      cells.forEach((text, index) => {
        const cell = document.createElement(index === 0 ? 'th' : 'td');
        if (index === 0) (cell as HTMLTableCellElement).scope = 'row';
        cell.textContent = text;
        tr.append(cell);
      });
    }
    root.append(print);
  }

  bar.querySelector('[data-shortlist-print]')!.addEventListener('click', () => {
    buildPrintTable();
    document.body.classList.add('printing-shortlist');
    window.print();
  });
  // Printing from the browser's own menu prints the whole table again.
  window.addEventListener('afterprint', () => document.body.classList.remove('printing-shortlist'));

  // Clearing loses picks from every table: it asks first.
  bar.querySelector('[data-shortlist-clear]')!.addEventListener('click', () => {
    const count = shortlistSlugs(shortlist).length;
    if (count > 0 && window.confirm(fill(messages.confirmClear, { count: number.format(count) }))) save([]);
  });

  // Another tab changed the shortlist.
  onOtherTabChange((list) => {
    shortlist = list;
    showShortlist();
  });

  // Shortlisted rows shown here get their stored cells refreshed (data may have changed since they were picked).
  const refreshed = refreshCells(shortlist, messages.lang, new Map([...bySlug].map(([slug, row]) => [slug, row.cells])));
  if (refreshed !== shortlist) {
    shortlist = refreshed;
    storeShortlist(shortlist);
  }

  bar.hidden = false;
  form.hidden = false;
  writeForm();
  apply();
  showShortlist();
  // A shared view (`?ready=1`) of a paginated table filters every page, not just this one.
  if (narrowed() && pending.length) void loadAll().then(apply);
}
