/**
 * The benchmark: builds a synthetic catalogue at each size and writes
 * BENCHMARKS.md with what it measured.
 *
 *   npm run bench                          # sizes 1000 and 10000 products (producers = products / 5)
 *   npm run bench -- --sizes 200,1000      # other sizes
 *   npm run bench -- --skip-lighthouse     # without the Lighthouse runs
 *
 * Per size: generate the catalogue (scripts/generate-catalogue.ts), build the
 * real site from it with a cold image cache under /usr/bin/time (wall time,
 * peak memory), split the build into Astro pages, images and Pagefind from the
 * build's own log, then two bare Astro builds of the same page count (the same
 * Markdown through a content collection, and raw text: the baselines), sizes, page weight per page type, search in Chromium
 * (bytes and time to rendered results, first and repeated), and Lighthouse.
 * Nothing here is asserted; the numbers go to BENCHMARKS.md with the budgets.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveStatic } from './lib/static-server';
import { benchImport, importBenchLines } from './lib/import-bench';
import { parseCommandLine } from './lib/command-line';
import { auditPages, CATEGORIES, type PageAudit } from './lib/lighthouse';
import { pageTypeOf } from './lib/page-types';
import { FACET_TABLE_FILE } from '../src/lib/search-index';

const repo = path.resolve(import.meta.dirname, '..');
const work = path.join(os.tmpdir(), 'etalase-bench');
const TODAY = '2026-11-23';
const QUERIES = ['kemplang', 'gula kelapa', 'batik'];
/** Lighthouse runs per page; BENCHMARKS.md shows the median run. */
const LIGHTHOUSE_RUNS = 3;

const USAGE = `Usage: npm run bench -- [--sizes 1000,10000] [--skip-lighthouse] [--out BENCHMARKS.md]`;
const { values } = parseCommandLine(
  {
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      'skip-lighthouse': { type: 'boolean', default: false },
      out: { type: 'string', default: path.join(repo, 'BENCHMARKS.md') },
      help: { type: 'boolean', default: false },
    },
  },
  USAGE,
  (message) => {
    console.error(`bench: ${message}\n${USAGE}`);
    process.exit(2);
  },
);
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error('--sizes: whole numbers of products, at least 10, e.g. 1000,10000');

interface Build {
  wallS: number;
  peakMb: number;
  pages: number;
  routesS: number;
  imagesS: number;
  pagefindS: number;
  log: string;
}

function run(command: string, args: string[], env: Record<string, string>, cwd = repo): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** `astro build` under /usr/bin/time -v: wall time, peak memory, and the phases Astro and our integrations log. */
function timedBuild(cwd: string, outDir: string, env: Record<string, string>): Build {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const { status, output } = run('/usr/bin/time', ['-v', process.execPath, path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], env, cwd);
  const wallS = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`build failed in ${cwd}:\n${output.slice(-4000)}`);
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  // Astro prints a phase title, its pages or images one per line, then `✓ Completed in …` for that phase.
  const phases: Record<string, number> = {};
  let phase: string | undefined;
  for (const line of plain.split('\n')) {
    const title = /^\s*generating (static routes|optimized images)\s*$/.exec(line);
    if (title) phase = title[1];
    const done = phase && /✓ Completed in (?:(\d+)m\s*)?([\d.]+)(ms|s)/.exec(line);
    if (phase && done) {
      phases[phase] = Number(done[1] ?? 0) * 60 + Number(done[2]) / (done[3] === 'ms' ? 1000 : 1);
      phase = undefined;
    }
  }
  const seconds = (name: string) => phases[name.replace('generating ', '')] ?? 0;
  writeFileSync(path.join(path.dirname(outDir), `${path.basename(outDir)}.log`), plain);
  return {
    wallS,
    peakMb: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(plain)?.[1] ?? 0) / 1024,
    pages: Number(/(\d+) page\(s\) built/.exec(plain)?.[1] ?? 0),
    routesS: seconds('generating static routes'),
    imagesS: seconds('generating optimized images'),
    pagefindS: Number(/Indexed \d+ pages in (\d+) ms/.exec(plain)?.[1] ?? 0) / 1000,
    log: plain,
  };
}

