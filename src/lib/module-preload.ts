/**
 * Module preloads for a page's own scripts. A module script's static imports
 * (the chunks the bundler shares between scripts) are only found once the
 * script itself has arrived: a round trip more before it runs. Naming them in
 * the page's head lets the browser fetch them beside the script.
 */

/** The relative static imports of a bundled module (`import{a}from"./fill.X.js"`, `import"./x.js"`), in order. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/\bimport\s*(?:[\w*${}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) found.add(match[1]!);
  return [...found];
}

/** The `src` of the page's module scripts served from the site itself (not inline, not another origin). */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="(\/[^"]*)"/g)].map((match) => match[1]!);
}

/** The page with one `<link rel="modulepreload">` per address, at the end of its head; unchanged for none. */
export function withModulePreloads(html: string, hrefs: string[]): string {
  if (hrefs.length === 0) return html;
  if (!html.includes('</head>')) throw new Error('a page without </head>: nowhere to name its module preloads');
  return html.replace('</head>', `${hrefs.map((href) => `<link rel="modulepreload" href="${href}">`).join('')}</head>`);
}
