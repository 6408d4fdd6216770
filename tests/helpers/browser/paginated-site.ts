/**
 * A build whose lists run over several pages: a generated catalogue (400
 * products, 80 producers) under the sub-path /etalase/. The seed catalogue's
 * lists all fit on one page. Built once per test run by tests/global-setup.ts,
 * or by the suite itself when it runs alone.
 */
import path from 'node:path';
import { npmRun } from '../editor';
import { buildSite, repoRoot } from './build';

export const PAGINATED_BASE = '/etalase/';
export const paginatedCatalogue = path.join(repoRoot, 'tests/.tmp/catalogue-paginated');
export const paginatedDist = path.join(repoRoot, 'tests/.tmp/dist-paginated');
export const PAGINATED_TODAY = '2026-11-23';

export function buildPaginatedSite(): void {
  // The same arguments give the same bytes at the same path, so Astro's image cache for this catalogue stays valid between runs.
  const generated = npmRun('generate', ['--products', '400', '--producers', '80', '--out', paginatedCatalogue, '--force']);
  if (generated.status !== 0) throw new Error(`npm run generate failed:\n${generated.output}`);
  buildSite(paginatedDist, { ETALASE_CONTENT_DIR: paginatedCatalogue, ETALASE_TODAY: PAGINATED_TODAY, BASE_PATH: PAGINATED_BASE });
}
