/**
 * `<product-compare>`: 2 to 4 products side by side (`/inquiry/compare/?products=a,b,c`,
 * linked from the inquiry list; the address can be shared). Rows come from
 * each product's facts file; rows whose values differ are marked in words and
 * by style. Prints on A4 landscape (the page's print styles).
 */
import { fillTemplate, type Template } from '~/i18n/fill';
import type { FactsLocation } from '~/lib/facts-files';
import { COMPARE_MAX, COMPARE_MIN, slugsParam, compareTable, type ListedProduct } from '~/lib/inquiry-list';
import { el, loadListed } from './listed-products';

interface Messages extends FactsLocation {
  lang: string;
  caption: Template;
  fact: string;
  differs: string;
  missing: string;
  loading: string;
  unavailable: string;
}

class ProductCompare extends HTMLElement {
  connectedCallback(): void {
    void enhance(this);
  }
}

customElements.define('product-compare', ProductCompare);

function table(products: readonly ListedProduct[], m: Messages): HTMLElement {
  const caption = el('caption', { id: 'compare-caption' }, fillTemplate(m.caption, m.lang, { count: products.length }));
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, m.fact),
    ...products.map((p) => el('th', { scope: 'col' }, el('a', { href: p.path }, p.name), el('small', {}, p.producer.name, ' · ', p.region))),
  );
  const bodies = compareTable(products, m.missing).map((group) =>
    el(
      'tbody',
      {},
      el('tr', { className: 'compare__group' }, el('th', { scope: 'colgroup', colSpan: products.length + 1 }, group.title)),
      ...group.rows.map((row) => {
        const label = el('th', { scope: 'row' }, row.label);
        if (row.differs) label.append(' ', el('span', { className: 'compare__differs' }, m.differs));
        const tr = el('tr', {}, label, ...row.values.map((value) => el('td', { className: value === m.missing ? 'compare__missing' : '' }, value)));
        if (row.differs) tr.dataset.differs = '';
        return tr;
      }),
    ),
  );
  const scroll = el('div', { className: 'table-scroll compare__scroll', tabIndex: 0 }, el('table', { className: 'compare' }, caption, el('thead', {}, head), ...bodies));
  scroll.setAttribute('role', 'region');
  scroll.setAttribute('aria-labelledby', 'compare-caption');
  return scroll;
}

async function enhance(root: HTMLElement): Promise<void> {
  const m = JSON.parse(root.dataset.messages ?? '{}') as Messages;
  const status = root.querySelector<HTMLElement>('[data-compare-status]')!;
  const tooFew = root.querySelector<HTMLElement>('[data-compare-too-few]')!;
  const output = root.querySelector<HTMLElement>('[data-compare-table]')!;
  const slugs = slugsParam(new URLSearchParams(location.search).get('products'), COMPARE_MAX);
  if (slugs.length < COMPARE_MIN) {
    tooFew.hidden = false;
    return;
  }
  status.textContent = m.loading;
  const { products, failed } = await loadListed(m, slugs);
  status.textContent = failed.length ? fillTemplate(m.unavailable, m.lang, { slugs: failed.join(', ') }) : '';
  if (products.length < COMPARE_MIN) {
    tooFew.hidden = false;
    return;
  }
  output.replaceChildren(table(products, m));
  const print = root.querySelector<HTMLButtonElement>('[data-compare-print]')!;
  print.hidden = false;
  print.addEventListener('click', () => window.print());
}
