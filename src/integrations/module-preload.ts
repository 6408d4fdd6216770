/**
 * After the build, names the chunks that the search pages' script imports as
 * module preloads in those pages' heads (src/lib/module-preload.ts): the
 * search page's first results wait for its script, and Astro does not preload
 * what that script imports. Only the search pages: on the other pages with a
 * script, nothing the first screen shows waits for it.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleScripts, staticImports, withModulePreloads } from '~/lib/module-preload';

/** `base`: the site's base path (`/`, `/etalase`); `pages`: the pages' folders relative to the build (`search/`, `id/search/`). */
export default function modulePreload({ base, pages }: { base: string; pages: string[] }): AstroIntegration {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return {
    name: 'etalase:module-preload',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        /** A site address (base path included) as a file of the build. */
        const fileOf = (href: string) => path.join(outDir, href.slice(prefix.length));
        for (const page of pages) {
          const file = path.join(outDir, page, 'index.html');
          // A build of part of the site (the checker's fixture builds only its home page) may not have it.
          if (!existsSync(file)) {
            logger.info(`${page}: not in this build, nothing to preload`);
            continue;
          }
          const html = await readFile(file, 'utf8');
          const preloads: string[] = [];
          for (const script of moduleScripts(html)) {
            const code = await readFile(fileOf(script), 'utf8');
            for (const specifier of staticImports(code)) preloads.push(new URL(specifier, `http://site${script}`).pathname);
          }
          await writeFile(file, withModulePreloads(html, preloads));
          logger.info(`${page}: ${preloads.length} module preload${preloads.length === 1 ? '' : 's'}`);
        }
      },
    },
  };
}
