/**
 * `npm run check [-- --today YYYY-MM-DD] [-- path/to/content]`: the content
 * checker on its own, without building the site, so editors get the full
 * report (file, field, fix in English and Indonesian) in a second or two.
 * Only reads the content folder. Exit code 1 when there are errors, 0 when
 * there are only warnings (the site still builds), 2 for a wrong command line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCommandLine } from './lib/command-line';
import { checkContent, formatReport } from '../src/lib/content-check';
import { contentRoot } from '../src/lib/content-paths';
import { buildDate } from '../src/lib/dates';

const usage = `Usage: npm run check [-- --today YYYY-MM-DD] [-- path/to/content]
Checks every file of the content folder (default: content/, or ETALASE_CONTENT_DIR).
Cara pakai: npm run check [-- --today TTTT-BB-HH] [-- folder/konten]`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

const args = parseCommandLine({ allowPositionals: true, options: { today: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }, usage, fail);
if (args.positionals.length > 1) fail(`Expected at most one content folder, got: ${args.positionals.join(' ')}`);

let today: Date;
if (args.values.today !== undefined) {
  today = new Date(`${args.values.today}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(args.values.today) || Number.isNaN(today.getTime())) {
    fail(`--today must be a date written as YYYY-MM-DD, got "${args.values.today}"`);
  }
} else {
  try {
    today = buildDate(); // honours ETALASE_TODAY, like the build
  } catch (error) {
    fail((error as Error).message);
  }
}

// npm runs scripts from the project folder; INIT_CWD is where the editor typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
const root = args.positionals[0] ? path.resolve(cwd, args.positionals[0]) : contentRoot();
if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
  fail(`No content folder at ${root} / Folder konten tidak ditemukan: ${root}`);
}

const result = checkContent(root, { today, cwd });
console.log(formatReport(result));
process.exitCode = result.errors.length ? 1 : 0;
