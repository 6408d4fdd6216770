/**
 * The security policy in a real browser: one page of every type, in both
 * languages, served with the build's `_headers` (as Netlify / Cloudflare Pages
 * would) on top of each page's CSP <meta>. Nothing may violate either policy,
 * including the search (Pagefind's WebAssembly) and the retail table's script.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsp } from '../../src/lib/security-policy';
import { launchBrowser, watchErrors } from './support/browser';
import { repoRoot } from './support/build';
import { pageTypes } from './support/page-types';
import { serveStatic, type StaticSite } from './support/server';

const dist = process.env.ETALASE_DIST ?? path.join(repoRoot, 'dist');

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
    for (const type of pageTypes(dist)) {
      const response = await page.goto(`${site.url}${prefix}${type.path}`);
      expect(response!.headers()['content-security-policy'], type.name).toContain("frame-ancestors 'none'");
      await type.ready?.(page);
      const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(parseCsp(meta ?? '').get('script-src'), type.name).not.toContain("'unsafe-inline'");
      expect(await violations(page), `${prefix}${type.path}`).toEqual([]);
    }
    // The 404 page logs its own status; everything else must be clean.
    expect(errors.filter((e) => !/404 \(Not Found\)/.test(e))).toEqual([]);
    await page.close();
  });
});
