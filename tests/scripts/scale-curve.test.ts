/**
 * The bench's scale curve (scripts/lib/scale-curve.ts): the cost of each further
 * 1,000 products, and the catalogue size at which a host's or the budget's limit is reached.
 */
import { describe, expect, it } from 'vitest';
import { limitsInOrder, sizeAtLimit, slopes } from '../../scripts/lib/scale-curve';

const files = [
  { products: 1000, value: 6000 },
  { products: 10000, value: 51000 },
  { products: 30000, value: 151000 },
];

describe('scale curve', () => {
  it('gives the change per 1,000 products between consecutive sizes, in any input order', () => {
    expect(slopes([files[2]!, files[0]!, files[1]!])).toEqual([
      { from: 1000, to: 10000, per1000: 5000 },
      { from: 10000, to: 30000, per1000: 5000 },
    ]);
  });

  it('finds a limit between measured sizes, beyond them in a straight line, or not at all', () => {
    expect(sizeAtLimit(files, 20000)).toBe(3800); // between 1,000 and 10,000
    expect(sizeAtLimit(files, 201000)).toBe(40000); // extended from the last two sizes
    expect(sizeAtLimit(files, 5000)).toBe(1000); // already past at the smallest size
    expect(sizeAtLimit(files.slice(0, 1), 20000)).toBeUndefined(); // one size is no line
    expect(sizeAtLimit([{ products: 1000, value: 5 }, { products: 2000, value: 5 }], 25)).toBeUndefined(); // flat: never reached
  });

  it('orders limits by the size that reaches them first', () => {
    const ordered = limitsInOrder([
      { what: 'files', limit: 'paid', value: 100000, points: files },
      { what: 'largest file', limit: '25 MiB', value: 25, points: [{ products: 1000, value: 1 }, { products: 10000, value: 1 }] },
      { what: 'files', limit: 'free', value: 20000, points: files },
    ]);
    expect(ordered.map((l) => [l.limit, l.atProducts])).toEqual([
      ['free', 3800],
      ['paid', 19800],
      ['25 MiB', undefined],
    ]);
  });
});
