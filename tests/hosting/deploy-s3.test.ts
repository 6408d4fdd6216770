/**
 * `npm run deploy:s3` against a real S3-compatible server (s3rver, on
 * 127.0.0.1, started here): the built site (a copy of dist/, which npm test
 * builds first) arrives whole, each object with its Content-Type and
 * Cache-Control; a second run uploads nothing; a changed file is uploaded
 * again; objects no longer in the build are deleted only with --delete; a key
 * prefix (a site under a sub-path) leaves the rest of the bucket alone.
 *
 * s3rver runs in its own Node process with --openssl-legacy-provider: it
 * makes ListObjectsV2 continuation tokens with DES, which OpenSSL 3 only has
 * in its legacy provider, and the build has more than one page (1,000 keys)
 * of objects, so the deploy's paging through a listing is exercised too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  UNKNOWN_TYPE,
  cacheControlFor,
  contentTypeFor,
  listRemote,
  readBuild,
  type LocalFile,
} from '../../scripts/lib/s3-deploy';
import { distDir, projectRoot, requireDist } from '../helpers/built-site';

const BUCKET = 'etalase';
const SUBPATH_BUCKET = 'etalase-subpath';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }; // s3rver's own test key

let work: string;
let site: string;
let server: ChildProcess;
let endpoint: string;
let client: S3Client;
let build: LocalFile[];

interface Run {
  status: number | null;
  output: string;
}

/** `npm run deploy:s3 -- ...args` as a deployer runs it, pointed at the local server. Async: the server runs in this process. */
function deployRun(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'deploy:s3', '--', ...args], {
      cwd: projectRoot,
      env: {
        ...process.env,
        S3_BUCKET: BUCKET,
        S3_ENDPOINT: endpoint,
        S3_REGION: 'us-east-1',
        S3_PREFIX: '',
        AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
        AWS_SESSION_TOKEN: '',
        AWS_PROFILE: '',
        // Nothing from this machine's AWS setup, and no instance-metadata lookups: only localhost.
        AWS_CONFIG_FILE: path.join(work, 'no-aws-config'),
        AWS_SHARED_CREDENTIALS_FILE: path.join(work, 'no-aws-credentials'),
        AWS_EC2_METADATA_DISABLED: 'true',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Starts s3rver on a free port of 127.0.0.1 with both buckets; resolves to its endpoint. */
function startS3rver(directory: string): Promise<string> {
  const bin = path.join(projectRoot, 'node_modules/s3rver/bin/s3rver.js');
  server = spawn(process.execPath, ['--openssl-legacy-provider', bin, '-d', directory, '-a', '127.0.0.1', '-p', '0', '-s',
    '--configure-bucket', BUCKET, '--configure-bucket', SUBPATH_BUCKET]);
  return new Promise((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk) => {
      output += chunk;
      const listening = /listening on ([\d.]+):(\d+)/.exec(output);
      if (listening) resolve(`http://${listening[1]}:${listening[2]}`);
    });
    server.stderr!.on('data', (chunk) => (output += chunk));
    server.on('error', reject);
    server.on('exit', (code) => reject(new Error(`s3rver exited (${code}):\n${output}`)));
  });
}

/** The numbers from the plan line the script prints first. */
function planOf(run: Run): { files: number; upload: number; unchanged: number; stale: number } {
  const match = /(\d+) files in .*?; (\d+) to upload \([^)]*\), (\d+) unchanged, (\d+) in s3:/.exec(run.output);
  if (!match) throw new Error(`no plan line in:\n${run.output}`);
  const [files, upload, unchanged, stale] = match.slice(1).map(Number) as [number, number, number, number];
  return { files, upload, unchanged, stale };
}

async function head(key: string, bucket = BUCKET) {
  return client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
}

async function body(key: string): Promise<string> {
  const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return object.Body!.transformToString();
}

beforeAll(async () => {
  requireDist();
  work = mkdtempSync(path.join(tmpdir(), 'etalase-deploy-s3-'));
  site = path.join(work, 'site');
  cpSync(distDir, site, { recursive: true });
  endpoint = await startS3rver(path.join(work, 's3'));
  client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS });
  build = await readBuild(site);
});

