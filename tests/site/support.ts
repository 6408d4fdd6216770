/** Reading the built site: every HTML page parsed once, paths mapped to files in dist/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const root = path.resolve(import.meta.dirname, '../..');
export const dist = process.env.ETALASE_DIST ?? path.join(root, 'dist');
export const site = new URL(process.env.SITE_URL || 'https://etalase.example.org');
export const base = process.env.BASE_PATH || '/';

export function requireDist(): void {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run npm run build first`);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export interface Page {
  /** Site-relative URL path, e.g. `/id/products/x/`. */
  url: string;
  file: string;
  dom: HTMLElement;
}

let pages: Page[] | undefined;

/** Every HTML page in dist/, parsed once. */
export function allPages(): Page[] {
  if (!pages) {
    requireDist();
    pages = walk(dist)
      .filter((f) => f.endsWith('.html'))
      .map((file) => {
        const rel = path.relative(dist, file).split(path.sep).join('/');
        const url = `${base}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
        return { url, file, dom: parse(readFileSync(file, 'utf8')) };
      });
  }
  return pages;
}

export function pageAt(urlPath: string): Page | undefined {
  return allPages().find((p) => p.url === urlPath);
}

/**
 * The file in dist/ a same-site URL path points at, or undefined when none exists
 * (`/x/` → `x/index.html`; `/x.xml` → `x.xml`).
 */
export function fileFor(urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const rel = decodeURIComponent(urlPath.slice(base.length));
  const candidates = rel === '' || rel.endsWith('/') ? [path.join(dist, rel, 'index.html')] : [path.join(dist, rel), path.join(dist, rel, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Path of a same-origin absolute URL, or undefined for other origins. */
export function sitePath(href: string): string | undefined {
  const url = new URL(href, site);
  return url.origin === site.origin ? url.pathname : undefined;
}