/**
 * Bare Astro projects with as many pages as ours and a minimal layout:
 * - `text`: one dynamic route printing the product files' raw text;
 * - `collection`: the catalogue's Markdown files (translations included) as one
 *   content collection, each page rendering an entry's body with Astro's own
 *   Markdown pipeline. This is what Astro itself costs for the same content,
 *   and the baseline the build budget is measured against.
 */
function baselineBuild(catalogue: string, pages: number, kind: 'text' | 'collection'): Build {
  const dir = path.join(work, `baseline-${kind}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  mkdirSync(path.join(dir, 'node_modules'));
  for (const name of ['astro']) symlinkSync(path.join(repo, 'node_modules', name), path.join(dir, 'node_modules', name));
  writeFileSync(path.join(dir, 'package.json'), `{ "name": "baseline-${kind}", "type": "module", "private": true }\n`);
  writeFileSync(path.join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  if (kind === 'text') {
    const texts = readdirSync(path.join(catalogue, 'products'))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => readFileSync(path.join(catalogue, 'products', f), 'utf8'));
    writeFileSync(path.join(dir, 'texts.json'), JSON.stringify(texts));
    writeFileSync(
      path.join(dir, 'src/pages/[n].astro'),
      `---
import texts from '../../texts.json';
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) }, props: { text: texts[n % texts.length] } }));
}
const { text } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8"><title>Page {Astro.params.n}</title></head><body><main><pre>{text}</pre></main></body></html>
`,
    );
  } else {
    writeFileSync(
      path.join(dir, 'src/content.config.ts'),
      `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { texts: defineCollection({ loader: glob({ pattern: '{products,producers,regions,clusters,associations,news}/**/*.md', base: ${JSON.stringify(catalogue)} }) }) };
`,
    );
    writeFileSync(
      path.join(dir, 'src/pages/[n].astro'),
      `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const entries = (await getCollection('texts')).sort((a, b) => a.id.localeCompare(b.id));
  return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) }, props: { entry: entries[n % entries.length] } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8"><title>{String(entry.data.name ?? entry.id)}</title></head><body><main><h1>{String(entry.data.name ?? entry.id)}</h1><Content /></main></body></html>
