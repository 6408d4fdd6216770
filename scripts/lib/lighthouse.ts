/**
 * Lighthouse (mobile, its default simulated throttling) on pages of a served
 * site, in Debian's Chromium. Used by the quality test and the benchmark
 * (exact scores, the median of several runs). Pages run one after another,
 * each run in a fresh browser.
 *
 * Blocking time measures the host as much as the page on a small shared
 * machine: with nothing else running, the same producer page blocked 108 to
 * 554 ms from one run to the next, and the page without its stylesheet laid
 * out as slowly as with it. `shortfalls` can therefore judge performance
 * without it (`performanceWithoutBlocking`): first paint, largest paint,
 * speed index and layout shift, which the page's bytes and structure decide.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageAudit {
  path: string;
  scores: Record<Category, number>;
  /** Largest contentful paint in milliseconds (simulated mobile). */
  lcpMs: number;
  /** Audits that lost points, for explaining a score below 1. */
  failing: string[];
  /** The weighted audits of the performance category, as Lighthouse scored them. */
  performanceAudits: WeightedAudit[];
  /** Total blocking time in milliseconds (simulated mobile). */
  tbtMs: number;
}

export interface WeightedAudit {
  id: string;
  weight: number;
  score: number;
}

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * Audits `paths` (relative to `baseUrl`, which ends with `/`), each in a fresh
 * browser, retrying a failed trace once. With `runs` > 1 each page is audited
 * that many times and its median run is kept, as Lighthouse's own docs advise:
 * simulated throttling still moves the performance score by a point between runs.
 */
export async function auditPages(baseUrl: string, paths: readonly string[], runs = 1): Promise<PageAudit[]> {
  const audits: PageAudit[] = [];
  for (const pagePath of paths) audits.push(medianRun(await auditRuns(baseUrl, pagePath, runs)));
  return audits;
}

/** The middle run by performance score, ties broken by LCP (the lower middle for an even count). */
export function medianRun(runs: readonly PageAudit[]): PageAudit {
  if (runs.length === 0) throw new Error('medianRun needs at least one run');
  const ordered = [...runs].sort((a, b) => a.scores.performance - b.scores.performance || b.lcpMs - a.lcpMs);
  return ordered[Math.floor((ordered.length - 1) / 2)]!;
}

/** `runs` audits of one page, each in a fresh browser; Chromium occasionally fails to record a trace (NO_NAVSTART), so a failed run is retried once. */
export async function auditRuns(baseUrl: string, pagePath: string, runs: number): Promise<PageAudit[]> {
  const audits: PageAudit[] = [];
  for (let run = 0; run < runs; run++) {
    audits.push(await auditPage(`${baseUrl}${pagePath}`, pagePath).catch(() => auditPage(`${baseUrl}${pagePath}`, pagePath)));
  }
  return audits;
}

/**
 * The performance score without total blocking time: Lighthouse's weighted
 * mean of its other metrics (first contentful paint, speed index, largest
 * contentful paint, cumulative layout shift), rounded to two decimals as
 * Lighthouse rounds.
 */
export function performanceWithoutBlocking(audit: PageAudit): number {
  const kept = audit.performanceAudits.filter((a) => a.id !== 'total-blocking-time');
  const weights = kept.reduce((sum, a) => sum + a.weight, 0);
  if (weights === 0) throw new Error(`No weighted performance audits for ${audit.path}`);
  return Math.round((kept.reduce((sum, a) => sum + a.weight * a.score, 0) / weights) * 100) / 100;
}

/**
 * What keeps a page from its targets in its runs: one line per category below
 * its target, none when it meets them all. Categories are read off the median
 * run; with `withoutBlocking`, performance is the median of the runs' scores
 * without total blocking time instead (`performanceWithoutBlocking`).
 */
export function shortfalls(runs: readonly PageAudit[], targets: Record<Category, number>, withoutBlocking = false): string[] {
  const run = medianRun(runs);
  const page = run.path || '/';
  return CATEGORIES.flatMap((category) => {
    if (category === 'performance' && withoutBlocking) {
      const score = median(runs.map(performanceWithoutBlocking));
      if (score >= targets.performance) return [];
      return [`${page} performance ${score} without blocking time (${run.scores.performance} with it; blocking ${runs.map((r) => r.tbtMs).join(', ')} ms) — losing: ${run.failing.join(', ')}`];
    }
    if (run.scores[category] >= targets[category]) return [];
    return [`${page} ${category} ${run.scores[category]} — losing: ${run.failing.join(', ')}`];
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

async function auditPage(url: string, pagePath: string): Promise<PageAudit> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no report for ${pagePath}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${pagePath}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0])) as Record<Category, number>;
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode))
      .map((a) => `${a.id} (${a.score})`);
    const tbt = lhr.audits['total-blocking-time']?.numericValue;
    if (tbt === undefined) throw new Error(`Lighthouse reported no total blocking time for ${pagePath}`);
    const performanceAudits = (lhr.categories.performance?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ id: ref.id, weight: ref.weight, score: lhr.audits[ref.id]?.score ?? 0 }));
    return {
      path: pagePath,
      scores,
      lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
      failing,
      performanceAudits,
      tbtMs: Math.round(tbt),
    };
  } finally {
    chrome.kill();
  }
}
