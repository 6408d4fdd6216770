/**
 * Every page type in a real browser, in both languages, at the site root and
 * under a sub-path, served with the build's `_headers` (as Netlify or
 * Cloudflare Pages would) on top of each page's CSP <meta>:
 * - no console error, no request leaving the origin, no CSP violation;
 * - the language switch lands on the same page in the other language and back;
 * - keyboard only: skip link, header search, language switch, search filters
 *   and the retail table's filter and sort, with a visible focus.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsp } from '~/lib/security-policy';
import { watchErrors } from '../helpers/browser/browser';
import { pageTypePath, pageTypes } from '../../scripts/lib/page-types';
import { useSite } from '../helpers/browser/use-site';
import { siteVariants } from '../helpers/browser/variants';

async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`));
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Whether the focused element shows a focus indicator (outline or box shadow). */
const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });

/** Presses Tab until `selector` has focus (at most `limit` times); returns how many presses it took. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`${selector} not reached with ${limit} Tab presses`);
}

describe.each(siteVariants)('every page type $name', ({ base, dist }) => {
  const session = useSite(dist, base);
  const types = pageTypes(dist);

  it.each(['', 'id/'])('loads cleanly under the header and <meta> policies, with no request off the origin (locale prefix "%s")', async (prefix) => {
    const page = await session.browser.newPage();
    await recordViolations(page);
    const errors = watchErrors(page);
    const origin = new URL(session.site.url).origin;
    const offOrigin: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) offOrigin.push(request.url());
    });
    for (const type of types) {
      const response = await page.goto(`${session.site.url}${pageTypePath(type, prefix)}`);
      expect(response!.status(), type.name).toBe(type.name === 'not found' ? 404 : 200);
      expect(response!.headers()['content-security-policy'], type.name).toContain("frame-ancestors 'none'");
      await type.ready?.(page);
      const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(parseCsp(meta ?? '').get('script-src'), type.name).not.toContain("'unsafe-inline'");
      expect(await violations(page), `${pageTypePath(type, prefix)}`).toEqual([]);
    }
    expect(offOrigin).toEqual([]);
    // The browser logs the not-found page's own 404 status; nothing else may be logged.
    expect(errors.filter((e) => !/404 \(Not Found\)/.test(e))).toEqual([]);
    await page.close();
  });

  it('switches language to the same page and back', async () => {
    const page = await session.browser.newPage();
    // A forwarding page is left before it can be clicked; the page it lands on is checked as its own type.
    for (const type of types.filter((t) => t.name !== 'not found' && !t.forwards)) {
      const english = new URL(`${session.site.url}${type.path}`);
      await page.goto(english.href);
      await page.locator('.lang-switch a[hreflang="id"]').click();
      const indonesian = new URL(page.url());
      expect(indonesian.pathname, type.name).toBe(english.pathname.replace(base, `${base}id/`));
      expect(await page.locator('html').getAttribute('lang')).toBe('id');
      await page.locator('.lang-switch a[hreflang="en"]').click();
      expect(new URL(page.url()).pathname, type.name).toBe(english.pathname);
    }
    await page.close();
  });

  it('works with the keyboard alone: skip link, header search, language switch', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.site.url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link'))).toBe(true);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.goto(session.site.url);
    await tabTo(page, '#header-search-q');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.type('terasi');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=terasi/);
    await page.locator('[data-search-results] li').first().waitFor({ timeout: 15_000 });

    await page.goto(session.site.url);
    await tabTo(page, '.lang-switch a');
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${session.site.url}id/`);
    await page.close();
  });

  it('works with the keyboard alone: search filters', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.url}search/`);
    await page.locator('[data-search-root][data-state="ready"]').waitFor({ timeout: 20_000 });
    await tabTo(page, '#search-q');
    await page.keyboard.type('kemplang');
    await page.locator('[data-search-results] li').first().waitFor({ timeout: 15_000 });
    const before = await page.locator('[data-search-results] li').count();
    await tabTo(page, 'fieldset.facet input[type="checkbox"]', 80);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.size).toBeGreaterThan(1);
    await expect.poll(() => page.locator('[data-search-results] li').count()).toBeLessThanOrEqual(before);
    await page.close();
  });

  it('works with the keyboard alone: retail table filter and sort', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.url}id/for-retailers/`);
    await page.locator('[data-shortlist-bar]:not([hidden])').waitFor();
    const rows = page.locator('table.retail-table tbody tr:visible');
    const all = await rows.count();
    await tabTo(page, 'input[name="ready"]', 80);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => rows.count()).toBeLessThan(all);
    await tabTo(page, 'th[data-sort-key="capacity"] button', 80);
    await page.keyboard.press('Enter');
    expect(await page.locator('th[data-sort-key="capacity"]').getAttribute('aria-sort')).toBe('ascending');
    await page.close();
  });
});
