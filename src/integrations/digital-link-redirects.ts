/**
 * Writes `_redirects` after the build for hosts that read it (Netlify,
 * Cloudflare Pages): one permanent redirect per GS1 Digital Link page
 * (`/01/<gtin14>/`, src/pages/01/[gtin].astro) to the product page
 * its refresh points at, base path included. Other hosts serve the page itself.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIGITAL_LINK_PATH, formatRedirects, type Forward } from '~/lib/gtin';

const REFRESH = /<meta http-equiv="refresh" content="0; url=([^"]+)"/i;

export default function digitalLinkRedirects(): AstroIntegration {
  let base = '/';
  return {
    name: 'etalase:digital-link-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const forwards: Forward[] = [];
        for (const rel of await digitalLinkPages(outDir)) {
          const target = REFRESH.exec(await readFile(path.join(outDir, rel, 'index.html'), 'utf8'))?.[1];
          if (!target) throw new Error(`${rel}index.html: a GS1 Digital Link page without a refresh to its product page`);
          forwards.push({ from: `${base}${rel}`, to: target.replaceAll('&amp;', '&') });
        }
        await writeFile(path.join(outDir, '_redirects'), formatRedirects(forwards));
        logger.info(`_redirects written (${forwards.length} GS1 Digital Link addresses)`);
      },
    },
  };
}

/** `01/<gtin14>/` folders of the build, relative to it. */
async function digitalLinkPages(outDir: string): Promise<string[]> {
  const entries = await readdir(path.join(outDir, '01'), { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => `01/${entry.name}/`).filter((rel) => DIGITAL_LINK_PATH.test(rel));
}
