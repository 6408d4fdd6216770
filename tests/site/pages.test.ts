/**
 * Every catalogue entry and taxonomy term has a page in every locale, headed by
 * its name in that locale and showing its summary in the language it is written in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, listed, mainText, pageAt, requireDist, textOf } from '../helpers/built-site';
import {
  collapse,
  entries,
  entryCollections,
  isTranslated,
  labelIn,
  langOf,
  localeCodes,
  nameIn,
  pathIn,
  proseIn,
  taxonomy,
} from '../helpers/catalogue';

beforeAll(requireDist);

describe('entry pages', () => {
  it.each(entryCollections)('every %s entry has a page per locale with its name as the h1 and its summary', (collection) => {
    const problems: string[] = [];
    for (const entry of entries(collection)) {
      for (const locale of localeCodes) {
        const where = pathIn(locale, collection, entry.slug);
        const page = pageAt(where);
        if (!page) {
          problems.push(`${where}: missing`);
          continue;
        }
        const h1s = page.dom.querySelectorAll('h1');
        const expected = collapse(nameIn(entry, locale));
        if (h1s.length !== 1 || textOf(h1s[0]) !== expected) {
          problems.push(`${where}: h1 ${JSON.stringify(h1s.map((h) => textOf(h)))}, expected "${expected}"`);
        }
        if (attr(page.dom.querySelector('html'), 'lang') !== langOf(locale)) problems.push(`${where}: <html lang> is not "${langOf(locale)}"`);
        // A missing translation shows the default locale's summary (with a notice, see hreflang.test.ts).
        const summary = collapse(proseIn(entry, locale, 'summary') ?? '');
        if (!mainText(page).includes(summary)) {
          problems.push(`${where}: summary ${isTranslated(entry, locale) ? `from the ${locale} translation` : '(fallback)'} not shown: "${summary.slice(0, 60)}…"`);
        }
      }
    }
    expect(problems, listed(problems, `problems with ${collection} pages`)).toEqual([]);
  });
});

describe('taxonomy pages', () => {
  it.each(['categories', 'certificates'] as const)('every term of %s has a page per locale headed by its label', (name) => {
    const problems: string[] = [];
    for (const term of taxonomy(name)) {
      for (const locale of localeCodes) {
        const where = pathIn(locale, name, term.id);
        const page = pageAt(where);
        if (!page) {
          problems.push(`${where}: missing`);
          continue;
        }
        const h1s = page.dom.querySelectorAll('h1').map((h) => textOf(h));
        if (h1s.length !== 1 || h1s[0] !== collapse(labelIn(term, locale))) problems.push(`${where}: h1 ${JSON.stringify(h1s)}, expected "${labelIn(term, locale)}"`);
      }
    }
    expect(problems, listed(problems, `problems with ${name} pages`)).toEqual([]);
  });
});

describe('site pages', () => {
  // docs/architecture.md, "Pages and URLs": the same set in every locale. The retail partners' page
  // (`for-retailers`) belongs to the open buyer/retail issue and joins this list with it.
  const sections = ['', 'products', 'producers', 'regions', 'clusters', 'categories', 'certificates', 'associations', 'news', 'for-buyers', 'for-retailers', 'search', 'about'];

  it('home, indexes, guides, search and about exist in every locale', () => {
    const missing = localeCodes.flatMap((locale) => sections.map((s) => pathIn(locale, s)).filter((p) => !pageAt(p)));
    expect(missing, listed(missing, 'pages missing')).toEqual([]);
  });
});

describe('producer and product cross-links', () => {
  const productsOf = (producer: string) => entries('products').filter((p) => p.data.producer === producer).map((p) => p.slug).sort();
  const linkedProducts = (sitePath: string, section: string, locale: (typeof localeCodes)[number]) => {
    const links = pageAt(sitePath)?.dom.querySelectorAll(`section[aria-labelledby="${section}"] a[href]`) ?? [];
    const prefix = pathIn(locale, 'products');
    return [...new Set(links.map((a) => attr(a, 'href') ?? '').filter((href) => href.startsWith(prefix)).map((href) => href.slice(prefix.length).replace(/\/$/, '')))].sort();
  };

  it('every producer page lists exactly its own products, in every locale', () => {
    const problems: string[] = [];
    for (const producer of entries('producers')) {
      for (const locale of localeCodes) {
        const found = linkedProducts(pathIn(locale, 'producers', producer.slug), 'products', locale);
        const expected = productsOf(producer.slug);
        if (found.join() !== expected.join()) problems.push(`${pathIn(locale, 'producers', producer.slug)}: lists [${found}], expected [${expected}]`);
      }
    }
    expect(problems, listed(problems, 'producer pages')).toEqual([]);
  });

  it("every product page shows the producer's other products under 'more from this producer'", () => {
    const problems: string[] = [];
    for (const product of entries('products')) {
      const expected = productsOf(product.data.producer).filter((slug) => slug !== product.slug);
      for (const locale of localeCodes) {
        const found = linkedProducts(pathIn(locale, 'products', product.slug), 'more', locale);
        if (found.join() !== expected.join()) problems.push(`${pathIn(locale, 'products', product.slug)}: shows [${found}], expected [${expected}]`);
      }
    }
    expect(problems, listed(problems, 'product pages')).toEqual([]);
    expect(entries('products').some((p) => productsOf(p.data.producer).length > 1)).toBe(true);
  });
});
