import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headerPolicy, headerRules, parseCsp, parseHeadersFile } from '~/lib/security-policy';

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
    expect(rules.map((r) => r.path)).toEqual(['/etalase/*', '/etalase/_astro/*', '/etalase/pagefind/*', '/etalase/admin/*']);
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
    expect(headerRules('/', 'x')[0]!.path).toBe('/*');
  });

  it('names the line of a _headers file it cannot read', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/*\n  not a header\n')).toThrow(/line 2/);
  });
});
