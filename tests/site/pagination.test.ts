/**
 * Long lists are paginated (docs/architecture.md, "Pages and URLs"), on the seed catalogue's build:
 * the /products/ hub previews each category instead of listing every product,
 * and every list, read page by page through its "next" links, shows each of its
 * products or producers exactly once. Lists longer than one page are tested on
 * a generated catalogue in tests/browser/pagination.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_SIZE, pageCount } from '~/lib/pagination';
import { listed, page, pageAt, requireDist, textOf } from '../helpers/built-site';
import { entries, labelIn, localeCodes, pathIn, taxonomy, type Locale } from '../helpers/catalogue';
import { CARD_LINKS, repeated, walkList } from '../helpers/pagination';

beforeAll(requireDist);

const load = (sitePath: string) => pageAt(sitePath)?.dom;
const producers = entries('producers');
const producerOf = new Map(producers.map((p) => [p.slug, p.data]));
const products = entries('products').map((p) => ({ slug: p.slug, category: p.data.category as string, producer: producerOf.get(p.data.producer)! }));

/** Where a list must show exactly `slugs` (of `collection`) across its pages; returns the problems. */
function checkList(locale: Locale, first: string[], collection: 'products' | 'producers', slugs: string[]): string[] {
  const where = pathIn(locale, ...first);
  const { pages, items } = walkList(where, load);
  const expected = slugs.map((slug) => pathIn(locale, collection, slug)).sort();
  const problems: string[] = [];
  if (pages.length !== pageCount(slugs.length)) problems.push(`${where}: ${pages.length} pages for ${slugs.length} ${collection}`);
  const twice = repeated(items);
  if (twice.length) problems.push(`${where}: listed more than once: ${twice.join(', ')}`);
  const missing = expected.filter((p) => !items.includes(p));
  const extra = [...new Set(items)].filter((p) => !expected.includes(p));
  if (missing.length) problems.push(`${where}: missing ${missing.join(', ')}`);
  if (extra.length) problems.push(`${where}: not in this list ${extra.join(', ')}`);
  return problems;
}

describe('the /products/ hub', () => {
  it.each(localeCodes)('previews each category and links to all its products, instead of listing every product (%s)', (locale) => {
    const hub = page(pathIn(locale, 'products'));
    const problems: string[] = [];
    expect(hub.dom.querySelectorAll(CARD_LINKS).length).toBeLessThan(products.length);
    for (const category of taxonomy('categories')) {
      const count = products.filter((p) => p.category === category.id).length;
      if (!count) continue;
      const section = hub.dom.querySelector(`section[aria-labelledby="cat-${category.id}"]`);
      if (!section) {
        problems.push(`no section for ${category.id}`);
        continue;
      }
      const cards = section.querySelectorAll('.card__title a').length;
      if (cards !== Math.min(count, PREVIEW_SIZE)) problems.push(`${category.id}: ${cards} cards for ${count} products`);
      const all = section.querySelectorAll('.more-link a').find((a) => a.getAttribute('href') === pathIn(locale, 'categories', category.id));
      if (!all || !textOf(all).includes(String(count)) || !textOf(all).includes(labelIn(category, locale))) {
        problems.push(`${category.id}: no link "${count} … ${labelIn(category, locale)}" to the category, found ${JSON.stringify(textOf(all))}`);
      }
    }
    expect(problems, listed(problems, 'hub problems')).toEqual([]);
  });
});

describe('lists, page by page', () => {
  it.each(localeCodes)('every category lists each of its products exactly once (%s)', (locale) => {
    const problems = taxonomy('categories').flatMap((c) =>
      checkList(locale, ['categories', c.id], 'products', products.filter((p) => p.category === c.id).map((p) => p.slug)),
    );
    expect(problems, listed(problems, 'category list problems')).toEqual([]);
  });

  it.each(localeCodes)('every region and cluster lists each of its producers and products exactly once (%s)', (locale) => {
    const problems: string[] = [];
    for (const [place, key] of [['regions', 'region'], ['clusters', 'cluster']] as const) {
      for (const entry of entries(place)) {
        const ownProducers = producers.filter((p) => p.data[key] === entry.slug).map((p) => p.slug);
        const ownProducts = products.filter((p) => p.producer[key] === entry.slug).map((p) => p.slug);
        if (ownProducers.length) problems.push(...checkList(locale, [place, entry.slug, 'producers'], 'producers', ownProducers));
        if (ownProducts.length) problems.push(...checkList(locale, [place, entry.slug, 'products'], 'products', ownProducts));
        // The place's own page previews both lists and links to them.
        const links = page(pathIn(locale, place, entry.slug)).dom.querySelectorAll('.more-link a').map((a) => a.getAttribute('href'));
        for (const [list, count] of [['producers', ownProducers.length], ['products', ownProducts.length]] as const) {
          if (count && !links.includes(pathIn(locale, place, entry.slug, list))) problems.push(`${pathIn(locale, place, entry.slug)}: no link to its ${list}`);
        }
      }
    }
    expect(problems, listed(problems, 'region and cluster list problems')).toEqual([]);
  });

  it.each(localeCodes)('/producers/ lists every producer exactly once (%s)', (locale) => {
    const problems = checkList(locale, ['producers'], 'producers', producers.map((p) => p.slug));
    expect(problems, listed(problems, 'producer list problems')).toEqual([]);
  });

  it.each(localeCodes)('an association lists each of its member producers exactly once (%s)', (locale) => {
    const problems = entries('associations').flatMap((a) =>
      checkList(locale, ['associations', a.slug], 'producers', producers.filter((p) => (p.data.associations ?? []).includes(a.slug)).map((p) => p.slug)),
    );
    expect(problems, listed(problems, 'association list problems')).toEqual([]);
  });
});
