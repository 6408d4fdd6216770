/**
 * Security headers and markup over the whole build: `_headers` carries the
 * policy hosts should send, every page's CSP <meta> forbids inline scripts,
 * no page has an inline event handler, and every link to another site is
 * opened without handing it this page (`rel="noopener noreferrer"`).
 */
import { describe, expect, it } from 'vitest';
import { parseCsp, parseHeadersFile } from '~/lib/security-policy';
import { allPages, basePath, readDist, siteOrigin } from '../helpers/built-site';

const rules = parseHeadersFile(readDist('_headers'));
const pageRule = rules.find((r) => r.path === `${basePath}*`);

describe('_headers', () => {
  it('has one rule for every page of the site, under its base path', () => {
    expect(pageRule, JSON.stringify(rules.map((r) => r.path))).toBeDefined();
  });

  it('sends HSTS for at least a year, nosniff, a strict referrer policy, a permissions policy and no framing', () => {
    const headers = pageRule!.headers;
    const maxAge = Number(/max-age=(\d+)/.exec(headers['Strict-Transport-Security'] ?? '')?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
    expect(headers['Strict-Transport-Security']).toContain('includeSubDomains');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(['strict-origin-when-cross-origin', 'strict-origin', 'same-origin', 'no-referrer']).toContain(headers['Referrer-Policy']);
    const permissions = headers['Permissions-Policy'] ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) expect(permissions).toContain(`${feature}=()`);
    expect(headers['X-Frame-Options']).toBe('DENY');
  });

  it('sends a Content-Security-Policy without unsafe-inline or unsafe-eval for scripts, allowing WebAssembly for Pagefind', () => {
    const csp = parseCsp(pageRule!.headers['Content-Security-Policy'] ?? '');
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    const scripts = csp.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).toContain("'wasm-unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.filter((s) => !/^'(self|wasm-unsafe-eval|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/.test(s))).toEqual([]);
    expect(csp.get('style-src')).not.toContain("'unsafe-inline'");
  });

  it('lists in the header every hash a page’s <meta> allows, so the header never blocks a page', () => {
    const header = parseCsp(pageRule!.headers['Content-Security-Policy'] ?? '');
    for (const page of allPages()) {
      const meta = parseCsp(page.dom.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '');
      for (const directive of ['script-src', 'style-src']) {
        const missing = (meta.get(directive) ?? []).filter((source) => !(header.get(directive) ?? []).includes(source));
        expect(missing, `${page.rel} ${directive}`).toEqual([]);
      }
    }
  });

  it('caches fingerprinted assets for a year', () => {
    expect(rules.find((r) => r.path === `${basePath}_astro/*`)?.headers['Cache-Control']).toContain('immutable');
  });
});

describe('every page', () => {
  const pages = allPages();

  it('has a CSP <meta> whose script-src allows no inline script', () => {
    const bad = pages.filter((p) => {
      const csp = parseCsp(p.dom.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '');
      const scripts = csp.get('script-src');
      return !scripts || scripts.includes("'unsafe-inline'") || !csp.has('default-src');
    });
    expect(bad.map((p) => p.rel)).toEqual([]);
  });

  it('has no inline event handler attribute and no inline script', () => {
    const found: string[] = [];
    for (const page of pages) {
      for (const el of page.dom.querySelectorAll('*')) {
        for (const name of Object.keys(el.attributes)) if (/^on/i.test(name)) found.push(`${page.rel}: <${el.tagName.toLowerCase()} ${name}>`);
      }
      for (const script of page.dom.querySelectorAll('script')) {
        const type = script.getAttribute('type') ?? '';
        if (!script.getAttribute('src') && type !== 'application/ld+json') found.push(`${page.rel}: inline <script type="${type}">`);
      }
    }
    expect(found).toEqual([]);
  });

  it('opens links to other sites with rel="noopener noreferrer"', () => {
    const bad: string[] = [];
    for (const page of pages) {
      for (const a of page.dom.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (!/^(https?:)?\/\//i.test(href) || new URL(href, siteOrigin).origin === siteOrigin) continue;
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bad.push(`${page.rel}: ${href}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
