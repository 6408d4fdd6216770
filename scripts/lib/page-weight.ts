/**
 * What a page weighs (docs/architecture.md, "Budgets"): its HTML, the stylesheets that block
 * its rendering (every `<link rel="stylesheet">` but the print one) and its scripts with their
 * static imports, raw and gzipped at level 9. Used by the benchmark (scripts/bench.ts) and by
 * the product page budget test (tests/site/page-weight.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { moduleScripts, staticImports } from '~/lib/module-preload';

/** Raw and gzip bytes. */
export type Bytes = [raw: number, gzip: number];

export interface Weight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Stylesheets for print media only: fetched without blocking the screen, so reported apart from the budget. */
  printCss: Bytes;
  /** The page measured: the largest HTML file of its type. */
  path?: string;
}

/** The budgeted gzip bytes of a page: HTML, render-blocking CSS and JS. */
export const budgetGzip = (w: Weight): number => w.html[1] + w.css[1] + w.js[1];

/**
 * HTML, linked CSS and JS of the page at `sitePath` in the build `dist` (raw and gzip bytes), JS including its static imports.
 * Asset addresses are read as paths from the site root (`base` is the build's base path, `/` or `/etalase/`).
 */
export function pageWeight(dist: string, sitePath: string, base = '/'): Weight {
  const read = (rel: string) => readFileSync(path.join(dist, rel.startsWith(base) ? rel.slice(base.length) : rel.replace(/^\//, '')));
  const html = read(path.join(sitePath, 'index.html'));
  const text = html.toString('utf8');
  const sum = (files: Buffer[]): Bytes => [files.reduce((s, f) => s + f.length, 0), files.reduce((s, f) => s + gzipSync(f, { level: 9 }).length, 0)];
  const links = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"( media="print")?/g)];
  const css = links.filter((m) => !m[2]).map((m) => read(m[1]!));
  const printCss = links.filter((m) => m[2]).map((m) => read(m[1]!));
  const scripts = new Set<string>();
  const visit = (src: string) => {
    if (scripts.has(src)) return;
    scripts.add(src);
    for (const imported of staticImports(read(src).toString('utf8'))) visit(path.posix.join(path.posix.dirname(src), imported));
  };
  for (const src of moduleScripts(text)) visit(src);
  return { html: sum([html]), css: sum(css), js: sum([...scripts].map(read)), printCss: sum(printCss) };
}
