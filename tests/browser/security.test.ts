/**
 * The security policy in a real browser: one page of every type, in both
 * languages, served with the build's `_headers` (as Netlify / Cloudflare Pages
 * would) on top of each page's CSP <meta>. Nothing may violate either policy,
 * including the search (Pagefind's WebAssembly) and the retail table's script.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsp } from '../../src/lib/security-policy';
import { launchBrowser, watchErrors } from './support/browser';
import { repoRoot } from './support/build';
import { serveStatic, type StaticSite } from './support/server';

const dist = process.env.ETALASE_DIST ?? path.join(repoRoot, 'dist');

/** The first entry page of a section in the build, e.g. `products/<slug>/`. */
function firstEntry(section: string): string {
  const slug = readdirSync(path.join(dist, section), { withFileTypes: true }).find((d) => d.isDirectory())?.name;
  if (!slug) throw new Error(`no ${section} pages in ${dist}`);
  return `${section}/${slug}/`;
}

/** One page of every page type (relative to a locale's root). */
function pageTypes(): string[] {
  return [
    '',
    'products/',
    firstEntry('products'),
    'producers/',
    firstEntry('producers'),
    firstEntry('regions'),
    firstEntry('clusters'),
    firstEntry('categories'),
    firstEntry('certificates'),
    firstEntry('associations'),
    'news/',
    firstEntry('news'),
    'about/',
    'for-buyers/',
    'for-retailers/',
    'search/?q=kemplang',
    'no-such-page/',
  ];
}

async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`));
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('security policy in Chromium', () => {
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    site = await serveStatic(dist);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(['', 'id/'])('every page type works under the header and <meta> policies (locale prefix "%s")', async (prefix) => {
    const page = await browser.newPage();
    await recordViolations(page);
    const errors = watchErrors(page);
    for (const type of pageTypes()) {
      const response = await page.goto(`${site.url}${prefix}${type}`);
      expect(response!.headers()['content-security-policy'], type).toContain("frame-ancestors 'none'");
      if (type.startsWith('search/')) await page.locator('[data-search-results] li').first().waitFor({ timeout: 15_000 });
      if (type === 'for-retailers/') {
        await page.locator('[data-shortlist-bar]:not([hidden])').waitFor();
        await page.locator('input[name="ready"]').check();
      }
      const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(parseCsp(meta ?? '').get('script-src'), type).not.toContain("'unsafe-inline'");
      expect(await violations(page), `${prefix}${type}`).toEqual([]);
    }
    // The 404 page logs its own status; everything else must be clean.
    expect(errors.filter((e) => !/404 \(Not Found\)/.test(e))).toEqual([]);
    await page.close();
  });
});
