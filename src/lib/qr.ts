/**
 * QR codes drawn at build time (issue 16): `uqr` encodes the text, and the
 * modules become one compact SVG path, one stroked line per run of dark modules
 * in a row (or a column) with relative moves, so a page carries a few hundred bytes and no
 * script. Error correction L keeps a page address at version 4 (33 modules),
 * which prints sharp at 20 mm.
 */
// Explicit `.ts` extensions: the build's QR worker (./qr-worker.ts) runs this module in Node without a bundler.
import { deflateRawSync } from 'node:zlib';
import { memoize } from './memo.ts';
import { encodeWithBestMask } from './qr-mask.ts';

/** Light modules around the code that scanners need (the QR standard's quiet zone). */
export const QUIET_ZONE = 4;

export interface QrPath {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Path data for `stroke-width: 1` lines through the middle of each dark run (horizontal or vertical). */
  d: string;
}

/**
 * The QR code of `text`. A page address is drawn on its page and again in every
 * print pack that lists it; encoding (eight masks scored, see ./qr-mask.ts) and
 * picking the smaller path were a fifth of the pages' rendering time, so each
 * address is drawn once per build, and during `astro build` by a worker thread
 * (src/integrations/qr-worker.ts) while the pages go on rendering.
 */
export const qrPath: (text: string) => Promise<QrPath> = memoize(async (text: string) => (qrDrawer() ?? drawQrPath)(text), (text) => text);

/** What the build's QR worker offers the pages: set on `globalThis` under this key while `astro build` runs. */
export const QR_DRAWER = Symbol.for('etalase.qr-drawer');

function qrDrawer(): ((text: string) => Promise<QrPath>) | undefined {
  return (globalThis as { [QR_DRAWER]?: (text: string) => Promise<QrPath> })[QR_DRAWER];
}

/** Draws the QR code of `text` at once, on this thread. */
export function drawQrPath(text: string): QrPath {
  const { data, size } = encodeWithBestMask(text, 'L');
  const columns = data.map((_, x) => data.map((row) => row[x]!));
  // Rows as horizontal lines or columns as vertical ones, whichever compresses smaller: the same code either way.
  const [d] = [runs(data, false), runs(columns, true)].sort((a, b) => deflateRawSync(a).length - deflateRawSync(b).length || a.length - b.length);
  return { size, d: d! };
}

/** Path data for the dark runs of each line of `lines` (rows, or columns when `vertical`). */
function runs(lines: boolean[][], vertical: boolean): string {
  let d = '';
  let pen: [number, number] | undefined;
  lines.forEach((line, a) => {
    for (let b = 0; b < line.length; ) {
      if (!line[b]) {
        b++;
        continue;
      }
      let run = 1;
      while (line[b + run]) run++;
      const [x, y] = vertical ? [a, b] : [b, a];
      const draw = `${vertical ? 'v' : 'h'}${run}`;
      d += pen ? `m${x - pen[0]} ${y - pen[1]}${draw}` : vertical ? `M${x}.5 ${y}${draw}` : `M${x} ${y}.5${draw}`;
      pen = vertical ? [x, y + run] : [x + run, y];
      b += run;
    }
  });
  return d;
}

/** The SVG viewBox with the quiet zone around the modules. */
export function qrViewBox(size: number): string {
  return `-${QUIET_ZONE} -${QUIET_ZONE} ${size + 2 * QUIET_ZONE} ${size + 2 * QUIET_ZONE}`;
}
