/**
 * The benchmark: builds a synthetic catalogue at each size and writes
 * BENCHMARKS.md with what it measured.
 *
 *   npm run bench                          # sizes 1000 and 10000 products (producers = products / 5)
 *   npm run bench -- --sizes 1000,10000,30000 --heap-mb 12288   # the curve (30,000 products need more than Node's default heap)
 *   npm run bench -- --unique-photos 1000,10000 # also build these sizes with a drawn photo per product
 *   npm run bench -- --sizes "" --unique-photos 10000 --out BENCHMARKS-photos.md   # only the photo runs, in a report of their own
 *   npm run bench -- --skip-lighthouse     # without the Lighthouse runs
 *
 * Per size: generate the catalogue (scripts/generate-catalogue.ts), build the
 * real site from it with a cold image cache under /usr/bin/time (wall time,
 * peak memory), split the build into Astro pages, images and Pagefind from the
 * build's own log, then two bare Astro builds of the same page count (the same
 * Markdown through a content collection, and raw text) and a bare Pagefind index
 * of the content-collection build's output: the stack's floor is that bare Astro
 * build plus that bare index. Then sizes and file counts, page weight per page
 * type, search in Chromium (bytes and time to rendered results, first and
 * repeated), and Lighthouse. Sizes in --unique-photos are built again from a
 * catalogue with a drawn photo per product (sizes, files, time, memory).
 * BENCHMARKS.md is rewritten after each size, so a long run that is stopped
 * still leaves the sizes it finished. Nothing here is asserted; the numbers go
 * to BENCHMARKS.md with the budgets.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { chromium } from 'playwright-core';
import { serveStatic } from './lib/static-server';
import { benchImport, importBenchLines } from './lib/import-bench';
import { parseCommandLine } from './lib/command-line';
import { auditPages, CATEGORIES, type PageAudit } from './lib/lighthouse';
import { pageTypeOf } from './lib/page-types';
import { budgetGzip, pageWeight, type Weight } from './lib/page-weight';
import { limitsInOrder, slopes, type CurvePoint } from './lib/scale-curve';
import { FACET_TABLE_FILE } from '~/lib/search-index';
import { PHOTO_TO_COME_EVERY } from './lib/synthetic-catalogue';

const repo = path.resolve(import.meta.dirname, '..');
const work = path.join(os.tmpdir(), 'etalase-bench');
const TODAY = '2026-11-23';
const QUERIES = ['kemplang', 'gula kelapa', 'batik'];
/** Lighthouse runs per page; BENCHMARKS.md shows the median run. */
const LIGHTHOUSE_RUNS = 3;

const USAGE = `Usage: npm run bench -- [--sizes 1000,10000] [--unique-photos 1000,10000] [--skip-lighthouse] [--heap-mb N] [--note TEXT] [--out BENCHMARKS.md]
  --heap-mb N   V8's heap limit for every build, ours and the bare ones (node --max-old-space-size); default Node's own
  --note TEXT   a sentence about the run for BENCHMARKS.md, e.g. that the machine was busy with other work`;
