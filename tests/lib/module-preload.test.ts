import { describe, expect, it } from 'vitest';
import { moduleScripts, staticImports, withModulePreloads } from '~/lib/module-preload';

describe('module preloads', () => {
  it("finds a bundled module's relative static imports, not its dynamic ones or other origins'", () => {
    const code = 'import{t as e}from"./fill.CNZKyIOc.js";import"./side.A1.js";import { x } from \'../up.B2.js\';const m=import(`${b}pagefind.js`);import"https://cdn.example.com/x.js";';
    expect(staticImports(code)).toEqual(['./fill.CNZKyIOc.js', './side.A1.js', '../up.B2.js']);
    expect(staticImports('const a = 1;')).toEqual([]);
  });

  it("lists the page's own module scripts, not inline ones or JSON-LD", () => {
    const html = '<script type="application/ld+json">{}</script><script type="module" src="/etalase/_astro/search.X.js"></script><script type="module">inline()</script><script src="/plain.js"></script>';
    expect(moduleScripts(html)).toEqual(['/etalase/_astro/search.X.js']);
  });

  it('names each preload at the end of the head, and leaves a page with none unchanged', () => {
    const html = '<html><head><title>t</title></head><body></body></html>';
    expect(withModulePreloads(html, ['/_astro/fill.X.js'])).toBe('<html><head><title>t</title><link rel="modulepreload" href="/_astro/fill.X.js"></head><body></body></html>');
    expect(withModulePreloads(html, [])).toBe(html);
    expect(() => withModulePreloads('<p>no head</p>', ['/a.js'])).toThrow(/<\/head>/);
  });
});
