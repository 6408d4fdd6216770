/**
 * How long browsers and CDNs may keep each file of the build: a year for files
 * named by a hash of their bytes (a new version gets a new name), and
 * revalidation for everything else (pages, data files, and the files that name
 * the hashed ones). One policy for the `_headers` file (./security-policy.ts)
 * and the object-storage deploy (scripts/lib/s3-deploy.ts).
 */

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Folders (relative to the build) holding only files named by a hash of their
 * bytes: Astro's bundles and images, and Pagefind's fragments, index chunks
 * and filter chunks.
 */
export const HASHED_FOLDERS = ['_astro', 'pagefind/fragment', 'pagefind/index', 'pagefind/filter'] as const;

/**
 * Hashed files outside those folders: Pagefind's per-language metadata. Its
 * loader, worker, WebAssembly, `pagefind-entry.json` (which names the current
 * metadata file) and the search tables beside them keep their names from
 * build to build.
 */
const HASHED_FILES = /^pagefind\/pagefind\.[^/]+\.pf_meta$/;

/** Whether a file of the build (path relative to it) is named by a hash of its bytes. */
export function isHashed(rel: string): boolean {
  return HASHED_FOLDERS.some((folder) => rel.startsWith(`${folder}/`)) || HASHED_FILES.test(rel);
}

export function cacheControlFor(rel: string): string {
  return isHashed(rel) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}
