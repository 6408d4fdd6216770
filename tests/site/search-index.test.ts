/**
 * What goes into the search index. Result cards show a small picture: every
 * indexed page names its own thumbnail for Pagefind, so results never pull a
 * full-size photo (Pagefind would otherwise take the first image on the page).
 * And Pagefind, which reads only the files it is pointed at, indexes every
 * page that carries a search body.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { expect, it } from 'vitest';
import { INDEXED_PAGES } from '~/integrations/pagefind';
import { FACET_TABLE_FILE, PRODUCER_IDS_FILE, SORT_ORDER_FILE, sortKeys, sortMetaField, sortOptions, type FacetTable } from '~/lib/search-index';
import { allPages, basePath, distDir, fileFor, readDist } from '../helpers/built-site';

it('every indexed page gives Pagefind a thumbnail of at most 40 KB, as text: no hidden image for the browser to fetch', () => {
  const indexed = allPages().filter((p) => p.dom.querySelector('[data-pagefind-body]'));
  expect(indexed.length).toBeGreaterThan(50);
  const bad: string[] = [];
  for (const page of indexed) {
    const src = page.dom.querySelector('[data-pagefind-meta="image"]')?.textContent ?? '';
    const file = src && fileFor(src);
    if (!file) bad.push(`${page.rel}: no thumbnail`);
    else if (statSync(file).size > 40 * 1024) bad.push(`${page.rel}: ${src} is ${statSync(file).size} bytes`);
    if (!page.dom.querySelector('[data-pagefind-meta="image_alt"]')?.textContent?.trim()) bad.push(`${page.rel}: no thumbnail alt text`);
    for (const img of page.dom.querySelectorAll('[hidden] img')) bad.push(`${page.rel}: hidden image ${img.getAttribute('src')} would still be fetched`);
  }
  expect(bad).toEqual([]);
  // And Pagefind takes it: every result's image is such a thumbnail, not the first photo of its page.
  const fragments = readdirSync(path.join(distDir, 'pagefind', 'fragment'));
  expect(fragments.length).toBe(indexed.length);
  for (const name of fragments) {
    const text = gunzipSync(readFileSync(path.join(distDir, 'pagefind', 'fragment', name))).toString('utf8');
    const { url, meta } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: { image?: string; image_alt?: string } };
    const page = indexed.find((p) => p.path === `${basePath.replace(/\/$/, '')}${url}`);
    expect(meta.image, url).toBe(page?.dom.querySelector('[data-pagefind-meta="image"]')?.textContent);
    expect(meta.image_alt, url).toBeTruthy();
  }
});

it('Pagefind reads exactly the pages that carry a search body, in every language', () => {
  const indexed = allPages().filter((p) => p.dom.querySelector('[data-pagefind-body]'));
  // The integration only hands Pagefind the files matching INDEXED_PAGES: a searchable page elsewhere would be missed.
  const outside = indexed.filter((p) => !path.matchesGlob(p.rel, INDEXED_PAGES)).map((p) => p.rel);
  expect(outside).toEqual([]);
  // Every one of them is in the index at its own address, and no other page.
  const urls = readdirSync(path.join(distDir, 'pagefind', 'fragment')).map((name) => `${basePath.replace(/\/$/, '')}${urlOf(name.replace(/\.pf_fragment$/, ''))}`);
  expect(urls.sort()).toEqual(indexed.map((p) => p.path).sort());
  const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
  const byLanguage = Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
  const expected: Record<string, number> = {};
  for (const page of indexed) {
    const lang = page.dom.querySelector('html')?.getAttribute('lang') ?? 'unknown';
    expected[lang] = (expected[lang] ?? 0) + 1;
  }
  expect(byLanguage).toEqual(expected);
});

it('lists, per language, the Pagefind ids of exactly the indexed producer pages (the search splits products and producers by them)', () => {
  const indexed = allPages().filter((p) => p.dom.querySelector('[data-pagefind-body]'));
  const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as { languages: Record<string, unknown> };
  for (const lang of Object.keys(entry.languages)) {
    const ids = JSON.parse(readDist(`pagefind/${PRODUCER_IDS_FILE(lang)}`)) as string[];
    const producers = indexed.filter((p) => p.dom.querySelector('html')?.getAttribute('lang') === lang && /\/producers\/[^/]+\/$/.test(p.path));
    expect(ids.length, lang).toBe(producers.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(`${lang}_`)).toBe(true);
  }
});

it("writes each language's facet table: every indexed page with the facet values its search data names", () => {
  const indexed = allPages().filter((p) => p.dom.querySelector('[data-pagefind-body]'));
  const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as { languages: Record<string, unknown> };
  for (const lang of Object.keys(entry.languages)) {
    const table = JSON.parse(readDist(`pagefind/${FACET_TABLE_FILE(lang)}`)) as FacetTable;
    const pages = Object.values(table.pages).map((indexes) => indexes.map((i) => table.values[i]!).sort());
    const expected = indexed
      .filter((p) => p.dom.querySelector('html')?.getAttribute('lang') === lang)
      .map((p) => p.dom.querySelectorAll('[data-pagefind-filter]').map((e) => e.getAttribute('data-pagefind-filter')!.replace(/\\,/g, ',')).sort());
    expect(pages.length, lang).toBe(expected.length);
    expect(pages.map((tokens) => tokens.join(' ')).sort()).toEqual(expected.map((tokens) => tokens.join(' ')).sort());
  }
});

/** The page URL a Pagefind id stands for, from its fragment (gzipped `pagefind_dcd` + JSON). */
function urlOf(id: string): string {
  const text = gunzipSync(readFileSync(path.join(distDir, 'pagefind', 'fragment', `${id}.pf_fragment`))).toString('utf8');
  return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
}

