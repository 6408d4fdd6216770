/**
 * GS1 Digital Link in Chromium (issue 16): `/01/<gtin14>/` lands on the
 * product page of that pack, with and without JavaScript, at the site root and
 * under /etalase/; the forwarding page itself (held with its refresh removed)
 * links to the product page in both languages and has no axe violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser/use-site';
import { siteVariants } from '../helpers/browser/variants';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** GTIN → product slug, read from the content files. */
function packsWithGtin(): { gtin: string; slug: string }[] {
  const dir = path.resolve(import.meta.dirname, '../../content/products');
  return readdirSync(dir)
    .filter((f) => /^[a-z0-9-]+\.mdx?$/.test(f))
    .flatMap((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      return [...front.matchAll(/barcode: "(\d+)"/g)].map((m) => ({ gtin: m[1]!.padStart(14, '0'), slug: file.replace(/\.mdx?$/, '') }));
    });
}

describe.each(siteVariants)('GS1 Digital Link $name', ({ base, dist }) => {
  const session = useSite(dist, base);
  const packs = packsWithGtin();
  // One GTIN-13 (served with its leading zero) and the last pack, enough to prove the mapping in a browser.
  const picked = [packs[0]!, packs.at(-1)!];

  it('/01/<gtin14>/ lands on the product page, also without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await session.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      for (const { gtin, slug } of picked) {
        await page.goto(`${session.site.url}01/${gtin}/`);
        await page.waitForURL(`${session.site.url}products/${slug}/`);
        expect(new URL(page.url()).pathname).toBe(`${base}products/${slug}/`);
        await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
      }
      await context.close();
    }
  });

  it('the forwarding page itself links to the product page in both languages and has no axe violations', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const { gtin, slug } = picked[0]!;
    const url = `${session.site.url}01/${gtin}/`;
    // Hold the page: the same HTML without its refresh.
    await page.route(url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
    });
    await page.goto(url);
    for (const prefix of ['', 'id/']) {
      await expect(page.locator(`main a[href="${base}${prefix}products/${slug}/"]`).count()).resolves.toBe(1);
    }
    await page.locator('.lang-switch a[hreflang="id"]').click();
    expect(new URL(page.url()).pathname).toBe(`${base}id/products/${slug}/`);
    await page.goto(url);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await context.close();
  });
});
