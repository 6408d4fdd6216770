/**
 * During `astro build`, QR codes (src/lib/qr.ts) are drawn by a worker thread
 * instead of the main thread that renders the pages: a build at 10,000 products
 * draws 24,000 codes, about a millisecond each. The worker is offered to the
 * pages on `globalThis` (QR_DRAWER) from the start of the build until the pages
 * are written; without it (dev server, tests, or a worker that stopped) the
 * pages draw their codes themselves.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { Worker } from 'node:worker_threads';
import { QR_DRAWER, type QrPath } from '~/lib/qr';

type Reply = { id: number; path: QrPath; error?: undefined } | { id: number; error: string };
type Drawer = (text: string) => Promise<QrPath>;
type Waiting = { resolve: (path: QrPath) => void; reject: (error: Error) => void };

const offered = globalThis as { [QR_DRAWER]?: Drawer };

export default function qrWorker(): AstroIntegration {
  let worker: Worker | undefined;
  let drawn = 0;
  const stop = async ({ logger }: { logger: AstroIntegrationLogger }) => {
    if (!worker) return;
    delete offered[QR_DRAWER];
    await worker.terminate();
    worker = undefined;
    logger.info(`${drawn} QR codes drawn on a worker thread`);
  };
  return {
    name: 'etalase:qr-worker',
    hooks: {
      'astro:build:start': () => {
        const thread = new Worker(new URL('../lib/qr-worker.ts', import.meta.url));
        worker = thread;
        const pending = new Map<number, Waiting>();
        let next = 0;
        // The worker keeps the process alive only while a page waits for a code: a build that ends
        // any other way (an error) is never held open by it.
        const settle = (id: number): Waiting | undefined => {
          const waiting = pending.get(id);
          pending.delete(id);
          if (pending.size === 0) thread.unref();
          return waiting;
        };
        thread.on('message', (reply: Reply) => {
          const waiting = settle(reply.id);
          if (reply.error !== undefined) return waiting?.reject(new Error(`QR code not drawn: ${reply.error}`));
          drawn++;
          waiting?.resolve(reply.path);
        });
        // A worker that fails or stops takes its waiting codes with it (their pages fail, naming the error);
        // the pages after them draw their own.
        const lost = (error: Error) => {
          if (offered[QR_DRAWER] === draw) delete offered[QR_DRAWER];
          for (const id of [...pending.keys()]) settle(id)?.reject(error);
        };
        thread.on('error', lost);
        thread.on('exit', (code) => lost(new Error(`the QR worker stopped (exit code ${code})`)));
        thread.unref();
        const draw: Drawer = (text) =>
          new Promise((resolve, reject) => {
            const id = next++;
            if (pending.size === 0) thread.ref();
            pending.set(id, { resolve, reject });
            thread.postMessage({ id, text });
          });
        offered[QR_DRAWER] = draw;
      },
      'astro:build:generated': stop,
      'astro:build:done': stop,
    },
  };
}
