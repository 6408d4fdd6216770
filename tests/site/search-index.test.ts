/**
 * Search result cards show a small picture: every indexed page names its own
 * thumbnail for Pagefind, so results never pull a full-size photo (Pagefind
 * would otherwise take the first image on the page).
 */
import { statSync } from 'node:fs';
import { expect, it } from 'vitest';
import { allPages, fileFor } from '../helpers/built-site';

it('every indexed page gives Pagefind a thumbnail of at most 40 KB', () => {
  const indexed = allPages().filter((p) => p.dom.querySelector('[data-pagefind-body]'));
  expect(indexed.length).toBeGreaterThan(50);
  const bad: string[] = [];
  for (const page of indexed) {
    const img = page.dom.querySelector('img[data-pagefind-meta^="image"]');
    const file = img && fileFor(img.getAttribute('src') ?? '');
    if (!file) bad.push(`${page.rel}: no thumbnail`);
    else if (statSync(file).size > 40 * 1024) bad.push(`${page.rel}: ${img!.getAttribute('src')} is ${statSync(file).size} bytes`);
  }
  expect(bad).toEqual([]);
});
