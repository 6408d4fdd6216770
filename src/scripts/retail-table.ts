/**
 * The for-retailers island: filters and sorts the server-rendered table in place
 * (state kept in the URL so a view can be shared), and keeps a shortlist in
 * localStorage that exports to CSV and prints. Without it the page still shows
 * the complete table.
 */
import {
  cellText,
  matchesFilter,
  numericSortKeys,
  parseShortlist,
  parseTableState,
  SHORTLIST_KEY,
  shortlistCsv,
  sortBy,
  tableStateToParams,
  toggleShortlist,
  type RetailTableState,
  type SortKey,
} from '../lib/retail-table';

type Messages = Record<'shown' | 'shortlisted' | 'sortBy' | 'empty' | 'fileName' | 'locale', string>;

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

function readStoredShortlist(): string[] {
  try {
    return parseShortlist(localStorage.getItem(SHORTLIST_KEY));
  } catch {
    return []; // storage blocked (privacy mode): the shortlist lives for this page only
  }
}

function storeShortlist(list: string[]): void {
  try {
    localStorage.setItem(SHORTLIST_KEY, JSON.stringify(list));
  } catch {
    /* see readStoredShortlist */
  }
}

export function startRetailTable(root: HTMLElement): void {
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Messages;
  const form = root.querySelector<HTMLFormElement>('[data-retail-filters]')!;
  const table = root.querySelector<HTMLTableElement>('[data-retail-table]')!;
  const body = table.tBodies[0]!;
  const status = root.querySelector<HTMLElement>('[data-retail-count]')!;
  const empty = root.querySelector<HTMLElement>('[data-retail-empty]')!;
  const bar = root.querySelector<HTMLElement>('[data-shortlist-bar]')!;
  const barCount = bar.querySelector<HTMLElement>('[data-shortlist-count]')!;
  const rows = [...body.rows];
  const headers = [...table.tHead!.rows[0]!.cells].filter((cell) => cell.dataset.sortKey);
  const number = new Intl.NumberFormat(messages.locale);

  let state: RetailTableState = parseTableState(new URLSearchParams(location.search));
  let shortlist = readStoredShortlist();

  // ---- filters and sorting

  function writeForm(): void {
    (form.elements.namedItem('region') as HTMLSelectElement).value = state.region;
    (form.elements.namedItem('cluster') as HTMLSelectElement).value = state.cluster;
    (form.elements.namedItem('q') as HTMLInputElement).value = state.q;
    (form.elements.namedItem('ready') as HTMLInputElement).checked = state.ready;
    (form.elements.namedItem('halal') as HTMLInputElement).checked = state.halal;
    // A region or cluster in the URL that is not in the list reads as "all".
    state.region = (form.elements.namedItem('region') as HTMLSelectElement).value;
    state.cluster = (form.elements.namedItem('cluster') as HTMLSelectElement).value;
  }

  function readForm(): void {
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === 'string' && value) params.set(key, value);
    const next = parseTableState(params);
    state = { ...next, sort: state.sort, dir: state.dir };
  }

  function apply(): void {
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const match = matchesFilter({ region: d.region ?? '', cluster: d.cluster ?? '', ready: d.ready === 'yes', halal: d.halal === 'yes', text: d.text ?? '' }, state);
      row.hidden = !match;
      if (match) shown++;
    }
    if (state.sort) {
      const key = state.sort;
      const attr = `sort${key.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}`;
      const sorted = sortBy(rows, (row) => row.dataset[attr], numericSortKeys.includes(key), state.dir, messages.locale);
      body.append(...sorted);
    } else {
      body.append(...rows);
    }
    for (const th of headers) {
      if (th.dataset.sortKey === state.sort) th.setAttribute('aria-sort', state.dir);
      else th.removeAttribute('aria-sort');
    }
    empty.hidden = shown > 0;
    status.textContent = fill(messages.shown, { count: number.format(shown), total: number.format(rows.length) });
  }

  function updateUrl(): void {
    const query = tableStateToParams(state).toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  function update(): void {
    readForm();
    apply();
    updateUrl();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener('change', update);
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).matches('input[type="search"]')) update();
  });

  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent;
    button.title = fill(messages.sortBy, { column: th.textContent ?? '' });
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const key = th.dataset.sortKey as SortKey;
      state.dir = state.sort === key && state.dir === 'ascending' ? 'descending' : 'ascending';
      state.sort = key;
      apply();
      updateUrl();
    });
  }

  // ---- shortlist

  const boxes = new Map<string, HTMLInputElement>();
  for (const row of rows) {
    const box = row.querySelector<HTMLInputElement>('[data-shortlist-box]');
    if (!box) continue;
    boxes.set(box.value, box);
    box.disabled = false;
    box.addEventListener('change', () => {
      shortlist = toggleShortlist(shortlist, box.value, box.checked);
      storeShortlist(shortlist);
      showShortlist();
    });
  }

  function showShortlist(): void {
    // Slugs of products no longer listed are dropped from view, not from storage.
    const picked = new Set(shortlist);
    for (const [slug, box] of boxes) {
      box.checked = picked.has(slug);
      box.closest('tr')!.classList.toggle('is-shortlisted', box.checked);
    }
    const count = [...boxes.keys()].filter((slug) => picked.has(slug)).length;
    barCount.textContent = fill(messages.shortlisted, { count: number.format(count) });
    for (const button of bar.querySelectorAll<HTMLButtonElement>('button')) button.disabled = count === 0;
  }

  function shortlistedRows(): HTMLTableRowElement[] {
    return rows.filter((row) => row.classList.contains('is-shortlisted'));
  }

  bar.querySelector('[data-shortlist-export]')!.addEventListener('click', () => {
    const header = headers.map((th) => cellText(th.textContent));
    const data = shortlistedRows()
      // Table order (as sorted on screen), the checkbox cell left out.
      .sort((a, b) => [...body.rows].indexOf(a) - [...body.rows].indexOf(b))
      .map((row) => [...row.cells].slice(1).map((cell) => cellText(cell.textContent)));
    const blob = new Blob([shortlistCsv(header, data)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = messages.fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });

  bar.querySelector('[data-shortlist-print]')!.addEventListener('click', () => {
    document.body.classList.add('printing-shortlist');
    window.print();
  });
  // Printing from the browser's own menu prints the whole table again.
  window.addEventListener('afterprint', () => document.body.classList.remove('printing-shortlist'));

  bar.querySelector('[data-shortlist-clear]')!.addEventListener('click', () => {
    shortlist = [];
    storeShortlist(shortlist);
    showShortlist();
  });

  // Another tab changed the shortlist.
  window.addEventListener('storage', (event) => {
    if (event.key !== SHORTLIST_KEY) return;
    shortlist = parseShortlist(event.newValue);
    showShortlist();
  });

  bar.hidden = false;
  writeForm();
  apply();
  showShortlist();
}