afterAll(async () => {
  client?.destroy();
  server?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('deploy:s3 to a local S3-compatible server', () => {
  it('uploads every file of the build, and not the host file _headers', async () => {
    const run = await deployRun(['--dir', site]);
    expect(run.status, run.output).toBe(0);
    expect(planOf(run)).toEqual({ files: build.length, upload: build.length, unchanged: 0, stale: 0 });
    const remote = await listRemote(client, BUCKET, '');
    expect([...remote.keys()].sort()).toEqual(build.map((f) => f.rel).sort());
    for (const file of build) expect(remote.get(file.rel), file.rel).toBe(file.md5);
    expect(remote.has('_headers')).toBe(false);
    expect(build.length).toBeGreaterThan(500);
  });

  it('gives every object its Content-Type and Cache-Control', async () => {
    const wrong: string[] = [];
    for (let i = 0; i < build.length; i += 32) {
      await Promise.all(
        build.slice(i, i + 32).map(async (file) => {
          const object = await head(file.rel);
          if (object.ContentType !== file.contentType || object.CacheControl !== file.cacheControl) {
            wrong.push(`${file.rel}: ${object.ContentType} / ${object.CacheControl}`);
          }
        }),
      );
    }
    expect(wrong).toEqual([]);
    // Only Pagefind's own binary files are untyped: any other unknown extension needs a line in CONTENT_TYPES.
    expect(build.filter((f) => f.contentType === UNKNOWN_TYPE && !/\.(pagefind|pf_\w+)$/.test(f.rel)).map((f) => f.rel)).toEqual([]);
  });

  it('caches hashed assets and Pagefind chunks for a year, and revalidates pages, entry files and data', async () => {
    const find = (pattern: RegExp) => {
      const file = build.find((f) => pattern.test(f.rel));
      if (!file) throw new Error(`the build has no file like ${pattern}`);
      return file.rel;
    };
    const expected: [string, string, string][] = [
      ['index.html', 'text/html; charset=utf-8', CACHE_REVALIDATE],
      ['id/index.html', 'text/html; charset=utf-8', CACHE_REVALIDATE],
      [find(/^_astro\/.+\.css$/), 'text/css; charset=utf-8', CACHE_IMMUTABLE],
      [find(/^_astro\/.+\.js$/), 'text/javascript; charset=utf-8', CACHE_IMMUTABLE],
      [find(/^_astro\/.+\.avif$/), 'image/avif', CACHE_IMMUTABLE],
      [find(/^_astro\/.+\.webp$/), 'image/webp', CACHE_IMMUTABLE],
      ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8', CACHE_REVALIDATE],
      ['pagefind/pagefind.js', 'text/javascript; charset=utf-8', CACHE_REVALIDATE],
      [find(/^pagefind\/wasm\.[^/]+\.pagefind$/), UNKNOWN_TYPE, CACHE_REVALIDATE],
      [find(/^pagefind\/pagefind\.[^/]+\.pf_meta$/), UNKNOWN_TYPE, CACHE_IMMUTABLE],
      [find(/^pagefind\/fragment\/.+\.pf_fragment$/), UNKNOWN_TYPE, CACHE_IMMUTABLE],
      [find(/^pagefind\/index\/.+\.pf_index$/), UNKNOWN_TYPE, CACHE_IMMUTABLE],
      [find(/^pagefind\/filter\/.+\.pf_filter$/), UNKNOWN_TYPE, CACHE_IMMUTABLE],
      ['robots.txt', 'text/plain; charset=utf-8', CACHE_REVALIDATE],
      [find(/^sitemap.*\.xml$/), 'application/xml; charset=utf-8', CACHE_REVALIDATE],
      [find(/^data\/.+\.json$/), 'application/json; charset=utf-8', CACHE_REVALIDATE],
      [find(/^data\/.+\.csv$/), 'text/csv; charset=utf-8', CACHE_REVALIDATE],
      [find(/\.ics$/), 'text/calendar; charset=utf-8', CACHE_REVALIDATE],
    ];
    for (const [key, type, cache] of expected) {
      const object = await head(key);
      expect([key, object.ContentType, object.CacheControl]).toEqual([key, type, cache]);
    }
    expect(await body('index.html')).toBe(readFileSync(path.join(site, 'index.html'), 'utf8'));
  });

  it('uploads nothing on a second run of the same build', async () => {
    const run = await deployRun(['--dir', site]);
    expect(run.status, run.output).toBe(0);
    expect(planOf(run)).toEqual({ files: build.length, upload: 0, unchanged: build.length, stale: 0 });
    expect(run.output).toContain('uploaded 0 files');
  });

  it('uploads a changed and a new file, and keeps a removed one until --delete', async () => {
    appendFileSync(path.join(site, 'about/index.html'), '<!-- changed -->\n');
    writeFileSync(path.join(site, 'new-file.txt'), 'new\n');
    rmSync(path.join(site, 'robots.txt'));
    const dry = await deployRun(['--dir', site, '--dry-run', '--delete']);
    expect(dry.status, dry.output).toBe(0);
    expect(dry.output).toContain('would upload about/index.html');
    expect(dry.output).toContain('would delete robots.txt');
    expect(await head('new-file.txt').catch(() => null)).toBeNull();

    const run = await deployRun(['--dir', site]);
    expect(run.status, run.output).toBe(0);
    expect(planOf(run)).toEqual({ files: build.length, upload: 2, unchanged: build.length - 2, stale: 1 });
    expect(run.output).toContain('kept 1 objects no longer in the build');
    expect(await body('about/index.html')).toMatch(/<!-- changed -->\n$/);
    expect((await head('new-file.txt')).ContentType).toBe('text/plain; charset=utf-8');
    expect((await head('robots.txt')).ContentType).toBe('text/plain; charset=utf-8');

    const cleanup = await deployRun(['--dir', site, '--delete']);
    expect(cleanup.status, cleanup.output).toBe(0);
    expect(planOf(cleanup)).toMatchObject({ upload: 0, stale: 1 });
    expect(await head('robots.txt').catch(() => null)).toBeNull();
    expect((await listRemote(client, BUCKET, '')).size).toBe(build.length);
  });

  it('puts a sub-path site under its prefix and never deletes outside it', async () => {
    const small = path.join(work, 'small');
    mkdirSync(path.join(small, '_astro'), { recursive: true });
    writeFileSync(path.join(small, 'index.html'), '<!doctype html><title>t</title>\n');
    writeFileSync(path.join(small, '_astro', 'site.AbC123.css'), 'body{}\n');
    await client.send(new PutObjectCommand({ Bucket: SUBPATH_BUCKET, Key: 'other-site/index.html', Body: 'other' }));
    await client.send(new PutObjectCommand({ Bucket: SUBPATH_BUCKET, Key: 'etalase/old.html', Body: 'old' }));

    const run = await deployRun(['--dir', small, '--delete'], { S3_BUCKET: SUBPATH_BUCKET, S3_PREFIX: '/etalase/' });
    expect(run.status, run.output).toBe(0);
    expect([...(await listRemote(client, SUBPATH_BUCKET, '')).keys()].sort()).toEqual([
      'etalase/_astro/site.AbC123.css',
      'etalase/index.html',
      'other-site/index.html',
    ]);
    expect((await head('etalase/_astro/site.AbC123.css', SUBPATH_BUCKET)).CacheControl).toBe(CACHE_IMMUTABLE);
  });

  it('refuses to run without a bucket, or on a folder that is not a build', async () => {
    const noBucket = await deployRun(['--dir', site], { S3_BUCKET: '' });
    expect(noBucket.status).toBe(2);
    expect(noBucket.output).toContain('set S3_BUCKET');
    const notBuilt = await deployRun(['--dir', path.join(work, 's3')]);
    expect(notBuilt.status).toBe(1);
    expect(notBuilt.output).toContain('has no index.html');
    const badPrefix = await deployRun(['--dir', site, '--prefix', 'a/../b']);
    expect(badPrefix.status).toBe(2);
  });
});

describe('cache and type rules', () => {
  it.each([
    ['_astro/index.B1a2C3d4.css', CACHE_IMMUTABLE],
    ['pagefind/fragment/en_1a2b3c4.pf_fragment', CACHE_IMMUTABLE],
    ['pagefind/index/id_9f8e7d6.pf_index', CACHE_IMMUTABLE],
    ['pagefind/filter/en_0a1b2c3.pf_filter', CACHE_IMMUTABLE],
    ['pagefind/pagefind.en_4d5e6f7a8b.pf_meta', CACHE_IMMUTABLE],
    ['pagefind/pagefind-entry.json', CACHE_REVALIDATE],
    ['pagefind/pagefind.js', CACHE_REVALIDATE],
    ['pagefind/pagefind-worker.js', CACHE_REVALIDATE],
    ['pagefind/wasm.en.pagefind', CACHE_REVALIDATE],
    ['index.html', CACHE_REVALIDATE],
    ['sitemap-index.xml', CACHE_REVALIDATE],
    ['data/catalogue.json', CACHE_REVALIDATE],
    ['favicon.svg', CACHE_REVALIDATE],
  ])('%s → %s', (rel, cache) => {
    expect(cacheControlFor(rel)).toBe(cache);
  });

  it('types text as UTF-8 and knows the image and font formats', () => {
    expect(contentTypeFor('a/b/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('data/products.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeFor('x.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('f.woff2')).toBe('font/woff2');
    expect(contentTypeFor('site.webmanifest')).toBe('application/manifest+json; charset=utf-8');
  });
});
