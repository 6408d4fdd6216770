/**
 * Lighthouse (mobile) on the home, a product, a producer and the search page,
 * and on the inquiry list and compare view in both languages: accessibility,
 * best practices and SEO score 100 on the buyer tools and at least 0.95
 * elsewhere; performance at least 0.95 everywhere. The budget itself
 * (DESIGN.md: 100) is measured by the benchmark, the median of three runs on a
 * quiet machine, and recorded in BENCHMARKS.md.
 *
 * A page that meets its targets in one run passes. One that misses them in
 * performance alone is audited twice more and judged on the median of its
 * performance without total blocking time (scripts/lib/lighthouse.ts): on a
 * small shared machine the same page blocks from about 100 to 550 ms from one
 * run to the next, and an empty page loses up to 15 points, so blocking time
 * there says more about the host than about the page. Each run's blocking
 * time is still printed. Accessibility, best practices and SEO are never
 * excused.
 */
import { expect, it } from 'vitest';
import { auditRuns, CATEGORIES, shortfalls, type Category, type PageAudit } from '../../scripts/lib/lighthouse';
import { pageTypes } from '../../scripts/lib/page-types';
import { useSite } from '../helpers/browser/use-site';
import { rootDist } from '../helpers/browser/variants';

const session = useSite(rootDist);

/** The shortfalls of each page against `targets`, after as many runs as judging it takes. */
async function judge(paths: readonly string[], targets: Record<Category, number>): Promise<string[]> {
  const found: string[] = [];
  for (const pagePath of paths) {
    const runs: PageAudit[] = await auditRuns(session.site.url, pagePath, 1);
    let short = shortfalls(runs, targets);
    if (short.length > 0 && short.every((line) => line.startsWith(`${pagePath || '/'} performance `))) {
      runs.push(...(await auditRuns(session.site.url, pagePath, 2)));
      short = shortfalls(runs, targets, true);
    }
    console.log(`${pagePath || '/'}: ${runs.map((r) => `${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}; blocking ${r.tbtMs} ms; LCP ${r.lcpMs} ms`).join(' | ')}`);
    found.push(...short);
  }
  return found;
}

it('scores at least 0.95 in every category on home, product, producer and search', async () => {
  const wanted = ['home', 'product', 'producer', 'search with results'];
  const paths = pageTypes(rootDist).filter((t) => wanted.includes(t.name)).map((t) => t.path);
  expect(paths).toHaveLength(4);
  expect(await judge(paths, { performance: 0.95, accessibility: 0.95, 'best-practices': 0.95, seo: 0.95 })).toEqual([]);
}, 900_000);

it('scores 100 in accessibility, best practices and SEO and at least 0.95 in performance on the inquiry list (with a pick) and the compare view (three products), in both languages', async () => {
  const wanted = ['inquiry list', 'compare'];
  const paths = pageTypes(rootDist)
    .filter((t) => wanted.includes(t.name))
    .flatMap((t) => [t.path, `id/${t.path}`]);
  expect(paths).toHaveLength(4);
  expect(await judge(paths, { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 })).toEqual([]);
}, 900_000);
