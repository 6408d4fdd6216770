/**
 * The search pages name what their first results wait for in their heads:
 * Pagefind's loader and the chunks their own script imports, as module
 * preloads of files the build has (src/integrations/module-preload.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleScripts, staticImports } from '~/lib/module-preload';
import { basePath, distDir, readDist } from '../helpers/built-site';

const fileOf = (href: string) => path.join(distDir, href.slice(basePath.length));

describe.each(['search/', 'id/search/'])('%s', (page) => {
  it("preloads Pagefind's loader and every chunk its script imports, all files of the build", () => {
    const html = readDist(`${page}index.html`);
    const head = html.slice(0, html.indexOf('</head>'));
    const preloads = [...head.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]!);
    const scripts = moduleScripts(html);
    expect(scripts.length).toBeGreaterThan(0);
    const imported = scripts.flatMap((script) => staticImports(readFileSync(fileOf(script), 'utf8')).map((s) => new URL(s, `http://site${script}`).pathname));
    expect(imported.length, 'the search script shares a chunk with other scripts').toBeGreaterThan(0);
    expect(preloads.sort()).toEqual([`${basePath}pagefind/pagefind.js`, ...imported].sort());
    for (const href of preloads) expect(existsSync(fileOf(href)), href).toBe(true);
  });
});
