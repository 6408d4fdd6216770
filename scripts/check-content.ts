/**
 * `npm run check [-- --today YYYY-MM-DD] [-- path/to/content | FILE...]`: the content
 * checker on its own, without building the site, so editors get the full
 * report (file, field, fix in English and Indonesian) in a second or two.
 * Only reads the content folder. Exit code 1 when there are errors, 0 when
 * there are only warnings (the site still builds), 2 for a wrong command line.
 * Given files (`npm run check -- content/products/x.md`), it reports only their
 * problems, still resolving references against the whole catalogue.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCommandLine } from './lib/command-line';
import { checkContent, displayPath, formatReport } from '~/lib/content-check';
import { contentRoot } from '~/lib/content-paths';
import { buildDate } from '~/lib/dates';

const usage = `Usage: npm run check [-- --today YYYY-MM-DD] [-- path/to/content | FILE...]
Checks every file of the content folder (default: content/, or ETALASE_CONTENT_DIR),
or reports only on the given files (references are still checked against the whole catalogue).
Cara pakai: npm run check [-- --today TTTT-BB-HH] [-- folder/konten | BERKAS...]`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

const args = parseCommandLine({ allowPositionals: true, options: { today: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }, usage, fail);

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
const targets = args.positionals.map((p) => path.resolve(cwd, p));
const isFolder = (p: string) => fs.existsSync(p) && fs.statSync(p).isDirectory();
// One path that is no content file is the content folder (an absent one is reported as such).
const folderGiven = targets.length === 1 && (isFolder(targets[0]!) || (!fs.existsSync(targets[0]!) && !/\.(mdx?|ya?ml)$/i.test(targets[0]!)));
const files = folderGiven ? [] : targets;
for (const file of files) {
  if (isFolder(file)) fail(`Give either one content folder or files, not both: ${file} / Sebutkan satu folder konten atau beberapa berkas, tidak keduanya.`);
  if (!fs.existsSync(file)) fail(`No such file: ${file} / Berkas tidak ditemukan: ${file}`);
}
// A file's catalogue: content/ (or ETALASE_CONTENT_DIR) when the file is in it, else the folder above its collection folder.
const inside = (file: string, folder: string) => !path.relative(folder, file).startsWith('..');
const root = files.length ? (files.every((f) => inside(f, contentRoot())) ? contentRoot() : path.dirname(path.dirname(files[0]!))) : (targets[0] ?? contentRoot());
if (!isFolder(root)) {
  fail(`No content folder at ${root} / Folder konten tidak ditemukan: ${root}`);
}

const result = checkContent(root, { today, cwd });
if (files.length === 0) {
  console.log(formatReport(result));
} else {
  const shown = new Set(files.map((file) => displayPath(file, cwd)));
  const only = { ...result, errors: result.errors.filter((i) => shown.has(i.file)), warnings: result.warnings.filter((i) => shown.has(i.file)) };
  console.log(
    `${formatReport(only)}\nChecked ${files.length === 1 ? '1 file' : `${files.length} files`} against the whole catalogue in ${displayPath(root, cwd)}/. / ` +
      `Diperiksa ${files.length} berkas terhadap seluruh katalog di ${displayPath(root, cwd)}/.`,
  );
  process.exitCode = only.errors.length ? 1 : 0;
}
process.exitCode ??= result.errors.length ? 1 : 0;
