/**
 * Writes `_headers` (Netlify / Cloudflare Pages) after the build: the policy of
 * src/lib/security-policy.ts as HTTP headers, with script-src and style-src
 * listing every hash Astro put into the pages' CSP <meta> elements, so the
 * header never blocks what a page's own policy allows.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeadersFile, headerPolicy, headerRules, parseCsp } from '../lib/security-policy';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

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
        for (const file of await htmlFiles(outDir)) {
          const meta = META_CSP.exec(await readFile(file, 'utf8'));
          if (!meta) continue;
          pages++;
          const csp = parseCsp(meta[1]!.replaceAll('&#39;', "'"));
          for (const [kind, directive] of [['script', 'script-src'], ['style', 'style-src']] as const) {
            for (const source of csp.get(directive) ?? []) if (/^'sha(256|384|512)-/.test(source)) hashes[kind].add(source.slice(1, -1));
          }
        }
        await writeFile(path.join(outDir, '_headers'), formatHeadersFile(headerRules(base, headerPolicy(hashes))));
        logger.info(`_headers written (${pages} pages, ${hashes.script.size} script and ${hashes.style.size} style hashes)`);
      },
    },
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}
