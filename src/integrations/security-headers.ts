/**
 * After the build, keeps in each page's CSP <meta> only the hashes of that
 * page's own inline scripts and styles (withOwnHashes: Astro lists every hash
 * of the build on every page), then writes `_headers` (Netlify / Cloudflare
 * Pages): the policy of src/lib/security-policy.ts as HTTP headers, with
 * script-src and style-src listing every hash the pages' <meta> elements keep,
 * so the header never blocks what a page's own policy allows.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeadersFile, headerPolicy, headerRules, withOwnHashes } from '~/lib/security-policy';

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'etalase:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const hashes = { script: new Set<string>(), style: new Set<string>() };
        let pages = 0;
        let trimmed = 0;
        const files = await htmlFiles(outDir);
        // A batch of pages at a time: at 10,000 products the whole site's pages were a gigabyte.
        for (let i = 0; i < files.length; i += READ_BATCH) {
          await Promise.all(
            files.slice(i, i + READ_BATCH).map(async (file) => {
              const html = await readFile(file, 'utf8');
              const own = withOwnHashes(html);
              if (!own) return;
              pages++;
              for (const hash of own.script) hashes.script.add(hash);
              for (const hash of own.style) hashes.style.add(hash);
              if (own.html !== html) {
                trimmed++;
                await writeFile(file, own.html);
              }
            }),
          );
        }
        await writeFile(path.join(outDir, '_headers'), formatHeadersFile(headerRules(base, headerPolicy(hashes))));
        logger.info(`_headers written (${pages} pages, ${hashes.script.size} script and ${hashes.style.size} style hashes; hashes no inline element of the page uses dropped from ${trimmed} pages)`);
      },
    },
  };
}

const READ_BATCH = 32;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}
