/**
 * /admin/ in the build (issue 17): the CMS's page, script, fonts and the
 * configuration generated from the schemas, all served from the site (nothing
 * from a CDN); not indexed, not in the sitemap, with its own CSP in `_headers`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { headersFor } from '../../scripts/lib/static-server';
import { parseCsp, parseHeadersFile } from '~/lib/security-policy';
import { siteCmsConfig } from '~/lib/cms-sources';
import { basePath, distDir, readDist } from '../helpers/built-site';

const admin = path.join(distDir, 'admin');

describe('/admin/', () => {
  it('is a noindex page loading the CMS from the site itself, fonts included', () => {
    const page = readDist('admin/index.html');
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).not.toContain('data-pagefind-body');
    for (const src of [...page.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]!)) {
      expect(src, 'a script of the site, not of a CDN').not.toMatch(/^(https?:)?\/\//);
      expect(existsSync(path.join(admin, src)), src).toBe(true);
    }
    const script = readFileSync(path.join(admin, 'sveltia-cms.js'), 'utf8');
    expect(script).not.toContain('cdn.jsdelivr.net');
    for (const font of [...script.matchAll(/url\((fonts\/[^)]+)\)/g)].map((m) => m[1]!)) expect(existsSync(path.join(admin, font)), font).toBe(true);
    expect(readdirSync(path.join(admin, 'fonts')).length).toBeGreaterThan(0);
  });

  it('serves the configuration generated from the schemas and taxonomies', () => {
    const served = YAML.parse(readFileSync(path.join(admin, 'config.yml'), 'utf8')) as Record<string, unknown>;
    const backend = served.backend as { name: 'github'; repo: string; branch: string };
    const { commit_messages: _, ...plainBackend } = backend as typeof backend & { commit_messages?: unknown };
    expect(served).toEqual(siteCmsConfig(path.resolve('content'), plainBackend));
  });

  it('is in neither the sitemap nor robots-allowed search pages', () => {
    const sitemaps = readdirSync(distDir).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(readDist(file)).not.toContain('/admin/');
  });

  it('has its own Content-Security-Policy in _headers, replacing the site policy there', () => {
    const rules = parseHeadersFile(readDist('_headers'));
    const headers = headersFor(rules, `${basePath}admin/`);
    expect(headers['X-Robots-Tag']).toContain('noindex');
    const csp = parseCsp(headers['Content-Security-Policy'] ?? '');
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('font-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toContain('https://api.github.com');
    const site = parseCsp(headersFor(rules, `${basePath}products/`)['Content-Security-Policy'] ?? '');
    expect(site.get('connect-src')).toEqual(["'self'"]);
  });
});
