/**
 * A large place's print pack is cut into parts of whole producers (issue 14:
 * no page over 50 KB gzip at 10,000 products).
 */
import { describe, expect, it } from 'vitest';
import { packParts } from '~/lib/print-pack';
import { isUnlistedPage } from '~/lib/sitemap';

describe('packParts', () => {
  it('keeps a small pack in one part', () => {
    expect(packParts([3, 2, 4], 48)).toEqual([[0, 1, 2]]);
  });

  it('starts a new part before the producer that would take a part past the size, never splitting a producer', () => {
    expect(packParts([20, 20, 9, 1, 30], 48)).toEqual([[0, 1], [2, 3, 4]]);
    expect(packParts([24, 24, 1], 48)).toEqual([[0, 1], [2]]);
  });

  it('gives a producer with more products than a part holds a part of its own', () => {
    expect(packParts([5, 60, 5], 48)).toEqual([[0], [1], [2]]);
  });

  it('keeps every producer once, in order', () => {
    const counts = Array.from({ length: 500 }, (_, i) => 1 + ((i * 7) % 9));
    const parts = packParts(counts, 48);
    expect(parts.flat()).toEqual(counts.map((_, i) => i));
    for (const part of parts) expect(part.reduce((n, i) => n + counts[i]!, 0)).toBeLessThanOrEqual(48);
  });

  it('has no part for no producers', () => {
    expect(packParts([], 48)).toEqual([]);
  });
});

describe('print pack parts in the sitemap', () => {
  it('leaves every part of a print pack out, in every locale', () => {
    expect(isUnlistedPage('https://x.org/regions/kota-palembang/print/', '/')).toBe(true);
    expect(isUnlistedPage('https://x.org/id/regions/kota-palembang/print/page/3/', '/')).toBe(true);
    expect(isUnlistedPage('https://x.org/regions/kota-palembang/products/page/3/', '/')).toBe(false);
  });
});
