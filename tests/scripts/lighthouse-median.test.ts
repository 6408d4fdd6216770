/**
 * The benchmark keeps each page's median Lighthouse run, so one slow run
 * neither hides nor invents a missed budget.
 */
import { describe, expect, it } from 'vitest';
import { medianRun, type PageAudit } from '../../scripts/lib/lighthouse';

const run = (performance: number, lcpMs: number): PageAudit => ({
  path: 'products/x/',
  scores: { performance, accessibility: 1, 'best-practices': 1, seo: 1 },
  lcpMs,
  failing: [],
});

describe('medianRun', () => {
  it('keeps the middle run by performance score, whatever order the runs came in', () => {
    expect(medianRun([run(1, 900), run(0.99, 1100), run(1, 950)]).scores.performance).toBe(1);
    expect(medianRun([run(0.99, 1100), run(0.98, 1300), run(1, 900)])).toEqual(run(0.99, 1100));
  });

  it('breaks a tie in score by the slower largest contentful paint, and takes the lower middle of an even count', () => {
    expect(medianRun([run(1, 900), run(1, 1000), run(1, 800)]).lcpMs).toBe(900);
    expect(medianRun([run(1, 900), run(0.99, 1000)]).scores.performance).toBe(0.99);
  });

  it('returns the only run as it is, and refuses none', () => {
    expect(medianRun([run(0.97, 1200)])).toEqual(run(0.97, 1200));
    expect(() => medianRun([])).toThrow(/at least one run/);
  });
});
