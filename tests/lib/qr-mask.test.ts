/**
 * The faster mask choice (src/lib/qr-mask.ts) prints exactly the code `uqr`'s
 * own automatic mask choice prints: same mask, same modules, for page addresses
 * of every kind and every error-correction level, across code sizes.
 */
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { encodeWithBestMask } from '~/lib/qr-mask';

const addresses = [
  'https://etalase.example.org/',
  'https://etalase.example.org/products/kemplang-panggang-bu-rahmah/',
  'https://etalase.example.org/id/products/kemplang-panggang-bu-rahmah/',
  'https://etalase.example.org/id/producers/ud-lestari-bu-sari-00936/',
  'https://user.github.io/etalase/01/09520000016425/',
  ...Array.from({ length: 300 }, (_, i) => `https://etalase.example.org/${i % 2 ? 'id/' : ''}products/gula-kelapa-cetak-${String(i * 37).padStart(5, '0')}/`),
  `https://etalase.example.org/search/?q=${'kerupuk '.repeat(12).trim()}`,
  `https://etalase.example.org/search/?q=${'kemplang panggang '.repeat(24).trim()}`, // a large code (version 12)
];

describe('encodeWithBestMask', () => {
  it("draws uqr's own code (mask and modules) for every address", () => {
    const masks = new Set<number>();
    for (const text of addresses) {
      const theirs = encode(text, { ecc: 'L', border: 0 });
      const ours = encodeWithBestMask(text, 'L');
      expect({ text, mask: ours.maskPattern, size: ours.size }).toEqual({ text, mask: theirs.maskPattern, size: theirs.size });
      expect(ours.data).toEqual(theirs.data);
      masks.add(ours.maskPattern);
    }
    expect(masks.size).toBeGreaterThan(3); // the choice really varied
  });

  it('agrees at every error-correction level', () => {
    for (const ecc of ['L', 'M', 'Q', 'H'] as const) {
      for (const text of addresses.slice(0, 40)) {
        const theirs = encode(text, { ecc, border: 0 });
        expect(encodeWithBestMask(text, ecc).data).toEqual(theirs.data);
      }
    }
  });
});
