/**
 * Builds the Pagefind search index right after `astro build`, from the HTML in
 * the output directory: one index per `<html lang>`, only content inside
 * `data-pagefind-body` (catalogue entries), written to `<outDir>/pagefind/`.
 * Only product and producer pages carry that body, so Pagefind reads only them:
 * parsing every listing page too cost seconds at 10,000 products.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { PRODUCER_IDS_FILE } from '../lib/search-index';

/** The pages that carry `data-pagefind-body`, in every locale (`/products/<slug>/`, `/id/products/<slug>/`…). */
export const INDEXED_PAGES = '**/{products,producers}/*/index.html';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'etalase:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const indexed = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
          if (indexed.errors.length) throw new Error(`Pagefind indexing failed: ${indexed.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          writeProducerIds(path.join(outDir, 'pagefind'));
          logger.info(`Indexed ${indexed.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * Writes, per language, the Pagefind ids of the producer pages (`["en_0186096", …]`),
 * so the search page splits an unfiltered search into products and producers
 * without a filter (see `searchTypes`). Pagefind names each page's fragment by
 * its id and stores it gzipped, as `pagefind_dcd` followed by JSON with the URL.
 */
export function writeProducerIds(bundle: string): void {
  const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  const byLanguage = new Map<string, string[]>(Object.keys(entry.languages).map((lang) => [lang, []]));
  for (const file of readdirSync(path.join(bundle, 'fragment')).sort()) {
    const id = file.replace(/\.pf_fragment$/, '');
    const text = gunzipSync(readFileSync(path.join(bundle, 'fragment', file))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    if (!/\/producers\/[^/]+\/$/.test(url)) continue;
    const lang = id.slice(0, id.lastIndexOf('_'));
    byLanguage.get(lang)?.push(id) ?? byLanguage.set(lang, [id]);
  }
  for (const [lang, ids] of byLanguage) writeFileSync(path.join(bundle, PRODUCER_IDS_FILE(lang)), JSON.stringify(ids));
}
