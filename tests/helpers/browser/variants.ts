/**
 * The two builds browser suites run against: the site at the root of its
 * origin (`dist/`, or `ETALASE_DIST`) and the same site under a sub-path,
 * built by tests/global-setup.ts.
 */
import path from 'node:path';
import { repoRoot } from './build';

export const SUBPATH_BASE = '/etalase/';
export const subPathDist = path.join(repoRoot, 'tests/.tmp/dist-subpath');
export const rootDist = process.env.ETALASE_DIST ?? path.join(repoRoot, 'dist');

export interface SiteVariant {
  name: string;
  base: string;
  dist: string;
}

export const siteVariants: SiteVariant[] = [
  { name: 'at the site root', base: '/', dist: rootDist },
  { name: `under the sub-path ${SUBPATH_BASE}`, base: SUBPATH_BASE, dist: subPathDist },
];
