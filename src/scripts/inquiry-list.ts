/**
 * `<inquiry-list>`: the buyer's inquiry list (`/inquiry/`), the second view of
 * the shortlist (the retail tables are the first). It loads each picked
 * product's facts (src/scripts/listed-products.ts), groups them by producer
 * with one prefilled email and WhatsApp message per producer, exports the list
 * as CSV, prints it, and sends 2 to 4 ticked products to the compare view.
 */
import { fillTemplate, type Template } from '~/i18n/fill';
import type { FactsLocation } from '~/lib/facts-files';
import { COMPARE_MAX, COMPARE_MIN, slugsParam, groupByProducer, inquiryCsv, INQUIRY_CSV_COLUMNS, producerMessage, type ListedProduct, type MessageTemplates } from '~/lib/inquiry-list';
import { shortlistSlugs, toggleShortlist, type ShortlistEntry } from '~/lib/shortlist';
import { downloadText } from './download';
import { el, loadListed } from './listed-products';
import { onOtherTabChange, readStoredShortlist, storeShortlist } from './shortlist-store';

interface Messages extends FactsLocation {
  lang: string;
  compareHref: string;
  fileName: string;
  loading: string;
  empty: string;
  summary: Template;
  producers: Template;
  unavailable: string;
  emailProducer: string;
  whatsappProducer: string;
  noContact: string;
  messageNote: string;
  moq: string;
  compareProduct: string;
  remove: string;
  compareHint: string;
  compareTicked: Template;
  confirmClear: Template;
  message: MessageTemplates;
  csv: Record<(typeof INQUIRY_CSV_COLUMNS)[number], string>;
}

class InquiryList extends HTMLElement {
  connectedCallback(): void {
    enhance(this);
  }
}

customElements.define('inquiry-list', InquiryList);

