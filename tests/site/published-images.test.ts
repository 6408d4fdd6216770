/**
 * Photos published outside a page's own markup (JSON-LD `image`, Open Graph,
 * `data/catalogue.json`) are resized copies, never the editor's original file:
 * each address is a file of the build at most 1600 px wide (1200 x 630 for
 * Open Graph), and never byte-identical to a file in content/images/.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, attr, distDir, fileFor, jsonLdOf, listed, projectRoot, readDist, requireDist, sitePathOf } from '../helpers/built-site';

beforeAll(requireDist);

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function originals(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(jpe?g|png|webp|avif)$/i.test(entry.name)) found.add(hash(full));
    }
  };
  walk(path.join(projectRoot, process.env.ETALASE_CONTENT_DIR ?? 'content', 'images'));
  return found;
}

/** Every `image` value in a JSON-LD tree, as URLs. */
function imageUrls(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => imageUrls(n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'image') found.push(...[value].flat().map((v) => (typeof v === 'string' ? v : (v as { url?: string }).url ?? '')));
      else imageUrls(value, found);
    }
  }
  return found;
}

describe('published photos', () => {
  const sources = originals();
  const check = (url: string, where: string, maxWidth: number, problems: string[]) => {
    const file = fileFor(sitePathOf(url) ?? '');
    if (!file || !existsSync(file)) return problems.push(`${where}: ${url} is not a file of the build`);
    const { width } = imageSize(readFileSync(file));
    if (!width || width > maxWidth) problems.push(`${where}: ${url} is ${width} px wide (at most ${maxWidth})`);
    if (sources.has(hash(file))) problems.push(`${where}: ${url} is the original file, not a resized copy`);
    return undefined;
  };

  it('JSON-LD and Open Graph link resized copies', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of allPages()) {
      for (const url of jsonLdOf(page).flatMap((block) => (block.ok ? imageUrls(block.value) : []))) {
        check(url, page.rel, 1600, problems);
        checked++;
      }
      const og = attr(page.dom.querySelector('meta[property="og:image"]'), 'content');
      if (og) check(og, `${page.rel} og:image`, 1200, problems);
    }
    expect(checked, 'JSON-LD images were found').toBeGreaterThan(0);
    expect(problems, listed(problems, 'published originals')).toEqual([]);
  });

  it('data/catalogue.json links resized copies', () => {
    const catalogue = JSON.parse(readDist('data/catalogue.json'));
    const urls: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'url' || key === 'image') && typeof value === 'string' && /\.(jpe?g|png|webp|avif)$/i.test(value)) urls.push(value);
          else walk(value);
        }
      }
    };
    walk(catalogue);
    const problems: string[] = [];
    for (const url of urls) check(url, 'data/catalogue.json', 1600, problems);
    expect(urls.length).toBeGreaterThan(0);
    expect(problems, listed(problems, 'published originals')).toEqual([]);
  });
});

it('writes each processed picture once: no two image files of the build are byte for byte the same', () => {
  // A search thumbnail used to be a second copy of the 320 px card picture of the same photo: a file more per
  // photo to upload and host (file counts are what limit hosts such as Cloudflare Pages).
  const dir = path.join(distDir, '_astro');
  const byContent = new Map<string, string[]>();
  for (const name of readdirSync(dir).filter((n) => /\.(jpe?g|png|webp|avif)$/i.test(n))) {
    const key = hash(path.join(dir, name));
    byContent.set(key, [...(byContent.get(key) ?? []), name]);
  }
  expect(byContent.size).toBeGreaterThan(100);
  expect([...byContent.values()].filter((names) => names.length > 1)).toEqual([]);
});