it("writes each language's sort orders: every indexed product once, in the sort's direction by the value its page states, unstated values last", () => {
  const indexed = allPages().filter((p) => p.dom.querySelector('[data-pagefind-body]'));
  const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as { languages: Record<string, unknown> };
  // Sorting is ours: Pagefind's metadata, loaded by every first search, carries no sort orders.
  expect(indexed.filter((p) => p.dom.querySelector('[data-pagefind-sort]')).map((p) => p.rel)).toEqual([]);
  for (const lang of Object.keys(entry.languages)) {
    const products = indexed.filter((p) => p.dom.querySelector('html')?.getAttribute('lang') === lang && /\/products\/[^/]+\/$/.test(p.path));
    const byPath = new Map(products.map((p) => [p.path, p]));
    for (const key of sortKeys) {
      const order = JSON.parse(readDist(`pagefind/${SORT_ORDER_FILE(key, lang)}`)) as string[];
      const paths = order.map(urlOf);
      expect([...paths].sort(), `${lang} ${key}`).toEqual([...byPath.keys()].sort());
      const values = paths.map((at) => byPath.get(at)!.dom.querySelector(`[data-pagefind-meta="${sortMetaField(key)}"]`)?.text ?? '');
      const stated = values.filter(Boolean);
      expect(values.slice(0, stated.length), `${lang} ${key}: unstated values last`).toEqual(stated);
      const sign = sortOptions[key] === 'asc' ? 1 : -1;
      const compare = key === 'name' ? (a: string, b: string) => a.localeCompare(b, lang, { sensitivity: 'base', numeric: true }) : key === 'verified' ? (a: string, b: string) => a.localeCompare(b) : (a: string, b: string) => Number(a) - Number(b);
      for (let i = 1; i < stated.length; i++) expect(sign * compare(stated[i - 1]!, stated[i]!), `${lang} ${key}: ${stated[i - 1]} before ${stated[i]}`).toBeLessThanOrEqual(0);
    }
  }
});
