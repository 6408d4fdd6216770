/**
 * Uploads the built site to an S3-compatible bucket behind a CDN (README,
 * "Hosting"): only changed files, with their Content-Type and Cache-Control.
 *
 *   S3_BUCKET=etalase [S3_ENDPOINT=https://…] [S3_REGION=auto] [S3_PREFIX=etalase] \
 *   AWS_ACCESS_KEY_ID=… AWS_SECRET_ACCESS_KEY=… npm run deploy:s3 [-- --delete] [--dry-run]
 */
import path from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { parseCommandLine } from './lib/command-line';
import { deploy, normalizePrefix } from './lib/s3-deploy';

const USAGE = `Usage: npm run deploy:s3 -- [--dir dist] [--prefix PATH] [--delete] [--dry-run] [--force] [--concurrency N]
  --dir DIR          the build to upload (default dist)
  --prefix PATH      key prefix, e.g. etalase for a site built with BASE_PATH=/etalase/ (default S3_PREFIX, or none)
  --delete           delete objects under the prefix that the build no longer has (default: keep them)
  --dry-run          list what would be uploaded and deleted, change nothing
  --force            upload every file, changed or not (after a change of Content-Type or Cache-Control rules)
  --concurrency N    uploads at once (default 8)
  --help             show this
Environment:
  S3_BUCKET          the bucket (required)
  S3_ENDPOINT        the S3 API endpoint of a provider other than AWS, e.g. https://<account>.r2.cloudflarestorage.com
  S3_REGION          region (default AWS_REGION, or us-east-1; Cloudflare R2 uses auto)
  S3_PREFIX          as --prefix
  S3_FORCE_PATH_STYLE  1 for bucket-in-path URLs (default 1 with S3_ENDPOINT, 0 without)
  AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN), or AWS_PROFILE: the credentials`;

function fail(message: string): never {
  console.error(`deploy:s3: ${message}\n\n${USAGE}`);
  process.exit(2);
}

const { values } = parseCommandLine(
  {
    options: {
      dir: { type: 'string', default: 'dist' },
      prefix: { type: 'string' },
      delete: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      concurrency: { type: 'string', default: '8' },
      help: { type: 'boolean', default: false },
    },
  },
  USAGE,
  fail,
);

const bucket = process.env.S3_BUCKET;
if (!bucket) fail('set S3_BUCKET to the bucket to deploy to');
const concurrency = Number(values.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1) fail('--concurrency must be a positive whole number');
let prefix: string;
try {
  prefix = normalizePrefix(values.prefix ?? process.env.S3_PREFIX);
} catch (error) {
  fail((error as Error).message);
}
const endpoint = process.env.S3_ENDPOINT || undefined;
const pathStyle = process.env.S3_FORCE_PATH_STYLE;

const client = new S3Client({
  endpoint,
  region: process.env.S3_REGION || process.env.AWS_REGION || 'us-east-1',
  forcePathStyle: pathStyle ? pathStyle === '1' || pathStyle === 'true' : Boolean(endpoint),
  // Only the checksums S3 requires: several S3-compatible stores reject the SDK's default CRC32 headers.
  // Uploads carry Content-MD5 instead, which every one of them checks.
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
});

try {
  const result = await deploy(client, {
    bucket,
    dir: path.resolve(values.dir),
    prefix,
    deleteStale: values.delete,
    dryRun: values['dry-run'],
    force: values.force,
    concurrency,
    log: (line) => console.log(line),
  });
  if (values['dry-run']) console.log('dry run: nothing changed');
  else console.log(`done: s3://${bucket}/${prefix} has the ${result.files} files of ${values.dir}`);
} catch (error) {
  console.error(`deploy:s3: ${(error as Error).message}`);
  process.exit(1);
} finally {
  client.destroy();
}
