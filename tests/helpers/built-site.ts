/**
 * Reading the built site: where it is, every HTML page parsed once, and how a
 * URL on the site maps to a file in it.
 *
 * The site is read from `dist/` (built by `npm test` before Vitest runs) or from
 * `ETALASE_DIST`. `SITE_URL` and `BASE_PATH` follow the same rule as
 * astro.config.mjs, so a build for a sub-path is tested with the same env.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const distDir = path.resolve(process.env.ETALASE_DIST || path.join(projectRoot, 'dist'));

/** The configured origin, e.g. `https://etalase.example.org`. */
export const siteOrigin = new URL(process.env.SITE_URL || 'https://etalase.example.org').origin;
/** The configured base path, always with slashes on both ends: `/` or `/etalase/`. */
export const basePath = `/${(process.env.BASE_PATH || '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** Absolute URL of a site path (one that already includes the base). */
export const absolute = (sitePath: string): string => new URL(sitePath, siteOrigin).href;

export function requireDist(): void {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir} (index.html missing): run npm run build first, or point ETALASE_DIST at a build.`);
  }
}

export function distFile(rel: string): string {
  return path.join(distDir, rel);
}

export function readDist(rel: string): string {
  requireDist();
  const file = distFile(rel);
  if (!existsSync(file)) throw new Error(`${rel} is missing from the build in ${distDir}`);
  return readFileSync(file, 'utf8');
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? walk(full) : [full];
  });
}

export interface Page {
  /** The URL path the page is served at, base included: `/id/products/x/`, `/404.html`. */
  path: string;
  /** Path of the file relative to dist/, with forward slashes. */
  rel: string;
  dom: HTMLElement;
}

let cache: Map<string, Page> | undefined;

function load(): Map<string, Page> {
  if (!cache) {
    requireDist();
    cache = new Map();
    for (const file of walk(distDir).filter((f) => f.endsWith('.html')).sort()) {
      const rel = path.relative(distDir, file).split(path.sep).join('/');
      if (rel.startsWith('admin/')) continue; // the editors' CMS, not a page of the site (tests/site/admin.test.ts)
      const urlPath = `${basePath}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
      cache.set(urlPath, { path: urlPath, rel, dom: parse(readFileSync(file, 'utf8')) });
    }
  }
  return cache;
}

/** Every HTML page in the build, each parsed once per test file. */
export function allPages(): Page[] {
  return [...load().values()];
}

/** The page served at a site path (`/products/x/`), if the build has one. */
export function pageAt(sitePath: string): Page | undefined {
  return load().get(sitePath);
}

/** Like pageAt, but a missing page is an error naming the path. */
export function page(sitePath: string): Page {
  const found = pageAt(sitePath);
  if (!found) throw new Error(`No page at ${sitePath} in ${distDir}`);
  return found;
}

export const is404 = (p: Page): boolean => /(^|\/)404\.html$/.test(p.rel);

/**
 * The file in dist/ that a site path is served from, or undefined. `/x/` is
 * `x/index.html`; `/x.xml` is `x.xml`. A directory without a trailing slash
 * does not count: the site is built with `trailingSlash: 'always'`.
 */
export function fileFor(sitePath: string): string | undefined {
  if (!sitePath.startsWith(basePath)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(sitePath.slice(basePath.length));
  } catch {
    return undefined;
  }
  const file = path.join(distDir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
  if (!file.startsWith(distDir)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The path of an absolute URL on the site's origin; undefined for other origins or non-URLs. */
export function sitePathOf(href: string): string | undefined {
  try {
    const url = new URL(href);
    return url.origin === siteOrigin ? url.pathname : undefined;
  } catch {
    return undefined;
  }
}

/** Text of an element with whitespace collapsed, entities decoded. */
export function textOf(el: HTMLElement | null | undefined): string {
  return (el?.text ?? '').replace(/\s+/g, ' ').trim();
}

/** The visible content area of a page: `<main>`, or the body when a page has none. */
export function mainText(p: Page): string {
  return textOf(p.dom.querySelector('main') ?? p.dom.querySelector('body'));
}

export const attr = (el: HTMLElement | null | undefined, name: string): string | undefined => el?.getAttribute(name) ?? undefined;

export interface Alternate {
  hreflang: string;
  href: string;
}

export function alternatesOf(p: Page): Alternate[] {
  return p.dom
    .querySelectorAll('link[rel="alternate"][hreflang]')
    .map((l) => ({ hreflang: l.getAttribute('hreflang') ?? '', href: l.getAttribute('href') ?? '' }));
}

export function canonicalsOf(p: Page): string[] {
  return p.dom.querySelectorAll('link[rel="canonical"]').map((l) => l.getAttribute('href') ?? '');
}

export type JsonLdBlock = { ok: true; value: Record<string, any> } | { ok: false; error: string; raw: string };

export function jsonLdOf(p: Page): JsonLdBlock[] {
  return p.dom.querySelectorAll('script[type="application/ld+json"]').map((s) => {
    const raw = s.rawText;
    try {
      const value: unknown = JSON.parse(raw);
      return value && typeof value === 'object' && !Array.isArray(value)
        ? { ok: true, value: value as Record<string, any> }
        : { ok: false, error: 'not a JSON object', raw };
    } catch (error) {
      return { ok: false, error: (error as Error).message, raw };
    }
  });
}

/** The parsed JSON-LD objects of a page of one @type. */
export function jsonLdOfType(p: Page, type: string): Record<string, any>[] {
  return jsonLdOf(p).flatMap((b) => (b.ok && b.value['@type'] === type ? [b.value] : []));
}

/** URLs in a `srcset` attribute (`a.webp 400w, b.webp 800w`), per the HTML candidate syntax. */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) return urls;
    const url = /^\S+/.exec(rest)![0];
    // A URL's trailing commas separate candidates when no descriptor follows.
    urls.push(url.replace(/,+$/, ''));
    rest = rest.slice(url.length);
    if (!url.endsWith(',')) rest = rest.replace(/^[^,]*/, '');
  }
}

/** Formats a list of problems for an assertion message, one per line. */
export function listed(problems: string[], what: string): string {
  return `${problems.length} ${what}:\n  ${problems.join('\n  ')}`;
}
