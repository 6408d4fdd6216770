/**
 * The MDX components editors may use, rendered by a real build of the real
 * site from a small catalogue whose news item uses all three, then opened in
 * Chromium: the video loads nothing from its host until the reader opens it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, type Catalogue } from '../helpers/fixture-copy';
import { launchBrowser, watchErrors } from '../helpers/browser/browser';
import { buildSite, repoRoot } from '../helpers/browser/build';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server';

const outDir = path.join(repoRoot, 'tests/.tmp/dist-mdx');
const VIDEO_ID = 'aaaaaaaaaaa'; // a well-formed placeholder id; the video host is never reached offline
const NEWS = 'news/pameran-contoh';

const englishBody = `
Sample news body.

import { Callout } from '~/components/mdx'

<Callout type="warning" title="Bring samples">Buyers ask for **samples** first.</Callout>

<Gallery>

![A pack of kemplang](../images/products/kemplang-goreng.jpg)
![A jar of coconut sugar](../images/products/gula-semut.jpg)

</Gallery>

<Video provider="youtube" id="${VIDEO_ID}" title="Drying kemplang in the sun" />
`;
const indonesianBody = `
Isi berita contoh.

<Callout>Catatan singkat.</Callout>

<Video provider="vimeo" id="76979871" title="Menjemur kemplang" />
`;

describe('MDX components in a real build', () => {
  let cat: Catalogue;
  let site: StaticSite;
  let browser: Browser;
  const page = (locale: '' | 'id/') => readFileSync(path.join(outDir, locale, NEWS, 'index.html'), 'utf8');

  beforeAll(async () => {
    cat = copyFixture();
    const base = cat.read(`${NEWS}.md`);
    const translation = cat.read(`${NEWS}.id.md`);
    cat.remove(`${NEWS}.md`);
    cat.remove(`${NEWS}.id.md`);
    cat.write(`${NEWS}.mdx`, base.replace(/\nSample news body\.\n?$/, englishBody));
    cat.write(`${NEWS}.id.mdx`, `${translation.replace(/\n[^\n]*\n?$/, '')}\n${indonesianBody}`);
    buildSite(outDir, { ETALASE_CONTENT_DIR: cat.root, ETALASE_TODAY: '2026-01-15' });
    site = await serveStatic(outDir);
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    cat?.cleanup();
  });

  it('renders Callout as a labelled note and Gallery as optimised local images', () => {
    const html = page('');
    expect(html).toMatch(/<div class="callout callout--warning" role="note"><p class="callout__title"><strong>Bring samples<\/strong><\/p>/);
    expect(html).toContain('Buyers ask for <strong>samples</strong> first.');
    const gallery = /<div class="gallery">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    const images = [...gallery.matchAll(/<img [^>]*>/g)].map(([tag]) => ({ src: /src="([^"]+)"/.exec(tag)?.[1], alt: /alt="([^"]+)"/.exec(tag)?.[1] }));
    expect(images.map((i) => i.alt)).toEqual(['A pack of kemplang', 'A jar of coconut sugar']);
    for (const { src } of images) expect(src).toMatch(/^\/_astro\/.+\.(webp|avif|jpg)$/);
    expect(page('id/')).toMatch(/<div class="callout callout--note" role="note">(<p>)?Catatan singkat\./);
  });

  it('renders Video closed, in privacy mode, in the page language', () => {
    const en = page('');
    expect(en).toContain('<details class="video">');
    expect(en).toContain(`src="https://www.youtube-nocookie.com/embed/${VIDEO_ID}"`);
    expect(en).toMatch(/<iframe [^>]*title="Drying kemplang in the sun"[^>]*loading="lazy"/);
    expect(en).toContain('Play video: Drying kemplang in the sun');
    const id = page('id/');
    expect(id).toContain('src="https://player.vimeo.com/video/76979871?dnt=1"');
    expect(id).toContain('Putar video: Menjemur kemplang');
    expect(id).toContain('(dimuat dari player.vimeo.com saat dibuka)');
  });

  it('requests nothing from the video host until the reader opens the video', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors = watchErrors(tab);
    const offOrigin: string[] = [];
    tab.on('request', (request) => {
      if (!request.url().startsWith(site.url)) offOrigin.push(request.url());
    });
    await tab.goto(`${site.url}${NEWS}/`);
    await tab.locator('.video summary').scrollIntoViewIfNeeded();
    await tab.waitForTimeout(500);
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);

    const frameRequest = tab.waitForRequest((request) => request.url().startsWith('https://www.youtube-nocookie.com/embed/'), { timeout: 10_000 });
    await tab.locator('.video summary').focus(); // keyboard users open it too: Enter on the summary
    await tab.keyboard.press('Enter');
    expect((await frameRequest).url()).toBe(`https://www.youtube-nocookie.com/embed/${VIDEO_ID}`);
    await context.close();
  });
});