const { values } = parseCommandLine(
  {
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      'unique-photos': { type: 'string', default: '' },
      'skip-lighthouse': { type: 'boolean', default: false },
      'heap-mb': { type: 'string', default: '' },
      note: { type: 'string', default: '' },
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
function sizeList(option: string, text: string): number[] {
  const list = text.split(',').filter((s) => s.trim() !== '').map((s) => Number(s.trim()));
  if (list.some((n) => !Number.isInteger(n) || n < 10)) throw new Error(`--${option}: whole numbers of products, at least 10, e.g. 1000,10000`);
  return list;
}
const sizes = sizeList('sizes', values.sizes);
const heapMb = values['heap-mb'] ? Number(values['heap-mb']) : undefined;
if (heapMb !== undefined && !(Number.isInteger(heapMb) && heapMb >= 512)) throw new Error('--heap-mb: a whole number of megabytes, at least 512, e.g. 12288');
const uniquePhotoSizes = sizeList('unique-photos', values['unique-photos']);

interface Build {
  wallS: number;
  /** User plus system CPU time of the build and the processes it waited for (Pagefind's, sharp's threads). */
  cpuS: number;
  peakMb: number;
  pages: number;
  routesS: number;
  imagesS: number;
  pagefindS: number;
  log: string;
}

/** CPU time from /usr/bin/time -v: on a machine shared with other work it varies far less than wall time. */
function cpuSeconds(timeOutput: string): number {
  const field = (name: string) => Number(new RegExp(`${name} time \\(seconds\\): ([\\d.]+)`).exec(timeOutput)?.[1] ?? 0);
  return field('User') + field('System');
}

function run(command: string, args: string[], env: Record<string, string>, cwd = repo): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** `astro build` under /usr/bin/time -v: wall time, peak memory, and the phases Astro and our integrations log. */
function timedBuild(cwd: string, outDir: string, env: Record<string, string>): Build {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const { status, output } = run('/usr/bin/time', ['-v', process.execPath, ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], env, cwd);
  const wallS = (performance.now() - started) / 1000;
  if (status !== 0) {
    // The lines that say why (a V8 heap limit, a signal, peak memory), then the end of the log.
    const why = output.split('\n').filter((l) => /FATAL ERROR|out of memory|Command terminated by signal|Maximum resident set size|Elapsed \(wall clock\)/i.test(l)).map((l) => l.trim());
    throw new Error(`build failed in ${cwd}:\n${output.slice(-4000)}\n${why.join('\n')}`);
  }
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
    cpuS: cpuSeconds(plain),
    peakMb: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(plain)?.[1] ?? 0) / 1024,
    // Astro's own count; when the end of its log is lost (a pipe cut short at exit), the HTML pages written.
    pages: Number(/(\d+) page\(s\) built/.exec(plain)?.[1] ?? 0) || htmlPages(outDir),
    routesS: seconds('generating static routes'),
    imagesS: seconds('generating optimized images'),
    pagefindS: Number(/Indexed \d+ pages in (\d+) ms/.exec(plain)?.[1] ?? 0) / 1000,
    log: plain,
  };
}

function htmlPages(outDir: string): number {
  return readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html') && !path.relative(outDir, e.parentPath).startsWith('pagefind')).length;
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

/** Pagefind's own command line with its defaults over a bare build's output: every HTML page, the floor of a search index. */
function barePagefind(site: string): { wallS: number; cpuS: number; peakMb: number; pages: number } {
  const started = performance.now();
  const { status, output } = run('/usr/bin/time', ['-v', path.join(repo, 'node_modules/.bin/pagefind'), '--site', site], {});
  const wallS = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`bare Pagefind failed on ${site}:\n${output.slice(-4000)}`);
  return {
    wallS,
    cpuS: cpuSeconds(output),
    peakMb: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0) / 1024,
    pages: Number(/Indexed (\d+) pages?/.exec(output)?.[1] ?? 0),
  };
}

interface DistStats {
  mb: number;
  files: number;
  /** The largest single file: hosts cap a file's size (Cloudflare Pages: 25 MiB). */
  largest: { path: string; mb: number };
}

function distStats(dir: string): DistStats {
  let bytes = 0;
  let files = 0;
  let largest = { path: '', mb: 0 };
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const size = statSync(path.join(e.parentPath, e.name)).size;
    bytes += size;
    files++;
    if (size / 1048576 > largest.mb) largest = { path: `/${path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`, mb: size / 1048576 };
  }
  return { mb: bytes / 1048576, files, largest };
}

const dirBytes = (dir: string) => distStats(dir).mb * 1048576;

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

// ---------------------------------------------------------------- results

interface SizeResult {
  products: number;
  producers: number;
  generateS: number;
  build: Build;
  baseline: Build;
  collectionBaseline: Build;
  /** Pagefind's command line over the content-collection baseline's output. */
  bareIndex: { wallS: number; cpuS: number; peakMb: number; pages: number };
  dist: DistStats;
  distMb: number;
  pagefindMb: number;
  weights: Record<string, Weight>;
  search: SearchRun[];
  lighthouse: PageAudit[];
}

interface UniquePhotoResult {
  products: number;
  photos: number;
  generateS: number;
  build: Build;
  dist: DistStats;
  /** What one product photo adds to dist/ on average: its original and its responsive variants in /_astro/. */
  perPhoto: { files: number; mb: number };
}

