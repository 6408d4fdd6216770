import jsQR from 'jsqr';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { drawQrPath, QR_DRAWER, QUIET_ZONE, qrPath, qrViewBox, type QrPath } from '~/lib/qr';

/** Draws the path's runs into RGBA pixels (4 px per module) and decodes them with jsQR. */
function decode(d: string, size: number): string | undefined {
  const scale = 4;
  const side = (size + 2 * QUIET_ZONE) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  const dark = (mx: number, my: number) => {
    for (let py = 0; py < scale; py++) {
      for (let px = 0; px < scale; px++) {
        const at = (((my + QUIET_ZONE) * scale + py) * side + (mx + QUIET_ZONE) * scale + px) * 4;
        pixels.fill(0, at, at + 3);
      }
    }
  };
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b, dir, run] of d.matchAll(/([Mm])(-?\d+)(?:\.5)? (-?\d+)(?:\.5)?([hv])(\d+)/g)) {
    x = cmd === 'M' ? Number(a) : x + Number(a);
    y = cmd === 'M' ? Number(b) : y + Number(b);
    for (let i = 0; i < Number(run); i++) dir === 'h' ? dark(x + i, y) : dark(x, y + i);
    if (dir === 'h') x += Number(run);
    else y += Number(run);
  }
  return jsQR(pixels, side, side)?.data;
}

describe('qrPath', () => {
  it.each(['https://etalase.example.org/products/kemplang-panggang-bu-sari/', 'https://etalase.example.org/etalase/id/producers/kemplang-bu-sari/'])(
    'draws a code that decodes to the text: %s',
    async (url) => {
      const { size, d } = await qrPath(url);
      expect(size).toBe(33);
      expect(decode(d, size)).toBe(url);
      expect(qrViewBox(size)).toBe('-4 -4 41 41');
    },
  );

  it('is compact: one move and one line per run, relative after the first', () => {
    const { d } = drawQrPath('https://etalase.example.org/products/kemplang-panggang-bu-sari/');
    expect(d).toMatch(/^M0(\.5)? 0(\.5)?[hv]7m/);
    expect(d.length).toBeLessThan(2000);
  });
});

describe('the QR worker of the build', () => {
  const offered = globalThis as { [QR_DRAWER]?: (text: string) => Promise<QrPath> };
  afterEach(() => {
    delete offered[QR_DRAWER];
  });

  it('runs its file as Node runs it (types stripped, no bundler) and draws the same code as the page would', async () => {
    const url = 'https://etalase.example.org/id/products/kerupuk-udang-dua-saudara/';
    const worker = new Worker(new URL('../../src/lib/qr-worker.ts', import.meta.url));
    try {
      worker.postMessage({ id: 7, text: url });
      const [reply] = (await once(worker, 'message')) as [{ id: number; path: QrPath }];
      expect(reply).toEqual({ id: 7, path: drawQrPath(url) });
      expect(decode(reply.path.d, reply.path.size)).toBe(url);
    } finally {
      await worker.terminate();
    }
  });

  it('is what qrPath asks while the build offers it, once per text', async () => {
    const asked: string[] = [];
    offered[QR_DRAWER] = async (text) => {
      asked.push(text);
      return drawQrPath(text);
    };
    const url = 'https://etalase.example.org/producers/worker-test-only/';
    const [first, again] = await Promise.all([qrPath(url), qrPath(url)]);
    expect(first).toEqual(drawQrPath(url));
    expect(again).toBe(first);
    expect(asked).toEqual([url]);
  });
});
