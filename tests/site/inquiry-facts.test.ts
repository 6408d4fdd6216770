/**
 * The inquiry list and compare view read picked products' facts from the
 * facts files (src/lib/listed-product.ts): every product is in exactly the file
 * its slug names, in every language, with the facts of its own page.
 */
import { describe, expect, it } from 'vitest';
import { factsFileCount, factsFileName, factsFileOf } from '~/lib/facts-files';
import { entries, localeCodes, nameIn, pathIn } from '../helpers/catalogue';
import { basePath, readDist } from '../helpers/built-site';

const products = entries('products');
const files = factsFileCount(products.length);

describe.each(localeCodes)('facts files (%s)', (locale) => {
  it('hold every product once, in the file its slug names, with its name and page', () => {
    const base = pathIn(locale, 'inquiry').slice(basePath.length);
    const seen = new Map<string, number>();
    for (let file = 0; file < files; file++) {
      const facts = JSON.parse(readDist(`${base}${factsFileName(file)}`)) as Record<string, { name: string; path: string }>;
      for (const [slug, product] of Object.entries(facts)) {
        expect(seen.has(slug), `${slug} in two files`).toBe(false);
        seen.set(slug, file);
        expect(factsFileOf(slug, files), slug).toBe(file);
        const entry = products.find((p) => p.slug === slug)!;
        expect(product.name).toBe(nameIn(entry, locale));
        expect(product.path).toBe(pathIn(locale, 'products', slug));
      }
    }
    expect([...seen.keys()].sort()).toEqual(products.map((p) => p.slug).sort());
  });
});
