/**
 * `npm run screenshots`: every page type of the built site (`dist/`, or --dist)
 * in both languages at a phone (390x844) and a laptop (1366x900) size, as the
 * first screen and as the full page, into a folder that is not committed
 * (`screenshots/`, or --out). Pictures are for people to look at: nothing is
 * asserted here; the browser tests assert.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { defaultLocale, locales } from '~/i18n/locales';
import { parseCommandLine } from './lib/command-line';
import { pageTypePath, pageTypes } from './lib/page-types';
import { serveStatic } from './lib/static-server';

const USAGE = `Usage: npm run screenshots -- [--dist dist] [--out screenshots] [--only <page type words>]

Serves the built site and saves <locale>-<page type>-<width>.png (first screen)
and <locale>-<page type>-<width>-full.png (whole page) for every page type at
390x844 and 1366x900. Build first: npm run build.
--only product      only the page types whose name contains "product"`;

export const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
] as const;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const { values } = parseCommandLine(
  { options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'screenshots' }, only: { type: 'string' }, help: { type: 'boolean' } } },
  USAGE,
  fail,
);

const dist = path.resolve(values.dist);
const out = path.resolve(values.out);
if (!existsSync(path.join(dist, 'index.html'))) fail(`No built site in ${dist}: run npm run build first.`);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const fileName = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const site = await serveStatic(dist);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
let count = 0;
try {
  const types = pageTypes(dist).filter((type) => !values.only || type.name.includes(values.only));
  for (const viewport of VIEWPORTS) {
    const page = await browser.newPage({ viewport });
    for (const locale of locales) {
      const prefix = locale.code === defaultLocale ? '' : `${locale.code}/`;
      for (const type of types) {
        await page.goto(`${site.url}${pageTypePath(type, prefix)}`, { waitUntil: 'networkidle' });
        await type.ready?.(page);
        const name = `${locale.code}-${fileName(type.name)}-${viewport.width}`;
        await page.screenshot({ path: path.join(out, `${name}.png`) });
        await page.screenshot({ path: path.join(out, `${name}-full.png`), fullPage: true });
        count += 2;
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`${count} screenshots in ${path.relative(process.cwd(), out) || '.'}/`);
