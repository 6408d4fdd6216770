/**
 * Lighthouse (mobile) on the home, a product, a producer and the search page:
 * every category scores at least 0.95 (BENCHMARKS.md records exact scores);
 * the inquiry list and compare view score 100.
 */
import { expect, it } from 'vitest';
import { auditPages, CATEGORIES } from '../../scripts/lib/lighthouse';
import { pageTypes } from '../../scripts/lib/page-types';
import { useSite } from '../helpers/browser/use-site';
import { rootDist } from '../helpers/browser/variants';

const session = useSite(rootDist);

it('scores at least 0.95 in every category on home, product, producer and search', async () => {
  const wanted = ['home', 'product', 'producer', 'search with results'];
  const paths = pageTypes(rootDist).filter((t) => wanted.includes(t.name)).map((t) => t.path);
  expect(paths).toHaveLength(4);
  const audits = await auditPages(session.site.url, paths);
  const low = audits.flatMap((a) => CATEGORIES.filter((c) => a.scores[c] < 0.95).map((c) => `${a.path || '/'} ${c} ${a.scores[c]} — losing: ${a.failing.join(', ')}`));
  console.log(audits.map((a) => `${a.path || '/'}: ${CATEGORIES.map((c) => `${c} ${a.scores[c]}`).join(', ')}; LCP ${a.lcpMs} ms`).join('\n'));
  expect(low).toEqual([]);
}, 300_000);

it('scores 100 in every category on the inquiry list (with a pick) and the compare view (three products), in both languages', async () => {
  const wanted = ['inquiry list', 'compare'];
  const paths = pageTypes(rootDist)
    .filter((t) => wanted.includes(t.name))
    .flatMap((t) => [t.path, `id/${t.path}`]);
  expect(paths).toHaveLength(4);
  const audits = await auditPages(session.site.url, paths);
  const low = audits.flatMap((a) => CATEGORIES.filter((c) => a.scores[c] < 1).map((c) => `${a.path} ${c} ${a.scores[c]} — losing: ${a.failing.join(', ')}`));
  console.log(audits.map((a) => `${a.path}: ${CATEGORIES.map((c) => `${c} ${a.scores[c]}`).join(', ')}; LCP ${a.lcpMs} ms`).join('\n'));
  expect(low).toEqual([]);
}, 300_000);