`,
    );
  }
  return timedBuild(dir, path.join(dir, 'dist'), {});
}

function dirBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);
}

interface Weight {
  html: [number, number];
  css: [number, number];
  js: [number, number];
  /** Stylesheets for print media only: fetched without blocking the screen, so reported apart from the budget. */
  printCss: [number, number];
  /** The page measured: the largest HTML file of its type. */
  path?: string;
}

/** For each page type, the site path of its largest HTML page (by raw size; gzip follows it closely). */
function largestPageOfEachType(dist: string): Record<string, string> {
  const largest = new Map<string, { path: string; size: number }>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const rel = path.relative(dist, entry.parentPath).split(path.sep).join('/');
    if (rel.startsWith('pagefind') || rel.startsWith('_astro')) continue;
    const sitePath = `/${rel ? `${rel}/` : ''}`;
    const type = pageTypeOf(sitePath);
    const size = statSync(path.join(entry.parentPath, entry.name)).size;
    if (size > (largest.get(type)?.size ?? -1)) largest.set(type, { path: sitePath, size });
  }
  return Object.fromEntries([...largest].sort((a, b) => a[0].localeCompare(b[0])).map(([type, { path: p }]) => [type, p]));
}

/** HTML, linked CSS and JS of a page (raw and gzip bytes), JS including its static imports. */
function pageWeight(dist: string, sitePath: string): Weight {
  const read = (rel: string) => readFileSync(path.join(dist, rel.replace(/^\//, '')));
  const html = read(path.join(sitePath, 'index.html'));
  const text = html.toString('utf8');
  const sum = (files: Buffer[]): [number, number] => [files.reduce((s, f) => s + f.length, 0), files.reduce((s, f) => s + gzipSync(f, { level: 9 }).length, 0)];
  const links = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"( media="print")?/g)];
  const css = links.filter((m) => !m[2]).map((m) => read(m[1]!));
  const printCss = links.filter((m) => m[2]).map((m) => read(m[1]!));
  const scripts = new Set<string>();
  const visit = (src: string) => {
    if (scripts.has(src)) return;
    scripts.add(src);
    const code = read(src).toString('utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) visit(path.posix.join(path.posix.dirname(src), m[1]!));
  };
  for (const m of text.matchAll(/<script type="module" src="([^"]+)"/g)) visit(m[1]!);
  return { html: sum([html]), css: sum(css), js: sum([...scripts].map(read)), printCss: sum(printCss) };
}

interface SearchRun {
  query: string;
  /** Result thumbnails fetched by the first search (not search data). */
  imagesKb: number;
  /** Everything Pagefind fetched from opening the page until the first results are on screen. */
  firstKb: number;
  /** The part of firstKb fetched when the page opened, before the query: Pagefind's loader, worker, WebAssembly and metadata. */
  openKb: number;
  firstMs: number;
  /** Facet filter indexes, fetched after the results are on screen to fill in the counts. */
  countsKb: number;
  countsMs: number;
  repeatKb: number;
  repeatMs: number;
}

/**
 * Search in Chromium: bytes transferred and time from submitting the query to
 * rendered results, then to the facet counts filled in after them; first and repeated.
 */
async function measureSearch(dist: string): Promise<SearchRun[]> {
  const site = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
  try {
    const runs: SearchRun[] = [];
    for (const query of QUERIES) {
      const page = await browser.newPage();
      // Page-level request events include Pagefind's worker; sizes are as transferred (gzip).
      // The queries use no filter, so filter indexes are fetched only for the facet counts.
      const bytes = { search: 0, counts: 0, images: 0 };
      const facetLang = 'en'; // the English search page
      page.on('requestfinished', (request) => {
        void request.sizes().then((sizes) => {
          const size = sizes.responseBodySize; // bodies only: over HTTP/2 repeated headers compress to almost nothing
          // The facet counts' data (Pagefind filter indexes, our facet table) arrives after the results.
          if (request.url().includes('/pagefind/filter/') || request.url().endsWith(`/pagefind/${FACET_TABLE_FILE(facetLang)}`)) bytes.counts += size;
          else if (request.url().includes('/pagefind/')) bytes.search += size;
          else if (request.resourceType() === 'image') bytes.images += size;
        });
      });
      await page.goto(`${site.url}search/`);
      await page.locator('[data-search-root][data-state="ready"]').waitFor({ timeout: 60_000 });
      await page.waitForTimeout(300);
      const loadedBeforeQuery = bytes.search; // Pagefind's loader, WebAssembly and metadata: part of the first search
      const once = async () => {
        Object.assign(bytes, { search: 0, counts: 0, images: 0 });
        const [ms, countsMs] = await page.evaluate(async (q) => {
          const root = document.querySelector<HTMLElement>('[data-search-root]')!;
          const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
          const status = root.querySelector<HTMLElement>('[data-search-status]')!;
          const list = root.querySelector<HTMLElement>('[data-search-results]')!;
          list.replaceChildren();
          status.textContent = '';
          form.querySelector<HTMLInputElement>('input[name="q"]')!.value = q;
          const t0 = performance.now();
          form.requestSubmit();
          // No named helpers in here: tsx would wrap them in a __name() the page does not have.
          while (!(list.children.length > 0 && status.textContent?.includes(q))) await new Promise((resolve) => requestAnimationFrame(resolve));
          const results = performance.now() - t0;
          while (root.dataset.counts !== 'ready') await new Promise((resolve) => requestAnimationFrame(resolve));
          return [results, performance.now() - t0];
        }, query);
        await page.waitForTimeout(500); // let trailing requests (thumbnails) finish before reading the byte counts
        return { ms, countsMs, kb: bytes.search / 1024, countsKb: bytes.counts / 1024, imagesKb: bytes.images / 1024 };
      };
      const first = await once();
      const repeat = await once();
      runs.push({
        query,
        imagesKb: first.imagesKb,
        firstKb: first.kb + loadedBeforeQuery / 1024,
        openKb: loadedBeforeQuery / 1024,
        firstMs: first.ms,
        countsKb: first.countsKb,
        countsMs: first.countsMs,
        repeatKb: repeat.kb + repeat.countsKb,
        repeatMs: repeat.ms,
      });
      await page.close();
    }
    return runs;
  } finally {
    await browser.close();
    await site.close();
  }
}

// ---------------------------------------------------------------- run

interface SizeResult {
  products: number;
  producers: number;
  generateS: number;
  build: Build;
  baseline: Build;
  collectionBaseline: Build;
  distMb: number;
  pagefindMb: number;
  weights: Record<string, Weight>;
  search: SearchRun[];
  lighthouse: PageAudit[];
}

const results: SizeResult[] = [];
mkdirSync(work, { recursive: true });
for (const products of sizes) {
  const producers = Math.max(1, Math.round(products / 5));
  const catalogue = path.join(work, `catalogue-${products}`);
  const dist = path.join(work, `dist-${products}`);
  console.log(`bench: ${products} products / ${producers} producers`);
  const genStart = performance.now();
  const gen = run(process.execPath, [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), 'scripts/generate-catalogue.ts', '--products', String(products), '--producers', String(producers), '--out', catalogue, '--force'], {});
  if (gen.status !== 0) throw new Error(gen.output);
  const generateS = (performance.now() - genStart) / 1000;
  // A cold build: this catalogue's Astro cache (processed images included) is removed first.
  for (const entry of readdirSync(path.join(repo, 'node_modules/.astro')).filter((e) => e.startsWith('catalogue-'))) rmSync(path.join(repo, 'node_modules/.astro', entry), { recursive: true, force: true });
  const build = timedBuild(repo, dist, { ETALASE_CONTENT_DIR: catalogue, ETALASE_TODAY: TODAY });
  console.log(`  built ${build.pages} pages in ${build.wallS.toFixed(1)} s, peak ${build.peakMb.toFixed(0)} MB`);
  const baseline = baselineBuild(catalogue, build.pages, 'text');
  const collectionBaseline = baselineBuild(catalogue, build.pages, 'collection');
  console.log(`  baselines: ${baseline.pages} text pages in ${baseline.wallS.toFixed(1)} s, ${collectionBaseline.pages} content-collection pages in ${collectionBaseline.wallS.toFixed(1)} s`);
  const firstOf = (section: string) => `/${section}/${readdirSync(path.join(dist, section), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()[0]}/`;
  const samples = { home: '/', product: firstOf('products'), producer: firstOf('producers') };
  const weights = Object.fromEntries(Object.entries(largestPageOfEachType(dist)).map(([name, p]) => [name, { ...pageWeight(dist, p), path: p }]));
  const search = await measureSearch(dist);
  let lighthouse: PageAudit[] = [];
  if (!values['skip-lighthouse']) {
    const site = await serveStatic(dist);
    try {
      lighthouse = await auditPages(site.url, [samples.home, samples.product, samples.producer, '/search/?q=kemplang'].map((p) => p.replace(/^\//, '')), LIGHTHOUSE_RUNS);
    } finally {
      await site.close();
    }
  }
  results.push({ products, producers, generateS, build, baseline, collectionBaseline, distMb: dirBytes(dist) / 1048576, pagefindMb: dirBytes(path.join(dist, 'pagefind')) / 1048576, weights, search, lighthouse });
}

// ---------------------------------------------------------------- report

const astroVersion = (JSON.parse(readFileSync(path.join(repo, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
const pagefindVersion = (JSON.parse(readFileSync(path.join(repo, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const costRatio = (ours: Build, baseline: Build) => ours.wallS / ours.pages / (baseline.wallS / baseline.pages);
/** The same ratio for our build without the two steps the bare build has no counterpart for: image processing and the Pagefind index. */
const pagesOnlyRatio = (ours: Build, baseline: Build) => (ours.wallS - ours.imagesS - ours.pagefindS) / ours.pages / (baseline.wallS / baseline.pages);
const pass = (ok: boolean) => (ok ? 'met' : '**missed**');
const lines: string[] = [
  '# Benchmarks',
  '',
  `Produced by \`npm run bench -- --sizes ${sizes.join(',')}${values['skip-lighthouse'] ? ' --skip-lighthouse' : ''}\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}. Do not edit by hand: run the command again.`,
  '',
  `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 1073741824).toFixed(1)} GB memory, ${os.type()} ${os.release()}; Node ${process.version}, Astro ${astroVersion}, Pagefind ${pagefindVersion}.`,
  '',
  `The catalogue is synthetic (\`npm run generate\`, seed 1, producers = products / 5, both languages, one shared photo per category). Builds are cold: the catalogue's Astro cache (processed images) is deleted first. Build date fixed to ${TODAY}.`,
  '',
  '## Build',
  '',
  '| products | producers | pages | build (wall) | Astro pages | images | Pagefind | other (content sync, bundling, data files, headers) | pages/s | peak memory | dist/ | Pagefind index |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.products} | ${r.producers} | ${r.build.pages} | ${r.build.wallS.toFixed(1)} s | ${r.build.routesS.toFixed(1)} s | ${r.build.imagesS.toFixed(1)} s | ${r.build.pagefindS.toFixed(1)} s | ${(r.build.wallS - r.build.routesS - r.build.imagesS - r.build.pagefindS).toFixed(1)} s | ${(r.build.pages / r.build.wallS).toFixed(0)} | ${r.build.peakMb.toFixed(0)} MB | ${r.distMb.toFixed(1)} MB | ${r.pagefindMb.toFixed(1)} MB |`,
  ),
  '',
  '### Against bare Astro builds of the same page count (same run)',
  '',
  "Cost per page = (our wall time / our pages) / (baseline wall time / baseline pages). *Content collection*: the catalogue's Markdown files (translations included) loaded as one content collection, each page rendering one entry's body with a minimal layout: what Astro itself spends on the same content, and the baseline of the budget. *Raw text*: each page prints a product file's raw text, no Markdown, no content layer. *Without images and Pagefind*: our wall time minus the image and Pagefind steps, which the bare builds have no counterpart for; shown to locate the cost, not as the budget.",
  '',
  '| products | pages | baseline: content collection | our cost per page vs it | the same without images and Pagefind | baseline: raw text | our cost per page vs it |',
  '|---|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.products} | ${r.build.pages} | ${r.collectionBaseline.wallS.toFixed(1)} s (${r.collectionBaseline.peakMb.toFixed(0)} MB) | ${costRatio(r.build, r.collectionBaseline).toFixed(2)}× | ${pagesOnlyRatio(r.build, r.collectionBaseline).toFixed(2)}× | ${r.baseline.wallS.toFixed(1)} s (${r.baseline.peakMb.toFixed(0)} MB) | ${costRatio(r.build, r.baseline).toFixed(2)}× |`,
  ),
  '',
  '## Page weight (largest page of every type)',
  '',
  'Every built page is classed by its URL (both languages together; the pages of a paginated list count as one type) and the largest HTML file of each type is weighed. CSS is what the screen needs; the print stylesheet (`media="print"`, the one-page spec sheet) does not block rendering and is shown apart.',
  '',
  '| page type | largest page | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | HTML+CSS+JS gzip | print CSS gzip |',
  '|---|---|---|---|---|---|---|',
];
const largest = results.at(-1)!;
for (const [name, w] of Object.entries(largest.weights)) {
  lines.push(`| ${name} | ${w.path ?? ''} | ${kb(w.html[0])} / ${kb(w.html[1])} KB | ${kb(w.css[0])} / ${kb(w.css[1])} KB | ${kb(w.js[0])} / ${kb(w.js[1])} KB | ${kb(w.html[1] + w.css[1] + w.js[1])} KB | ${kb(w.printCss[1])} KB |`);
}
lines.push(
  '',
  '## Search in Chromium',
  '',
  'Each query in a fresh tab. Response bodies transferred (gzip, as served; headers left out, as HTTP/2 compresses the repeated ones; Pagefind worker included). First search: everything Pagefind fetched from opening the page until the first 12 result cards are on screen (loader, WebAssembly, metadata, index chunks, result fragments), and the time from submitting the query to those cards. Facet counts: the facet data fetched for them (the facet table, or Pagefind filter indexes) and the time until the counts are filled in, from submitting the query and after the results. *Of which at page open*: the part fetched before the query, the same for every query (the Pagefind loader, worker, WebAssembly and metadata: the floor of any first search). Result card thumbnails are listed apart. Repeated: the same query again in the same tab (what Pagefind fetched again, time to cards).',
  '',
);
lines.push('| products | query | first search KB | of which at page open KB | first results ms | then facet counts KB | counts ready ms | counts after the results ms | thumbnails KB | repeated KB | repeated ms |', '|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  for (const s of r.search) {
    lines.push(`| ${r.products} | ${s.query} | ${s.firstKb.toFixed(1)} | ${s.openKb.toFixed(1)} | ${s.firstMs.toFixed(0)} | ${s.countsKb.toFixed(1)} | ${s.countsMs.toFixed(0)} | ${(s.countsMs - s.firstMs).toFixed(0)} | ${s.imagesKb.toFixed(1)} | ${s.repeatKb.toFixed(1)} | ${s.repeatMs.toFixed(0)} |`);
  }
}
if (results.some((r) => r.lighthouse.length)) {
  lines.push('', '## Lighthouse (mobile)', '', `Each page audited ${LIGHTHOUSE_RUNS} times in a fresh browser; the table shows its median run by performance score.`, '', `| products | page | ${CATEGORIES.join(' | ')} | LCP |`, `|---|---|${CATEGORIES.map(() => '---').join('|')}|---|`);
  for (const r of results) for (const a of r.lighthouse) lines.push(`| ${r.products} | /${a.path} | ${CATEGORIES.map((c) => Math.round(a.scores[c] * 100)).join(' | ')} | ${a.lcpMs} ms |`);
}
const product = largest.weights.product!;
const productGzip = product.html[1] + product.css[1] + product.js[1];
const worstFirst = Math.max(...largest.search.map((s) => s.firstKb));
const worstCounts = Math.max(...largest.search.map((s) => s.countsKb));
const worstCountsAfter = Math.max(...largest.search.map((s) => s.countsMs - s.firstMs));
const heaviest = Object.entries(largest.weights).sort((a, b) => b[1].html[1] - a[1].html[1])[0]!;
const worstMs = Math.max(...largest.search.flatMap((s) => [s.firstMs, s.repeatMs]));
const ratio = costRatio(largest.build, largest.collectionBaseline);
const lighthouseMin = largest.lighthouse.length ? Math.min(...largest.lighthouse.flatMap((a) => CATEGORIES.map((c) => a.scores[c]))) : undefined;
lines.push(
  '',
  `## Budgets at ${largest.products} products (docs/architecture.md)`,
  '',
  '| budget | measured | |',
  '|---|---|---|',
  `| product page HTML+CSS+JS <= 12 KB gzip | ${kb(productGzip)} KB | ${pass(productGzip <= 12 * 1024)} |`,
  `| every page <= 50 KB gzip HTML | largest: ${heaviest[0]} ${heaviest[1].path ?? ''}, ${kb(heaviest[1].html[1])} KB | ${pass(heaviest[1].html[1] <= 50 * 1024)} |`,
  `| first search <= 300 KB | ${worstFirst.toFixed(1)} KB to the first results (largest of ${QUERIES.length} queries), of which ${Math.max(...largest.search.map((s) => s.openKb)).toFixed(1)} KB before the query; the facet counts then fetch ${worstCounts.toFixed(1)} KB more | ${pass(worstFirst <= 300)} |`,
  `| first results < 300 ms | ${worstMs.toFixed(0)} ms (slowest) | ${pass(worstMs < 300)} |`,
  `| facet counts <= 500 ms after the results | ${worstCountsAfter.toFixed(0)} ms (slowest) | ${pass(worstCountsAfter <= 500)} |`,
  `| build cost per page <= 2× bare Astro | ${ratio.toFixed(2)}× a content-collection build of the same Markdown (${costRatio(largest.build, largest.baseline).toFixed(2)}× a raw-text build) | ${pass(ratio <= 2)} |`,
  `| build memory <= 4 GB | ${(largest.build.peakMb / 1024).toFixed(2)} GB | ${pass(largest.build.peakMb <= 4096)} |`,
  lighthouseMin === undefined ? '| Lighthouse 100 | not run | |' : `| Lighthouse 100 on home, product, producer, search | lowest ${Math.round(lighthouseMin * 100)} | ${pass(lighthouseMin === 1)} |`,
  '',
);
// Spreadsheet import (#17): its own step, apart from the build budgets.
lines.push(...importBenchLines(await benchImport(repo, { today: new Date(`${TODAY}T00:00:00Z`) })));
writeFileSync(values.out, `${lines.join('\n')}\n`);
console.log(`bench: wrote ${values.out}`);
if (!existsSync(values.out)) process.exit(1);
