/**
 * Builds the Pagefind search index right after `astro build`, from the HTML in
 * the output directory: one index per `<html lang>`, only content inside
 * `data-pagefind-body` (catalogue entries), written to `<outDir>/pagefind/`.
 * Only product and producer pages carry that body, so Pagefind reads only them:
 * parsing every listing page too cost seconds at 10,000 products.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { FACET_TABLE_FILE, PRODUCER_IDS_FILE, SORT_ORDER_FILE, sortKeys, sortMetaField, sortOrders, type FacetTable, type SortKey } from '~/lib/search-index';

/** The pages that carry `data-pagefind-body`, in every locale (`/products/<slug>/`, `/id/products/<slug>/`…). */
export const INDEXED_PAGES = '**/{products,producers}/*/index.html';

/**
 * Two integrations: `index` starts Pagefind as soon as the pages are written,
 * and `written` waits for it. Pagefind runs in its own process, so the other
 * integrations' post-build steps listed between the two (sitemap, headers, data
 * files) run while it indexes: put `index` first and `written` last.
 */
export default function pagefindIntegration(): { index: AstroIntegration; written: AstroIntegration } {
  let indexing: Promise<string> | undefined;
  return {
    index: {
      name: 'etalase:pagefind',
      hooks: {
        'astro:build:done': ({ dir }) => {
          indexing = buildIndex(fileURLToPath(dir));
          // Awaited in `written`; until then a failure must not end the process as an unhandled rejection.
          indexing.catch(() => {});
        },
      },
    },
    written: {
      name: 'etalase:pagefind-written',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!indexing) throw new Error('The Pagefind index was never started: list the `index` integration of pagefind() before `written`.');
          logger.info(await indexing);
        },
      },
    },
  };
}

/** Indexes the built pages and writes the index and the search tables; says how many pages and how long. */
async function buildIndex(outDir: string): Promise<string> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const indexed = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
    if (indexed.errors.length) throw new Error(`Pagefind indexing failed: ${indexed.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    // The pages the index holds, as the search tables list them: Pagefind's own count from addDirectory also has
    // the ones it read and then left out.
    const pages = writeSearchTables(path.join(outDir, 'pagefind'));
    return `Indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`;
  } finally {
    await pagefind.close();
  }
}

/**
 * Writes, per language, beside the index: the Pagefind ids of the producer pages
 * (`PRODUCER_IDS_FILE`), so the search page splits an unfiltered search into
 * products and producers without a filter; the facet table (`FACET_TABLE_FILE`)
 * it counts facet values with; and the products' order for each sort
 * (`SORT_ORDER_FILE`). Pagefind names each page's fragment by its id and stores
 * it gzipped, as `pagefind_dcd` followed by JSON with the URL, the page's
 * filters and its meta fields (where a product's sort keys are). Returns how
 * many pages the tables list: every page in the index.
 */
export function writeSearchTables(bundle: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  const languages = new Map(
    Object.keys(entry.languages).map((lang) => [
      lang,
      { producers: [] as string[], products: [] as { id: string; sorts: Partial<Record<SortKey, string>> }[], values: new Map<string, number>(), pages: {} as FacetTable['pages'] },
    ]),
  );
  const fragments = path.join(bundle, 'fragment');
  for (const file of existsSync(fragments) ? readdirSync(fragments).sort() : []) {
    const id = file.replace(/\.pf_fragment$/, '');
    const text = gunzipSync(readFileSync(path.join(bundle, 'fragment', file))).toString('utf8');
    const { url, filters, meta } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; filters: Record<string, string[]>; meta: Record<string, string> };
    const language = languages.get(id.slice(0, id.lastIndexOf('_')));
    if (!language) continue;
    if (/\/producers\/[^/]+\/$/.test(url)) language.producers.push(id);
    else language.products.push({ id, sorts: Object.fromEntries(sortKeys.map((key) => [key, meta[sortMetaField(key)]])) });
    language.pages[id] = Object.entries(filters)
      .flatMap(([key, values]) => values.map((value) => `${key}:${value}`))
      .map((token) => language.values.get(token) ?? language.values.set(token, language.values.size).get(token)!)
      .sort((a, b) => a - b);
  }
  for (const [lang, { producers, products, values, pages }] of languages) {
    writeFileSync(path.join(bundle, PRODUCER_IDS_FILE(lang)), JSON.stringify(producers));
    for (const [key, order] of Object.entries(sortOrders(products, lang))) writeFileSync(path.join(bundle, SORT_ORDER_FILE(key as SortKey, lang)), JSON.stringify(order));
    const table: FacetTable = { values: [...values.keys()], pages };
    writeFileSync(path.join(bundle, FACET_TABLE_FILE(lang)), JSON.stringify(table));
  }
  return [...languages.values()].reduce((sum, { pages }) => sum + Object.keys(pages).length, 0);
}
