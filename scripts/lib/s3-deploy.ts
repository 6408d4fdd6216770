/**
 * Deploying the built site to an S3-compatible bucket (AWS S3, Cloudflare R2,
 * MinIO, Backblaze B2, …) that a CDN serves: for catalogues too large for
 * GitHub Pages or Cloudflare Pages (README, "Hosting").
 *
 * Only files whose MD5 differs from the object's ETag are uploaded; each with
 * its Content-Type and a Cache-Control that lets browsers and the CDN keep
 * content-hashed files (Astro's `_astro/`, Pagefind's fragments, indexes,
 * filters and metadata) for a year, and revalidate everything else (pages,
 * Pagefind's entry file, loader and WebAssembly, sitemap, robots, data files).
 * Hashed files go up first and pages last, so a page never names an asset that
 * is not there yet. Objects that are no longer in the build stay (a page
 * cached at the CDN may still ask for them) unless deletion is asked for.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DeleteObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { CACHE_IMMUTABLE, cacheControlFor } from '~/lib/cache-policy';

export { CACHE_IMMUTABLE, CACHE_REVALIDATE, cacheControlFor } from '~/lib/cache-policy';

/**
 * Files that name what a static host does with the site, not part of it:
 * an object store would serve them as plain files. `_headers` is set at the
 * CDN instead (README).
 */
const HOST_FILES = new Set(['_headers', '_redirects']);

const UTF8 = '; charset=utf-8';
const CONTENT_TYPES: Record<string, string> = {
  html: `text/html${UTF8}`,
  css: `text/css${UTF8}`,
  js: `text/javascript${UTF8}`,
  mjs: `text/javascript${UTF8}`,
  json: `application/json${UTF8}`,
  webmanifest: `application/manifest+json${UTF8}`,
  xml: `application/xml${UTF8}`,
  xsl: `application/xslt+xml${UTF8}`,
  txt: `text/plain${UTF8}`,
  csv: `text/csv${UTF8}`,
  ics: `text/calendar${UTF8}`,
  md: `text/markdown${UTF8}`,
  // The CMS's generated configuration, admin/config.yml.
  yml: `text/yaml${UTF8}`,
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  wasm: 'application/wasm',
  pdf: 'application/pdf',
  gz: 'application/gzip',
  zip: 'application/zip',
};
/** Pagefind's own binary files (gzip it unpacks itself, and its WebAssembly as `wasm.<lang>.pagefind`). */
const BINARY = /\.(pagefind|pf_fragment|pf_index|pf_filter|pf_meta)$/;
export const UNKNOWN_TYPE = 'application/octet-stream';

export function contentTypeFor(rel: string): string {
  if (BINARY.test(rel)) return UNKNOWN_TYPE;
  const ext = path.posix.extname(rel).slice(1).toLowerCase();
  return CONTENT_TYPES[ext] ?? UNKNOWN_TYPE;
}

/** `"/etalase/"`, `etalase` → `etalase/`; `""`, `/` → `""`. */
export function normalizePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '';
  if (trimmed.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`prefix "${prefix}" is not a plain path (like etalase or sites/etalase)`);
  }
  return `${trimmed}/`;
}

export interface LocalFile {
  /** Path inside the build, with forward slashes: `products/x/index.html`. */
  rel: string;
  file: string;
  size: number;
  md5: string;
  contentType: string;
  cacheControl: string;
}

/** Every file of the build, with its MD5, type and cache rule. */
export async function readBuild(dir: string): Promise<LocalFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .map((file) => ({ file, rel: path.relative(dir, file).split(path.sep).join('/') }))
    .filter(({ rel }) => !HOST_FILES.has(rel))
    .sort((a, b) => (a.rel < b.rel ? -1 : 1));
  const out: LocalFile[] = [];
  // Hashed a batch at a time: a 10,000-product build is 50,000 files.
  for (let i = 0; i < files.length; i += 64) {
    out.push(
      ...(await Promise.all(
        files.slice(i, i + 64).map(async ({ file, rel }) => {
          const bytes = await readFile(file);
          return {
            rel,
            file,
            size: bytes.length,
            md5: createHash('md5').update(bytes).digest('hex'),
            contentType: contentTypeFor(rel),
            cacheControl: cacheControlFor(rel),
          };
        }),
      )),
    );
  }
  return out;
}

/** Object key → ETag without quotes, for every object under the prefix. */
export async function listRemote(client: S3Client, bucket: string, prefix: string): Promise<Map<string, string>> {
  const remote = new Map<string, string>();
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix || undefined, ContinuationToken: token }));
    for (const object of page.Contents ?? []) if (object.Key) remote.set(object.Key, (object.ETag ?? '').replaceAll('"', ''));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return remote;
}

