/**
 * `npm run import -- members.xlsx [more.csv …] [--dry-run] [--update] [--today YYYY-MM-DD]`:
 * producers, products and certificates from a spreadsheet into content/ (or
 * ETALASE_CONTENT_DIR), through the same schemas and checks as the build.
 * `npm run import -- --template docs/import-template.xlsx` writes the template.
 * Exit code 1 when there are errors (nothing is written), 0 otherwise, 2 for a wrong command line.
 */
import path from 'node:path';
import { parseCommandLine } from './lib/command-line';
import { formatProblem, importSheets, readWorkbook, type SheetData } from '~/lib/import';
import { writeTemplate } from '~/lib/import/template';
import { contentRoot } from '~/lib/content-paths';
import { buildDate } from '~/lib/dates';
import { displayPath } from '~/lib/content-check';

const usage = `Usage: npm run import -- FILE.xlsx|FILE.csv [...] [--dry-run] [--update] [--today YYYY-MM-DD]
       npm run import -- --template docs/import-template.xlsx
Imports the sheets "producers", "products" and "certificates" (a CSV file is one sheet) into content/.
  --dry-run  check and report, write nothing
  --update   also change entries that already exist (otherwise they are left as they are)
Cara pakai: npm run import -- BERKAS.xlsx|BERKAS.csv [--dry-run] [--update]
  --dry-run  periksa dan laporkan saja, tidak menulis apa pun
  --update   ubah juga entri yang sudah ada (tanpa ini entri itu dibiarkan)`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

const args = parseCommandLine(
  {
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      update: { type: 'boolean' },
      today: { type: 'string' },
      template: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  },
  usage,
  fail,
);

// npm runs scripts from the project folder; INIT_CWD is where the editor typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();

if (args.values.template) {
  const target = path.resolve(cwd, args.values.template);
  await writeTemplate(target, contentRoot());
  console.log(`Wrote ${displayPath(target, cwd)} / Templat ditulis ke ${displayPath(target, cwd)}`);
  process.exit(0);
}
if (args.positionals.length === 0) fail('Give a spreadsheet to import / Sebutkan berkas lembar kerja yang akan diimpor.');

let today: Date;
if (args.values.today !== undefined) {
  today = new Date(`${args.values.today}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(args.values.today) || Number.isNaN(today.getTime())) fail(`--today must be a date written as YYYY-MM-DD, got "${args.values.today}"`);
} else {
  today = buildDate();
}

const sheets: SheetData[] = [];
for (const file of args.positionals) {
  try {
    sheets.push(...(await readWorkbook(path.resolve(cwd, file))));
  } catch (error) {
    fail(`Cannot read ${file}: ${(error as Error).message} / Berkas ${file} tidak terbaca.`);
  }
}

const result = importSheets(sheets, { root: contentRoot(), update: args.values.update ?? false, dryRun: args.values['dry-run'] ?? false, today, cwd });
const errors = result.problems.filter((p) => p.severity === 'error');
const warnings = result.problems.filter((p) => p.severity === 'warning');
if (errors.length) console.log(`ERRORS (nothing was written) / GALAT (tidak ada yang ditulis)\n\n${errors.map(formatProblem).join('\n\n')}\n`);
if (warnings.length) console.log(`WARNINGS / PERINGATAN\n\n${warnings.map(formatProblem).join('\n\n')}\n`);

const count = (action: string) => result.files.filter((f) => f.action === action).length;
const verb = result.written ? 'Imported' : args.values['dry-run'] && !errors.length ? 'Dry run, would import' : 'Not imported';
console.log(
  `${verb}: ${count('create')} new files, ${count('update')} changed, ${count('unchanged')} unchanged, ${count('conflict')} left as they are (need --update); ` +
    `${errors.length} errors, ${warnings.length} warnings.\n` +
    `Berkas baru ${count('create')}, diubah ${count('update')}, tetap ${count('unchanged')}, dibiarkan ${count('conflict')} (perlu --update); ` +
    `${errors.length} galat, ${warnings.length} peringatan.`,
);
for (const file of errors.length ? [] : result.files.filter((f) => f.action === 'create' || f.action === 'update')) {
  console.log(`  ${file.action === 'create' ? 'new    ' : 'changed'} ${displayPath(file.absPath, cwd)}${file.action === 'update' ? ` (${file.changed.join(', ')})` : ''}`);
}
process.exitCode = errors.length ? 1 : 0;