/** A size whose build or measurement failed: what broke, for the curve. */
interface Failure {
  products: number;
  photos: 'shared' | 'unique';
  message: string;
}

/** Products that get a photo out of `products` (the generator leaves one in PHOTO_TO_COME_EVERY without). */
const photographed = (products: number) => products - Math.floor(products / PHOTO_TO_COME_EVERY);

/** Files and megabytes in dist/_astro/ made from the given photos (`<name>.<hash>[_<variant>].<ext>`), per photo. */
function perPhotoOutput(dist: string, photoFiles: string[]): { files: number; mb: number } {
  const names = new Set(photoFiles.map((f) => f.replace(/\.jpg$/, '')));
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(path.join(dist, '_astro'), { withFileTypes: true })) {
    const name = /^(.+?)\.[\w-]{8}(?:_[\w-]+)?\.\w+$/.exec(e.name)?.[1];
    if (!e.isFile() || !name || !names.has(name)) continue;
    files++;
    bytes += statSync(path.join(e.parentPath, e.name)).size;
  }
  return { files: files / photoFiles.length, mb: bytes / 1048576 / photoFiles.length };
}

// ---------------------------------------------------------------- report

const thousands = (n: number) => n.toLocaleString('en');

/** Build time, memory, output size and files per catalogue size, what each further 1,000 products cost, and which limit comes first. */
function curveSection(results: readonly SizeResult[]): string[] {
  if (results.length < 2) return [];
  const series = (value: (r: SizeResult) => number): CurvePoint[] => results.map((r) => ({ products: r.products, value: value(r) }));
  const measures: [string, CurvePoint[], (n: number) => string][] = [
    ['build (wall)', series((r) => r.build.wallS), (n) => `${n.toFixed(1)} s`],
    ['pages', series((r) => r.build.pages), (n) => thousands(Math.round(n))],
    ['peak memory', series((r) => r.build.peakMb), (n) => `${n.toFixed(0)} MB`],
    ['dist/', series((r) => r.distMb), (n) => `${n.toFixed(1)} MB`],
    ['files in dist/', series((r) => r.dist.files), (n) => thousands(Math.round(n))],
    ['largest single file', series((r) => r.dist.largest.mb), (n) => `${n.toFixed(2)} MB`],
  ];
  const steps = slopes(measures[0]![1]);
  const limits = limitsInOrder([
    { what: 'peak build memory', limit: 'the 4 GB build budget (DESIGN.md)', value: 4096, points: measures[2]![1] },
    { what: 'dist/ size', limit: 'GitHub Pages: 1 GB per site', value: 1024, points: measures[3]![1] },
    { what: 'files in dist/', limit: 'Cloudflare Pages free: 20,000 files', value: 20000, points: measures[4]![1] },
    { what: 'files in dist/', limit: 'Cloudflare Pages paid: 100,000 files', value: 100000, points: measures[4]![1] },
    { what: 'largest single file', limit: 'Cloudflare Pages: 25 MiB per file', value: 25, points: measures[5]![1] },
  ]);
  const largestFiles = results.map((r) => `${thousands(r.products)}: ${r.dist.largest.path} (${r.dist.largest.mb.toFixed(2)} MB)`).join('; ');
  return [
    '## The curve',
    '',
    `Each measure at each size, and what each further 1,000 products added between two measured sizes (straight lines; producers = products / 5, one shared photo per category). Largest single file: ${largestFiles}.`,
    '',
    `| measure | ${results.map((r) => `${thousands(r.products)} products`).join(' | ')} | ${steps.map((st) => `per 1,000 products, ${thousands(st.from)} → ${thousands(st.to)}`).join(' | ')} |`,
    `|---|${results.map(() => '---').join('|')}|${steps.map(() => '---').join('|')}|`,
    ...measures.map(([name, points, format]) => `| ${name} | ${points.map((p) => format(p.value)).join(' | ')} | ${slopes(points).map((st) => format(st.per1000)).join(' | ')} |`),
    '',
    '### What breaks first',
    '',
    'The catalogue size at which each limit is reached: interpolated between the measured sizes, or extended in a straight line from the two largest.',
    '',
    '| limit | what reaches it | at about |',
    '|---|---|---|',
    ...limits.map((l) => `| ${l.limit} | ${l.what} | ${l.atProducts === undefined ? 'not reached on this curve' : `${thousands(l.atProducts)} products${l.atProducts > results.at(-1)!.products ? ' (extended)' : ''}`} |`),
    '',
  ];
}

