/**
 * Vitest global setup: builds the site a second time under the sub-path
 * `/etalase/` (as a GitHub Pages project site is served) into
 * tests/.tmp/dist-subpath, and a generated catalogue whose lists run over
 * several pages into tests/.tmp/dist-paginated, once per run and one after the
 * other (two Astro builds must not run in one project at once).
 * `ETALASE_SKIP_SUBPATH=1` skips both for quick local runs of other tests (the
 * pagination suite then builds its site itself).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, repoRoot } from './helpers/browser/build';
import { buildPaginatedSite } from './helpers/browser/paginated-site';
import { SUBPATH_BASE, subPathDist } from './helpers/browser/variants';

declare module 'vitest' {
  interface ProvidedContext {
    /** tests/.tmp/dist-paginated was built for this run. */
    paginatedBuilt: boolean;
  }
}

export default function setup(project: TestProject): void {
  project.provide('paginatedBuilt', false);
  if (process.env.ETALASE_SKIP_SUBPATH === '1') return;
  if (!existsSync(path.join(repoRoot, 'dist', 'index.html')) && !process.env.ETALASE_DIST) return; // nothing built: the suites say so
  buildSite(subPathDist, { BASE_PATH: SUBPATH_BASE });
  buildPaginatedSite();
  project.provide('paginatedBuilt', true);
}
