/**
 * A minimal static file server for the built site, mounted under a base path
 * like a real host (GitHub Pages project site, sub-folder), on 127.0.0.1 only.
 * Like Netlify and Cloudflare Pages it sends the headers of the build's
 * `_headers` file, so every browser test runs under the real security policy.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { parseHeadersFile, type HeaderRule } from '~/lib/security-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

export interface StaticSite {
  /** Origin plus base, e.g. `http://127.0.0.1:43211/etalase/`. */
  url: string;
  close: () => Promise<void>;
}

/** The headers `_headers` rules give a path: every matching rule's, later rules winning (as Netlify merges them). */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const matches = (pattern: string) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(pathname);
  return Object.assign({}, ...rules.filter((rule) => matches(rule.path)).map((rule) => rule.headers));
}

export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const headersFile = path.join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    for (const [name, value] of Object.entries(headersFor(rules, pathname))) response.setHeader(name, value);
    const notFound = () => {
      const page = path.join(root, '404.html');
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      if (existsSync(page)) createReadStream(page).pipe(response);
      else response.end('Not found');
    };
    if (!pathname.startsWith(prefix)) return notFound();
    let file = path.join(root, pathname.slice(prefix.length));
    if (!file.startsWith(root)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return notFound();
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    // Text is sent gzipped when the browser asks, as every real host does (Lighthouse measures it).
    if (/^(text\/|application\/(json|xml|javascript))|svg/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { 'Content-Type': type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
