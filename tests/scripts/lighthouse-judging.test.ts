/**
 * How Lighthouse runs are judged: the benchmark keeps each page's median run,
 * so one slow run neither hides nor invents a missed budget; the quality test
 * can judge performance without total blocking time, which on a small shared
 * machine measures the host more than the page.
 */
import { describe, expect, it } from 'vitest';
import { medianRun, performanceWithoutBlocking, shortfalls, type PageAudit } from '../../scripts/lib/lighthouse';

/** A run whose performance audits are all perfect but total blocking time (`tbtMs`, scored `tbtScore`). */
const run = (performance: number, lcpMs: number, tbtMs = 0, tbtScore = 1, lcpScore = 1): PageAudit => ({
  path: 'products/x/',
  scores: { performance, accessibility: 1, 'best-practices': 1, seo: 1 },
  lcpMs,
  failing: [],
  performanceAudits: [
    { id: 'first-contentful-paint', weight: 10, score: 1 },
    { id: 'largest-contentful-paint', weight: 25, score: lcpScore },
    { id: 'total-blocking-time', weight: 30, score: tbtScore },
    { id: 'cumulative-layout-shift', weight: 25, score: 1 },
    { id: 'speed-index', weight: 10, score: 1 },
  ],
  tbtMs,
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

describe('performanceWithoutBlocking', () => {
  it("is Lighthouse's weighted mean of its other metrics, whatever the blocking time scored", () => {
    expect(performanceWithoutBlocking(run(0.85, 1000, 600, 0.5))).toBe(1);
    // Largest contentful paint (25 of the 70 remaining points) at 0.6: 1 - 25 × 0.4 / 70 = 0.857.
    expect(performanceWithoutBlocking(run(0.73, 3000, 600, 0.5, 0.6))).toBe(0.86);
  });

  it('refuses a run with no weighted metrics', () => {
    expect(() => performanceWithoutBlocking({ ...run(1, 900), performanceAudits: [] })).toThrow(/No weighted performance audits for products\/x\//);
  });
});

describe('shortfalls', () => {
  const targets = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };

  it('names each category below its target, reading the median run', () => {
    expect(shortfalls([run(0.96, 1000)], targets)).toEqual([]);
    expect(shortfalls([run(0.9, 1000, 300, 0.8)], targets)).toEqual(['products/x/ performance 0.9 — losing: ']);
    const inaccessible = { ...run(1, 1000), scores: { performance: 1, accessibility: 0.98, 'best-practices': 1, seo: 1 } };
    expect(shortfalls([inaccessible], targets)).toEqual(['products/x/ accessibility 0.98 — losing: ']);
  });

  it('judges performance without blocking time when asked, on the median of the runs', () => {
    const runs = [run(0.88, 1000, 400, 0.7), run(0.91, 1000, 350, 0.75), run(0.73, 3000, 600, 0.5, 0.6)];
    expect(shortfalls(runs, targets, true)).toEqual([]);
    const slowPaint = [run(0.73, 3000, 600, 0.5, 0.6), run(0.91, 1000, 350, 0.75), run(0.73, 3000, 400, 0.7, 0.6)];
    expect(shortfalls(slowPaint, targets, true)).toEqual([
      'products/x/ performance 0.86 without blocking time (0.73 with it; blocking 600, 350, 400 ms) — losing: ',
    ]);
  });

  it('never excuses accessibility, best practices or SEO', () => {
    const inaccessible = { ...run(1, 1000), scores: { performance: 1, accessibility: 0.9, 'best-practices': 1, seo: 1 } };
    expect(shortfalls([inaccessible], targets, true)).toEqual(['products/x/ accessibility 0.9 — losing: ']);
  });
});