function enhance(root: HTMLElement): void {
  const m = JSON.parse(root.dataset.messages ?? '{}') as Messages;
  const fill = (template: Template, params: Record<string, string | number>) => fillTemplate(template, m.lang, params);
  const status = root.querySelector<HTMLElement>('[data-list-status]')!;
  const bar = root.querySelector<HTMLElement>('[data-list-bar]')!;
  const groupsBox = root.querySelector<HTMLElement>('[data-list-groups]')!;
  const compareButton = root.querySelector<HTMLButtonElement>('[data-list-compare]')!;
  const compareStatus = root.querySelector<HTMLElement>('[data-list-compare-status]')!;

  let list: readonly ShortlistEntry[] = readStoredShortlist();
  // "Add to inquiry list" on product pages and cards links here with `?add=<slug>`: add it, then drop the
  // parameter so reloading after removing the product does not add it again.
  const params = new URLSearchParams(location.search);
  const added = slugsParam(params.get('add'), COMPARE_MAX);
  if (added.length) {
    for (const slug of added) if (!shortlistSlugs(list).includes(slug)) list = toggleShortlist(list, slug, true);
    storeShortlist(list);
    params.delete('add');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`);
  }
  /** Facts already loaded, by slug: removing a product redraws without fetching again. */
  const loaded = new Map<string, ListedProduct>();
  let shown: ListedProduct[] = [];
  const ticked = new Set<string>();

  function save(next: readonly ShortlistEntry[]): void {
    list = next;
    storeShortlist(list);
    void draw();
  }

  function showCompare(): void {
    for (const slug of ticked) if (!shown.some((p) => p.slug === slug)) ticked.delete(slug);
    compareButton.disabled = ticked.size < COMPARE_MIN || ticked.size > COMPARE_MAX;
    compareStatus.textContent = ticked.size ? fill(m.compareTicked, { count: ticked.size }) : m.compareHint;
  }

  function productItem(product: ListedProduct): HTMLLIElement {
    const box = el('input', { type: 'checkbox', value: product.slug, checked: ticked.has(product.slug) });
    box.dataset.compareBox = '';
    box.setAttribute('aria-label', `${m.compareProduct}: ${product.name}`);
    box.addEventListener('change', () => {
      if (box.checked) ticked.add(product.slug);
      else ticked.delete(product.slug);
      showCompare();
    });
    const remove = el('button', { type: 'button', className: 'button--quiet' }, m.remove);
    remove.setAttribute('aria-label', `${m.remove}: ${product.name}`);
    remove.dataset.print = 'hide';
    remove.addEventListener('click', () => save(toggleShortlist(list, product.slug, false)));
    const tools = el('p', { className: 'inquiry-item__tools' }, el('label', {}, box, ` ${m.compareProduct}`), remove);
    tools.dataset.print = 'hide';
    const item = el(
      'li',
      { className: 'inquiry-item' },
      el('a', { href: product.path, className: 'inquiry-item__name' }, product.name),
      el('p', {}, fill(m.moq, { moq: product.moq ?? m.message.moqNotStated })),
      el('p', { className: 'print-only' }, product.url),
      tools,
    );
    item.dataset.slug = product.slug;
    return item;
  }

  function groupSection(group: ReturnType<typeof groupByProducer>[number], index: number): HTMLElement {
    const message = producerMessage(group, m.message, m.lang);
    const id = `producer-${index + 1}`;
    const name = group.producer.name;
    const buttons = el('p', { className: 'inquiry__buttons' });
    buttons.dataset.print = 'hide';
    if (message.email) buttons.append(el('a', { className: 'button', href: message.email }, fill(m.emailProducer, { producer: name })));
    if (message.whatsapp) buttons.append(el('a', { className: 'button button--whatsapp', href: message.whatsapp, rel: 'noopener noreferrer' }, fill(m.whatsappProducer, { producer: name })));
    const section = el(
      'section',
      { className: 'inquiry-group' },
      el('h2', { id }, el('a', { href: group.producer.path }, name)),
      el('ul', { className: 'inquiry-items' }, ...group.products.map(productItem)),
      message.email || message.whatsapp ? buttons : el('p', {}, m.noContact),
    );
    section.setAttribute('aria-labelledby', id);
    section.dataset.producer = group.producer.slug;
    if (message.email || message.whatsapp) section.append(el('p', { className: 'inquiry__note' }, m.messageNote));
    return section;
  }

  let drawing = 0;
  async function draw(): Promise<void> {
    const run = ++drawing;
    const slugs = shortlistSlugs(list);
    const missing = slugs.filter((slug) => !loaded.has(slug));
    if (missing.length) status.textContent = m.loading;
    const { products, failed } = await loadListed(m, missing);
    if (run !== drawing) return; // the list changed again meanwhile
    for (const product of products) loaded.set(product.slug, product);
    shown = slugs.flatMap((slug) => loaded.get(slug) ?? []);
    const groups = groupByProducer(shown);
    status.textContent = shown.length
      ? fill(m.summary, { count: shown.length, producers: fill(m.producers, { count: groups.length }) })
      : m.empty;
    groupsBox.replaceChildren(...groups.map(groupSection));
    if (failed.length) {
      const list = el('ul', {}, ...failed.map((slug) => el('li', {}, slug)));
      groupsBox.append(el('section', { className: 'notice notice--warning' }, el('p', {}, m.unavailable), list));
    }
    bar.hidden = slugs.length === 0;
    for (const button of bar.querySelectorAll<HTMLButtonElement>('[data-list-export], [data-list-print]')) button.disabled = shown.length === 0;
    showCompare();
  }

  compareButton.addEventListener('click', () => {
    const order = shown.map((p) => p.slug).filter((slug) => ticked.has(slug));
    location.assign(`${m.compareHref}?products=${order.join(',')}`);
  });
  bar.querySelector('[data-list-export]')!.addEventListener('click', () => downloadText(m.fileName, inquiryCsv(shown, m.csv)));
  bar.querySelector('[data-list-print]')!.addEventListener('click', () => window.print());
  bar.querySelector('[data-list-clear]')!.addEventListener('click', () => {
    const count = shortlistSlugs(list).length;
    if (count > 0 && window.confirm(fill(m.confirmClear, { count }))) save([]);
  });
  onOtherTabChange((next) => {
    list = next;
    void draw();
  });
  void draw();
}
