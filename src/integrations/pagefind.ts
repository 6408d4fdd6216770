/**
 * Builds the Pagefind search index right after `astro build`, from the HTML in
 * the output directory: one index per `<html lang>`, only content inside
 * `data-pagefind-body` (catalogue entries), written to `<outDir>/pagefind/`.
 * Only product and producer pages carry that body, so Pagefind reads only them:
 * parsing every listing page too cost seconds at 10,000 products.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

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
          logger.info(`Indexed ${indexed.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