export interface Plan {
  upload: LocalFile[];
  unchanged: LocalFile[];
  /** Keys under the prefix that the build no longer has. */
  stale: string[];
}

/**
 * What to upload: files whose object is missing or whose ETag is not their MD5
 * (an object uploaded in one PUT has its MD5 as ETag), in upload order: hashed
 * assets, then other files, then pages, then Pagefind's entry file.
 */
export function planDeploy(local: LocalFile[], remote: Map<string, string>, prefix: string, force = false): Plan {
  const upload: LocalFile[] = [];
  const unchanged: LocalFile[] = [];
  const keys = new Set<string>();
  for (const file of local) {
    const key = prefix + file.rel;
    keys.add(key);
    if (!force && remote.get(key) === file.md5) unchanged.push(file);
    else upload.push(file);
  }
  const stale = [...remote.keys()].filter((key) => !keys.has(key)).sort();
  return { upload: upload.sort((a, b) => uploadRank(a) - uploadRank(b)), unchanged, stale };
}

const RANKS = ['hashed assets', 'other files', 'pages', 'Pagefind entry files'];

function uploadRank(file: LocalFile): number {
  if (file.rel === 'pagefind/pagefind-entry.json') return 3;
  if (file.rel.endsWith('.html')) return 2;
  return file.cacheControl === CACHE_IMMUTABLE ? 0 : 1;
}

export interface DeployOptions {
  bucket: string;
  dir: string;
  prefix?: string;
  /** Delete objects under the prefix that the build no longer has. */
  deleteStale?: boolean;
  /** Upload every file whatever its ETag (after a change of cache rules). */
  force?: boolean;
  dryRun?: boolean;
  concurrency?: number;
  log?: (line: string) => void;
}

export interface DeployResult {
  files: number;
  uploaded: string[];
  uploadedBytes: number;
  unchanged: number;
  stale: string[];
  deleted: string[];
}

export async function deploy(client: S3Client, options: DeployOptions): Promise<DeployResult> {
  const log = options.log ?? (() => {});
  const prefix = normalizePrefix(options.prefix);
  const local = await readBuild(options.dir);
  if (!local.some((f) => f.rel === 'index.html')) throw new Error(`${options.dir} has no index.html: build the site first (npm run build)`);
  const plan = planDeploy(local, await listRemote(client, options.bucket, prefix), prefix, options.force);
  const uploadedBytes = plan.upload.reduce((sum, f) => sum + f.size, 0);
  log(
    `${local.length} files in ${options.dir}; ${plan.upload.length} to upload (${megabytes(uploadedBytes)}), ${plan.unchanged.length} unchanged, ` +
      `${plan.stale.length} in s3://${options.bucket}/${prefix} no longer in the build`,
  );
  const result: DeployResult = { files: local.length, uploaded: [], uploadedBytes, unchanged: plan.unchanged.length, stale: plan.stale, deleted: [] };
  if (options.dryRun) {
    for (const file of plan.upload) log(`would upload ${prefix}${file.rel}`);
    if (options.deleteStale) for (const key of plan.stale) log(`would delete ${key}`);
    return result;
  }

  // Each rank finishes before the next starts: assets are there before the pages that name them.
  for (const [rank, what] of RANKS.entries()) {
    const batch = plan.upload.filter((f) => uploadRank(f) === rank);
    if (batch.length > 0) log(`uploading ${batch.length} ${what}`);
    await inPool(batch, options.concurrency ?? 8, async (file) => {
      const body = await readFile(file.file);
      await client.send(
        new PutObjectCommand({
          Bucket: options.bucket,
          Key: prefix + file.rel,
          Body: body,
          ContentType: file.contentType,
          CacheControl: file.cacheControl,
          ContentMD5: Buffer.from(file.md5, 'hex').toString('base64'),
        }),
      );
      result.uploaded.push(prefix + file.rel);
    });
  }
  log(`uploaded ${result.uploaded.length} files (${megabytes(uploadedBytes)})`);

  if (options.deleteStale && plan.stale.length > 0) {
    for (let i = 0; i < plan.stale.length; i += 1000) {
      const keys = plan.stale.slice(i, i + 1000);
      const response = await client.send(
        new DeleteObjectsCommand({ Bucket: options.bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }),
      );
      if (response.Errors?.length) {
        throw new Error(`could not delete ${response.Errors.map((e) => `${e.Key}: ${e.Message ?? e.Code}`).join('; ')}`);
      }
      result.deleted.push(...keys);
    }
    log(`deleted ${result.deleted.length} objects no longer in the build`);
  } else if (plan.stale.length > 0) {
    log(`kept ${plan.stale.length} objects no longer in the build (pass --delete to remove them)`);
  }
  return result;
}

async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
