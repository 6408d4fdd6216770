/**
 * The QR standard's automatic mask choice (ISO/IEC 18004 §7.8), scored exactly
 * as `uqr` (Nayuki's encoder) scores it, so the chosen mask and the code are
 * the same as `uqr`'s own. `uqr` redraws and rescores the whole code with array
 * shifts for each of the eight masks, about 2 ms a code: a build at 10,000
 * products draws 24,000 codes. Here the code is encoded once (mask 0) and each
 * other mask is derived from it by flipping its data modules and redrawing the
 * format bits, scored on flat arrays.
 */
import { encode } from 'uqr';
import { memoize } from './memo.ts';

type Ecc = 'L' | 'M' | 'Q' | 'H';

/** The format bits' error-correction level values (ISO/IEC 18004 table 12). */
const ECC_FORMAT: Record<Ecc, number> = { L: 1, M: 0, Q: 3, H: 2 };
const N1 = 3;
const N2 = 3;
const N3 = 40;
const N4 = 10;

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** Sets the 15 format bits (error-correction level and mask, BCH-coded) in both copies, as `uqr`'s drawFormatBits does. */
function drawFormatBits(dark: Uint8Array, size: number, ecc: Ecc, mask: number): void {
  const data = (ECC_FORMAT[ecc] << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  const bits = ((data << 10) | rem) ^ 0x5412;
  const set = (x: number, y: number, i: number) => (dark[y * size + x] = (bits >>> i) & 1);
  for (let i = 0; i <= 5; i++) set(8, i, i);
  set(8, 7, 6);
  set(8, 8, 7);
  set(7, 8, 8);
  for (let i = 9; i < 15; i++) set(14 - i, 8, i);
  for (let i = 0; i < 8; i++) set(size - 1 - i, 8, i);
  for (let i = 8; i < 15; i++) set(8, size - 15 + i, i);
  dark[(size - 8) * size + 8] = 1;
}

/** Finder-like patterns (1:1:3:1:1 with 4 light on a side) ending at the newest runs: 0, 1 or 2 (Nayuki's finderPenaltyCountPatterns). */
function finderPatterns(h0: number, h1: number, h2: number, h3: number, h4: number, h5: number, h6: number): number {
  const n = h1;
  if (!(n > 0 && h2 === n && h3 === n * 3 && h4 === n && h5 === n)) return 0;
  return (h0 >= n * 4 && h6 >= n ? 1 : 0) + (h6 >= n * 4 && h0 >= n ? 1 : 0);
}

/** The penalty score of a code's modules (row-major, 1 = dark): lower scans better. */
export function maskPenalty(dark: Uint8Array, size: number): number {
  let result = 0;
  for (let pass = 0; pass < 2; pass++) {
    // Rows, then columns: the step along a line and from one line to the next.
    const along = pass === 0 ? 1 : size;
    const across = pass === 0 ? size : 1;
    for (let a = 0; a < size; a++) {
      let color = 0;
      let run = 0;
      // The last seven run lengths, newest first (Nayuki's runHistory), in locals: no array shifting.
      // The first run of a line also counts the light quiet zone before it.
      let h0 = 0, h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0; // prettier-ignore
      for (let b = 0, at = a * across; b < size; b++, at += along) {
        if (dark[at] === color) {
          run++;
          if (run === 5) result += N1;
          else if (run > 5) result++;
          continue;
        }
        h6 = h5; h5 = h4; h4 = h3; h3 = h2; h2 = h1; h1 = h0; h0 = run + (h1 === 0 ? size : 0); // prettier-ignore
        if (!color) result += finderPatterns(h0, h1, h2, h3, h4, h5, h6) * N3;
        color = dark[at]!;
        run = 1;
      }
      // The end of the line: a dark run, then the light quiet zone after it.
      if (color) {
        h6 = h5; h5 = h4; h4 = h3; h3 = h2; h2 = h1; h1 = h0; h0 = run + (h1 === 0 ? size : 0); // prettier-ignore
        run = 0;
      }
      h6 = h5; h5 = h4; h4 = h3; h3 = h2; h2 = h1; h1 = h0; h0 = run + size + (h1 === 0 ? size : 0); // prettier-ignore
      result += finderPatterns(h0, h1, h2, h3, h4, h5, h6) * N3;
    }
  }
  let darkCount = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const at = y * size + x;
      darkCount += dark[at]!;
      if (y < size - 1 && x < size - 1 && dark[at] === dark[at + 1] && dark[at] === dark[at + size] && dark[at] === dark[at + size + 1]) result += N2;
    }
  }
  const total = size * size;
  return result + (Math.ceil(Math.abs(darkCount * 20 - total * 10) / total) - 1) * N4;
}

/** Per code size: for each mask, 1 where it flips a module (before leaving out the function modules). */
const maskTable = memoize((size: number): Uint8Array[] =>
  MASKS.map((flips) => Uint8Array.from({ length: size * size }, (_, at) => (flips(at % size, Math.floor(at / size)) ? 1 : 0))),
);

/** The same code as `uqr`'s `encode(text, { ecc, border: 0 })` with its automatic mask: the first of the eight with the lowest penalty. */
export function encodeWithBestMask(text: string, ecc: Ecc): { data: boolean[][]; size: number; maskPattern: number } {
  const base = encode(text, { ecc, border: 0, maskPattern: 0 });
  const { size } = base;
  const tables = maskTable(size);
  const cells = size * size;
  const isData = new Uint8Array(cells);
  const unmasked = new Uint8Array(cells);
  for (let at = 0; at < cells; at++) {
    const y = Math.floor(at / size);
    isData[at] = base.types[y]![at - y * size] === 0 ? 1 : 0;
    // Mask 0 flipped back: the modules without any mask.
    unmasked[at] = (base.data[y]![at - y * size] ? 1 : 0) ^ (isData[at]! & tables[0]![at]!);
  }
  let best = { penalty: Infinity, mask: 0, dark: unmasked };
  for (let mask = 0; mask < 8; mask++) {
    const flips = tables[mask]!;
    const dark = new Uint8Array(cells);
    for (let at = 0; at < cells; at++) dark[at] = unmasked[at]! ^ (isData[at]! & flips[at]!);
    drawFormatBits(dark, size, ecc, mask);
    const penalty = maskPenalty(dark, size);
    if (penalty < best.penalty) best = { penalty, mask, dark };
  }
  const data = Array.from({ length: size }, (_, y) => Array.from(best.dark.subarray(y * size, (y + 1) * size), (d) => d === 1));
  return { data, size, maskPattern: best.mask };
}
