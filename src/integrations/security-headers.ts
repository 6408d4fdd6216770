/**
 * Writes `_headers` (Netlify / Cloudflare Pages) after the build: the policy of
 * src/lib/security-policy.ts as HTTP headers, with script-src and style-src
 * listing every hash the pages' CSP <meta> elements keep (each keeps the hashes
 * of its own inline scripts and styles: src/middleware.ts), so the header never
 * blocks what a page's own policy allows.
 */
import type { AstroIntegration } from 'astro';
import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeadersFile, hashSources, headerPolicy, headerRules, metaPolicy, parseCsp } from '~/lib/security-policy';

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
        const files = await htmlFiles(outDir);
        // Files are read a batch at a time, only up to </head>, and each head is let go once its hashes are
        // taken: at 10,000 products whole pages were a gigabyte, and all the heads together 200 MB.
        for (let i = 0; i < files.length; i += READ_BATCH) {
          for (const head of await Promise.all(files.slice(i, i + READ_BATCH).map(headOf))) {
            const policy = metaPolicy(head);
            if (policy === undefined) continue;
            pages++;
            const csp = parseCsp(policy);
            for (const [kind, directive] of [['script', 'script-src'], ['style', 'style-src']] as const) {
              for (const hash of hashSources(csp.get(directive) ?? [])) hashes[kind].add(hash);
            }
          }
        }
        await writeFile(path.join(outDir, '_headers'), formatHeadersFile(headerRules(base, headerPolicy(hashes))));
        logger.info(`_headers written (${pages} pages, ${hashes.script.size} script and ${hashes.style.size} style hashes)`);
      },
    },
  };
}

const READ_BATCH = 32;
// A page's head is about 6 KB; a longer one is read whole.
const HEAD_BYTES = 16 * 1024;

/** The start of an HTML file up to its </head> (the whole file when the head is longer than HEAD_BYTES). */
async function headOf(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const buffer = Buffer.allocUnsafe(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const start = buffer.subarray(0, bytesRead).toString('utf8');
    const end = start.indexOf('</head>');
    if (end >= 0 || bytesRead < HEAD_BYTES) return end >= 0 ? start.slice(0, end) : start;
  } finally {
    await handle.close();
  }
  return readFile(file, 'utf8');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}
