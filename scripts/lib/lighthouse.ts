/**
 * Lighthouse (mobile, its default simulated throttling) on pages of a served
 * site, in Debian's Chromium. Used by the quality test (scores >= 0.95) and
 * the benchmark (exact scores, the median of several runs). Pages run one after
 * another, each run in a fresh browser.
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
  for (const path of paths) {
    const pageRuns: PageAudit[] = [];
    for (let run = 0; run < runs; run++) {
      // Chromium occasionally fails to record a trace (NO_NAVSTART); a second run settles it.
      pageRuns.push(await auditPage(`${baseUrl}${path}`, path).catch(() => auditPage(`${baseUrl}${path}`, path)));
    }
    audits.push(medianRun(pageRuns));
  }
  return audits;
}

/** The middle run by performance score, ties broken by LCP (the lower middle for an even count). */
export function medianRun(runs: readonly PageAudit[]): PageAudit {
  if (runs.length === 0) throw new Error('medianRun needs at least one run');
  const ordered = [...runs].sort((a, b) => a.scores.performance - b.scores.performance || b.lcpMs - a.lcpMs);
  return ordered[Math.floor((ordered.length - 1) / 2)]!;
}

async function auditPage(url: string, path: string): Promise<PageAudit> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no report for ${path}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0])) as Record<Category, number>;
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode))
      .map((a) => `${a.id} (${a.score})`);
    return { path, scores, lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0), failing };
  } finally {
    chrome.kill();
  }
}
