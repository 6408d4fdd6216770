/**
 * axe-core in Chromium on one page of every page type, in both languages,
 * in their interactive state (search with results, the retail table
 * filtered): WCAG 2.0/2.1/2.2 A and AA rules plus axe's best practices.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { pageTypePath, pageTypes } from '../../scripts/lib/page-types';
import { useSite } from '../helpers/browser/use-site';
import { siteVariants } from '../helpers/browser/variants';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

describe.each(siteVariants)('accessibility (axe-core) $name', ({ base, dist }) => {
  const session = useSite(dist, base);

  it.each(['', 'id/'])('every page type has no violations (locale prefix "%s")', async (prefix) => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const found: string[] = [];
    for (const type of pageTypes(dist)) {
      await page.goto(`${session.site.url}${pageTypePath(type, prefix)}`);
      await type.ready?.(page);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of violations) {
        found.push(`${pageTypePath(type, prefix)} [${v.impact}] ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      }
    }
    expect(found).toEqual([]);
    await context.close();
  }, 300_000); // every page type in one tab: 110-120 s on a 2-core machine busy with another build
});
