/**
 * The build's QR worker thread (started by src/integrations/qr-worker.ts): draws
 * the QR codes the pages ask for while the main thread goes on rendering pages.
 * Node runs this file as it is (TypeScript types stripped), so it and what it
 * imports use only erasable syntax and name their files with extensions.
 */
import { parentPort } from 'node:worker_threads';
import { drawQrPath } from './qr.ts';

export interface QrRequest {
  id: number;
  text: string;
}

parentPort!.on('message', ({ id, text }: QrRequest) => {
  try {
    parentPort!.postMessage({ id, path: drawQrPath(text) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
