/**
 * Vitest global setup: builds the site a second time under the sub-path
 * `/etalase/` (as a GitHub Pages project site is served) into
 * tests/.tmp/dist-subpath, once per run, for the browser suites that run at
 * both bases. `ETALASE_SKIP_SUBPATH=1` skips it for quick local runs of
 * other tests.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildSite, repoRoot } from './browser/support/build';
import { SUBPATH_BASE, subPathDist } from './browser/support/variants';

export default function setup(): void {
  if (process.env.ETALASE_SKIP_SUBPATH === '1') return;
  if (!existsSync(path.join(repoRoot, 'dist', 'index.html')) && !process.env.ETALASE_DIST) return; // nothing built: the suites say so
  buildSite(subPathDist, { BASE_PATH: SUBPATH_BASE });
}