/** Sizes whose build or measurement failed, and how. */
function failureSection(failed: readonly Failure[]): string[] {
  if (failed.length === 0) return [];
  return ['## Failed', '', '| products | photos | what failed (last lines) |', '|---|---|---|', ...failed.map((f) => `| ${f.products} | ${f.photos} | ${f.message.replaceAll('|', '\\|')} |`), ''];
}

/** Output size and file count with a drawn photo per product, beside the same size with shared photos. */
function uniquePhotoSection(unique: readonly UniquePhotoResult[], shared: readonly SizeResult[]): string[] {
  if (unique.length === 0) return [];
  // What one photo adds, from the largest run with a photo per product; applied to the sizes measured with shared photos.
  const sample = unique.reduce((a, b) => (b.photos > a.photos ? b : a));
  // Image time per photo: beyond a build with shared photos (the same region, cluster and category photos at any size).
  const sampleShared = shared.find((r) => r.products === sample.products) ?? shared[0];
  const imageSPerPhoto = (sample.build.imagesS - (sampleShared?.build.imagesS ?? 0)) / sample.photos;
  const projected = shared.filter((r) => !unique.some((u) => u.products === r.products));
  return [
    '## A photo per product',
    '',
    'The same catalogue generated with `--photos unique`: every product with a photo (19 in 20) has its own drawn 1600×1200 JPEG, which the build turns into its responsive AVIF and WebP sizes. Cold builds, as above.',
    '',
    '| products | photos | build (wall) | images | peak memory | dist/ | files | largest single file | with shared photos: dist/, files |',
    '|---|---|---|---|---|---|---|---|---|',
    ...unique.map((u) => {
      const same = shared.find((r) => r.products === u.products);
      return `| ${u.products} | ${u.photos} | ${u.build.wallS.toFixed(1)} s | ${u.build.imagesS.toFixed(1)} s | ${u.build.peakMb.toFixed(0)} MB | ${u.dist.mb.toFixed(1)} MB | ${thousands(u.dist.files)} | ${u.dist.largest.path} (${u.dist.largest.mb.toFixed(2)} MB) | ${same ? `${same.distMb.toFixed(1)} MB, ${thousands(same.dist.files)}` : 'not measured'} |`;
    }),
    '',
    `Each product photo adds ${sample.perPhoto.files.toFixed(1)} files and ${sample.perPhoto.mb.toFixed(3)} MB to dist/ (its original and its responsive variants in /_astro/), and ${imageSPerPhoto.toFixed(2)} s of image processing on this machine (${thousands(sample.products)}-product run${sampleShared ? `, beyond the images of the ${thousands(sampleShared.products)}-product build with shared photos` : ''}).`,
    ...(projected.length
      ? [
          '',
          '*Projected, not built*: the sizes above measured with shared photos, plus that much per photo (19 products in 20 have one). Build them with `--unique-photos` to measure instead.',
          '',
          '| products | photos | dist/ | files | image processing |',
          '|---|---|---|---|---|',
          ...projected.map((r) => {
            const photos = photographed(r.products);
            return `| ${r.products} | ${photos} | ${(r.distMb + photos * sample.perPhoto.mb).toFixed(0)} MB | ${thousands(Math.round(r.dist.files + photos * sample.perPhoto.files))} | ${((photos * imageSPerPhoto) / 60).toFixed(0)} min |`;
          }),
        ]
      : []),
    '',
  ];
}

/** The spreadsheet import's lines (#17), measured once before the sizes; empty until then. */
let importLines: string[] = [];

