import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CACHE_IMMUTABLE } from '~/lib/cache-policy';
import { formatHeadersFile, headerPolicy, headerRules, parseCsp, parseHeadersFile, withOwnPolicy } from '~/lib/security-policy';

describe('security policy', () => {
  it('puts the pages’ hashes into script-src and style-src, once each and sorted, and adds frame-ancestors', () => {
    const policy = parseCsp(headerPolicy({ script: ['sha256-b', 'sha256-a', 'sha256-a'], style: ['sha256-s'] }));
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-a'", "'sha256-b'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'sha256-s'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(['https://www.youtube-nocookie.com', 'https://player.vimeo.com']);
  });

  it('writes _headers rules under the base path and reads them back unchanged', () => {
    const rules = headerRules('/etalase/', "default-src 'self'");
    expect(rules.map((r) => r.path)).toEqual([
      '/etalase/*',
      '/etalase/_astro/*',
      '/etalase/pagefind/fragment/*',
      '/etalase/pagefind/index/*',
      '/etalase/pagefind/filter/*',
      '/etalase/admin/*',
    ]);
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
    expect(headerRules('/', 'x')[0]!.path).toBe('/*');
  });

  it('sets one Cache-Control per path: hosts join the headers of every rule a path matches', () => {
    const rules = headerRules('/', 'x');
    const matches = (pattern: string, url: string) => (pattern.endsWith('*') ? url.startsWith(pattern.slice(0, -1)) : url === pattern);
    const cacheRules = (url: string) => rules.filter((rule) => 'Cache-Control' in rule.headers && matches(rule.path, url));
    for (const url of ['/_astro/a.B1c2.css', '/pagefind/fragment/en_3f2a.pf_fragment', '/pagefind/index/en_9c.pf_index', '/pagefind/filter/id_1.pf_filter', '/admin/index.html']) {
      expect(cacheRules(url), url).toHaveLength(1);
    }
    expect(cacheRules('/pagefind/fragment/en_3f2a.pf_fragment')[0]!.headers['Cache-Control']).toBe(CACHE_IMMUTABLE);
    // The entry file names the current metadata: never kept past a deploy.
    for (const url of ['/pagefind/pagefind-entry.json', '/pagefind/pagefind.js', '/products/kemplang/']) expect(cacheRules(url), url).toEqual([]);
  });

  it('names the line of a _headers file it cannot read', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/*\n  not a header\n')).toThrow(/line 2/);
  });

  it('keeps in a page’s CSP <meta> only the hashes of its own inline scripts and styles', () => {
    const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
    const used = sha('go()');
    const meta = (script: string, style: string) => `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src ${script}; style-src ${style};">`;
    const page = (head: string) => `<html><head>${head}<script type="module" src="/_astro/a.js"></script></head><body><script>go()</script></body></html>`;
    const own = withOwnPolicy(page(meta(`'self' '${sha('other()')}' '${used}'`, `'self' '${sha('')}'`)));
    expect(own?.html).toBe(page(meta(`'self' '${used}'`, "'self'")));
    expect(own?.script).toEqual([used]);
    expect(own?.style).toEqual([]);
    expect(withOwnPolicy('<html><head></head></html>')).toBeUndefined();
  });

  it('leaves out of a page’s CSP <meta> what its fallback says already, and frames on a page without one', () => {
    const policy = (content: string) => `<meta http-equiv="content-security-policy" content="${content}">`;
    const site = "default-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';worker-src 'self';frame-src https://www.youtube-nocookie.com;object-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';";
    // worker-src falls back to script-src, which differs: it stays.
    expect(withOwnPolicy(`<html><head>${policy(site)}</head><body></body></html>`)?.html).toBe(
      `<html><head>${policy("default-src 'self';img-src 'self' data:;worker-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';")}</head><body></body></html>`,
    );
    const withVideo = `<html><head>${policy(site)}</head><body><iframe src="https://www.youtube-nocookie.com/embed/x"></iframe></body></html>`;
    expect(parseCsp(withOwnPolicy(withVideo)!.html.match(/content="([^"]*)"/)![1]!).get('frame-src')).toEqual(['https://www.youtube-nocookie.com']);
  });
});