function writeReport(): void {
const astroVersion = (JSON.parse(readFileSync(path.join(repo, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
const pagefindVersion = (JSON.parse(readFileSync(path.join(repo, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
/** The same ratio for our build without the two steps the bare build has no counterpart for: image processing and the Pagefind index. */
const pagesOnlyRatio = (ours: Build, baseline: Build) => (ours.wallS - ours.imagesS - ours.pagefindS) / baseline.wallS; // the baseline has as many pages as ours
const pass = (ok: boolean) => (ok ? 'met' : '**missed**');
/** The stack's floor for the same pages: the bare content-collection build plus Pagefind's own index of its output. */
const floorS = (r: SizeResult) => r.collectionBaseline.wallS + r.bareIndex.wallS;
const floorCpuS = (r: SizeResult) => r.collectionBaseline.cpuS + r.bareIndex.cpuS;
const command = [
  'npm run bench --',
  // An empty list is written as one, so the command can be run again as printed.
  `--sizes ${sizes.length ? sizes.join(',') : '""'}`,
  uniquePhotoSizes.length ? `--unique-photos ${uniquePhotoSizes.join(',')}` : '',
  values['skip-lighthouse'] ? '--skip-lighthouse' : '',
  heapMb ? `--heap-mb ${heapMb}` : '',
  values.note ? `--note ${JSON.stringify(values.note)}` : '',
  path.resolve(values.out) === path.join(repo, 'BENCHMARKS.md') ? '' : `--out ${path.relative(repo, path.resolve(values.out))}`,
].filter(Boolean);
const unfinished = [...sizes.filter((n) => !results.some((r) => r.products === n)), ...uniquePhotoSizes.filter((n) => !uniqueResults.some((r) => r.products === n)).map((n) => `${n} with unique photos`)];
const lines: string[] = [
  '# Benchmarks',
  '',
  `Produced by \`${command.join(' ')}\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}. Do not edit by hand: run the command again.${unfinished.length ? ` **Still running or stopped: not yet measured: ${unfinished.join(', ')}.**` : ''}`,
  '',
  `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 1073741824).toFixed(1)} GB memory, ${os.type()} ${os.release()}; Node ${process.version}, Astro ${astroVersion}, Pagefind ${pagefindVersion}.${heapMb ? ` Every build (ours and the bare ones) ran with V8's heap limit at ${heapMb} MB (\`node --max-old-space-size=${heapMb}\`; Node's own default here is ${Math.round(getHeapStatistics().heap_size_limit / 1048576)} MB).` : ''}${values.note ? ` ${values.note}` : ''}`,
  '',
  `The catalogue is synthetic (\`npm run generate\`, seed 1, producers = products / 5, both languages, one shared photo per category). Builds are cold: the catalogue's Astro cache (processed images) is deleted first. Build date fixed to ${TODAY}.`,
  '',
  '## Build',
  '',
  '| products | producers | pages | build (wall) | Astro pages | images | Pagefind (the sitemap, headers and data files are written meanwhile) | other (content check and sync, bundling) | pages/s | peak memory | dist/ | files | Pagefind index |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.products} | ${r.producers} | ${r.build.pages} | ${r.build.wallS.toFixed(1)} s | ${r.build.routesS.toFixed(1)} s | ${r.build.imagesS.toFixed(1)} s | ${r.build.pagefindS.toFixed(1)} s | ${(r.build.wallS - r.build.routesS - r.build.imagesS - r.build.pagefindS).toFixed(1)} s | ${(r.build.pages / r.build.wallS).toFixed(0)} | ${r.build.peakMb.toFixed(0)} MB | ${r.distMb.toFixed(1)} MB | ${r.dist.files} | ${r.pagefindMb.toFixed(1)} MB |`,
  ),
  '',
  "### Against the stack's floor (same pages, same run)",
  '',
  "The floor is what the stack itself spends on the same pages: *bare Astro*, the catalogue's Markdown files (translations included) loaded as one content collection and rendered one entry per page with a minimal layout, as many pages as our build has; plus *bare Pagefind*, Pagefind's own command line with its defaults indexing that build's output (every page). Ratio = our wall time / (bare Astro + bare Pagefind). The same ratio in CPU time (user + system, the build's child processes included) is shown beside it: on a machine shared with other work, wall times depend on what else ran at the time, CPU times much less. *Raw text* (each page prints a product file's raw text, no Markdown, no content layer) is shown for reference.",
  '',
  '| products | pages | bare Astro | bare Pagefind (pages indexed) | floor | our build | ours / floor | CPU: floor, ours, ours / floor | ours without images and Pagefind / bare Astro | raw text |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.products} | ${r.build.pages} | ${r.collectionBaseline.wallS.toFixed(1)} s (${r.collectionBaseline.peakMb.toFixed(0)} MB) | ${r.bareIndex.wallS.toFixed(1)} s (${r.bareIndex.pages}) | ${floorS(r).toFixed(1)} s | ${r.build.wallS.toFixed(1)} s | ${(r.build.wallS / floorS(r)).toFixed(2)}× | ${floorCpuS(r).toFixed(1)} s, ${r.build.cpuS.toFixed(1)} s, ${(r.build.cpuS / floorCpuS(r)).toFixed(2)}× | ${pagesOnlyRatio(r.build, r.collectionBaseline).toFixed(2)}× | ${r.baseline.wallS.toFixed(1)} s (${r.baseline.peakMb.toFixed(0)} MB) |`,
  ),
  '',
  ...failureSection(failures),
  ...curveSection(results),
  ...uniquePhotoSection(uniqueResults, results),
];
// Page weights, search and the budgets are for 10,000 products when measured (DESIGN.md's budgets are set there).
const largest = results.find((r) => r.products === 10000) ?? results.at(-1);
if (!largest) {
  writeFileSync(values.out, `${lines.join('\n')}\n`);
  return;
}
lines.push(
  '## Page weight (largest page of every type)',
  '',
  'Every built page is classed by its URL (both languages together; the pages of a paginated list count as one type) and the largest HTML file of each type is weighed. CSS is what the screen needs; the print stylesheet (`media="print"`, the one-page spec sheet) does not block rendering and is shown apart.',
  '',
  '| page type | largest page | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | HTML+CSS+JS gzip | print CSS gzip |',
  '|---|---|---|---|---|---|---|',
);
for (const [name, w] of Object.entries(largest.weights)) {
  lines.push(`| ${name} | ${w.path ?? ''} | ${kb(w.html[0])} / ${kb(w.html[1])} KB | ${kb(w.css[0])} / ${kb(w.css[1])} KB | ${kb(w.js[0])} / ${kb(w.js[1])} KB | ${kb(budgetGzip(w))} KB | ${kb(w.printCss[1])} KB |`);
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
const productGzip = budgetGzip(product);
const worstFirst = Math.max(...largest.search.map((s) => s.firstKb));
const worstCounts = Math.max(...largest.search.map((s) => s.countsKb));
const worstCountsAfter = Math.max(...largest.search.map((s) => s.countsMs - s.firstMs));
const heaviest = Object.entries(largest.weights).sort((a, b) => b[1].html[1] - a[1].html[1])[0]!;
const worstMs = Math.max(...largest.search.flatMap((s) => [s.firstMs, s.repeatMs]));
const ratio = largest.build.wallS / floorS(largest);
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
  `| build <= 2× the stack's floor (bare Astro + bare Pagefind, same pages) | ${ratio.toFixed(2)}× (${largest.build.wallS.toFixed(1)} s against ${largest.collectionBaseline.wallS.toFixed(1)} s + ${largest.bareIndex.wallS.toFixed(1)} s); in CPU time ${(largest.build.cpuS / floorCpuS(largest)).toFixed(2)}× | ${pass(ratio <= 2)} |`,
  `| build memory <= 4 GB | ${(largest.build.peakMb / 1024).toFixed(2)} GB | ${pass(largest.build.peakMb <= 4096)} |`,
  lighthouseMin === undefined ? '| Lighthouse 100 | not run | |' : `| Lighthouse 100 on home, product, producer, search | lowest ${Math.round(lighthouseMin * 100)} | ${pass(lighthouseMin === 1)} |`,
  '',
);
// Spreadsheet import (#17): its own step, apart from the build budgets.
lines.push(...importLines);
writeFileSync(values.out, `${lines.join('\n')}\n`);
console.log(`bench: wrote ${values.out}`);
}

// ---------------------------------------------------------------- run

const results: SizeResult[] = [];
const uniqueResults: UniquePhotoResult[] = [];
const failures: Failure[] = [];

/** Writes the catalogue with `npm run generate` into the bench's folder; returns the seconds it took. */
function generate(products: number, producers: number, catalogue: string, photos: 'shared' | 'unique'): number {
  const started = performance.now();
  const gen = run(process.execPath, [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), 'scripts/generate-catalogue.ts', '--products', String(products), '--producers', String(producers), '--out', catalogue, '--photos', photos, '--force'], {});
  if (gen.status !== 0) throw new Error(gen.output);
  return (performance.now() - started) / 1000;
}

/** Our build of `catalogue`, cold: the catalogues' Astro caches (processed images included) are removed first. */
function coldBuild(catalogue: string, dist: string): Build {
  const caches = path.join(repo, 'node_modules/.astro');
  for (const entry of existsSync(caches) ? readdirSync(caches).filter((e) => e.startsWith('catalogue-')) : []) rmSync(path.join(caches, entry), { recursive: true, force: true });
  return timedBuild(repo, dist, { ETALASE_CONTENT_DIR: catalogue, ETALASE_TODAY: TODAY });
}

async function measureSize(products: number): Promise<void> {
  const producers = Math.max(1, Math.round(products / 5));
  const catalogue = path.join(work, `catalogue-${products}`);
  const dist = path.join(work, `dist-${products}`);
  console.log(`bench: ${products} products / ${producers} producers`);
  const generateS = generate(products, producers, catalogue, 'shared');
  const build = coldBuild(catalogue, dist);
  console.log(`  built ${build.pages} pages in ${build.wallS.toFixed(1)} s, peak ${build.peakMb.toFixed(0)} MB`);
  const baseline = baselineBuild(catalogue, build.pages, 'text');
  const collectionBaseline = baselineBuild(catalogue, build.pages, 'collection');
  const bareIndex = barePagefind(path.join(work, 'baseline-collection', 'dist'));
  console.log(`  baselines: ${baseline.pages} text pages in ${baseline.wallS.toFixed(1)} s, ${collectionBaseline.pages} content-collection pages in ${collectionBaseline.wallS.toFixed(1)} s, bare Pagefind index of them in ${bareIndex.wallS.toFixed(1)} s`);
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
  const stats = distStats(dist);
  results.push({ products, producers, generateS, build, baseline, collectionBaseline, bareIndex, dist: stats, distMb: stats.mb, pagefindMb: dirBytes(path.join(dist, 'pagefind')) / 1048576, weights, search, lighthouse });
}

function measureUniquePhotos(products: number): void {
  const producers = Math.max(1, Math.round(products / 5));
  const catalogue = path.join(work, `catalogue-${products}-unique-photos`);
  const dist = path.join(work, `dist-${products}-unique-photos`);
  console.log(`bench: ${products} products / ${producers} producers, a drawn photo per product`);
  const generateS = generate(products, producers, catalogue, 'unique');
  const photoFiles = readdirSync(path.join(catalogue, 'images/products'));
  const photos = photoFiles.length;
  const build = coldBuild(catalogue, dist);
  console.log(`  built ${build.pages} pages with ${photos} photos in ${build.wallS.toFixed(1)} s, peak ${build.peakMb.toFixed(0)} MB`);
  uniqueResults.push({ products, photos, generateS, build, dist: distStats(dist), perPhoto: perPhotoOutput(dist, photoFiles) });
}

/** Runs one measurement; a failure (out of memory, a host limit, a crash) is recorded for the report instead of ending the run. */
async function attempt(products: number, photos: Failure['photos'], measure: () => void | Promise<void>): Promise<void> {
  try {
    await measure();
  } catch (error) {
    const message = String(error instanceof Error ? error.message : error);
    console.error(`bench: ${products} products (${photos} photos) failed:\n${message.slice(-2000)}`);
    failures.push({ products, photos, message: message.split('\n').map((l) => l.trim()).filter(Boolean).slice(-4).join(' / ').slice(0, 400) });
  }
  writeReport();
}

mkdirSync(work, { recursive: true });
// Spreadsheet import (#17): apart from the build budgets, and first, as it takes seconds.
importLines = importBenchLines(await benchImport(repo, { today: new Date(`${TODAY}T00:00:00Z`) }));
writeReport();
// The photo runs first: they are the smaller ones here, and the largest catalogue is the likeliest to fail.
for (const products of uniquePhotoSizes) await attempt(products, 'unique', () => measureUniquePhotos(products));
for (const products of sizes) await attempt(products, 'shared', () => measureSize(products));
