/** `npm run check`: the content checker from the command line, without a build. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { copyFixture, hashTree, npmRun, TODAY } from '../helpers/editor';

let cat: ReturnType<typeof copyFixture>;
beforeEach(() => {
  cat = copyFixture();
});
afterEach(() => cat.cleanup());

function edit(file: string, from: string | RegExp, to: string): void {
  const at = path.join(cat.root, file);
  const before = readFileSync(at, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit did not apply in ${file}`);
  writeFileSync(at, after);
}

describe('npm run check', () => {
  test('valid content: exit 0 and a summary', () => {
    const run = npmRun('check', ['--today', TODAY, cat.root]);
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('Content check: no problems found.');
    expect(run.stdout).toContain('products 3/3');
  });

  test('content root from ETALASE_CONTENT_DIR, date from ETALASE_TODAY', () => {
    const run = npmRun('check', [], { ETALASE_CONTENT_DIR: cat.root, ETALASE_TODAY: TODAY });
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('Content check: no problems found.');
  });

  test('an error: exit 1, naming the file, the field and the fix in English and Indonesian', () => {
    edit('producers/kemplang-contoh.md', 'whatsapp: "+620000000001"', 'whatsapp: "0812 3456 7890"');
    const run = npmRun('check', ['--today', TODAY, cat.root]);
    expect(run.status, run.output).toBe(1);
    expect(run.stdout).toContain('ERRORS');
    expect(run.stdout).toMatch(/producers\/kemplang-contoh\.md\n {2}error {3}contacts\.whatsapp \(line \d+\)/);
    expect(run.stdout).toContain('E.164');
    expect(run.stdout).toMatch(/fix: +\S/);
    expect(run.stdout).toMatch(/perbaiki: +\S/);
    expect(run.stdout).toContain('1 error');
  });

  test('unsafe text in a body: exit 1, with the line and the fix in both languages', () => {
    edit('products/gula-semut.md', /\n*$/, '\n\n<iframe src="https://tracker.example/"></iframe>\n');
    const run = npmRun('check', ['--today', TODAY, cat.root]);
    expect(run.status, run.output).toBe(1);
    expect(run.stdout).toMatch(/products\/gula-semut\.md\n {2}error {3}\(text\) \(line \d+\)\n {10}`<iframe>` is not allowed/);
    expect(run.stdout).toContain('<Video provider="youtube"');
    expect(run.stdout).toContain('Untuk video YouTube atau Vimeo');
  });

  test('warnings only (an expired certificate): exit 0, the warning printed', () => {
    const run = npmRun('check', ['--today', '2027-06-01', cat.root]);
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).not.toContain('ERRORS');
    expect(run.stdout).toContain('WARNINGS');
    expect(run.stdout).toMatch(/producers\/kemplang-contoh\.md\n {2}warning certificates\[1\]\.validUntil/);
    expect(run.stdout).toContain('0 errors');
  });

  test('never changes the content folder', () => {
    edit('products/gula-semut.md', /^hsCode: .*$/m, 'hsCode: nope');
    const before = hashTree(cat.root);
    for (const today of [TODAY, '2030-01-01']) npmRun('check', ['--today', today, cat.root]);
    expect(hashTree(cat.root)).toEqual(before);
  });

  test('a wrong command line: exit 2 with usage', () => {
    const badDate = npmRun('check', ['--today', '15-01-2026', cat.root]);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--today must be a date written as YYYY-MM-DD');
    const noFolder = npmRun('check', [path.join(cat.root, 'nope')]);
    expect(noFolder.status).toBe(2);
    expect(noFolder.stderr).toContain('No content folder');
  });

  test('given files, reports only on them, resolving references against the whole catalogue (issue 15)', () => {
    edit('producers/kemplang-contoh.md', 'workforce: 8', 'workforce: lots');
    const product = path.join(cat.root, 'products/kemplang-goreng.md'); // refers to the broken producer, which exists
    const clean = npmRun('check', ['--today', TODAY, product]);
    expect(clean.status, clean.output).toBe(0);
    expect(clean.stdout).toContain('Content check: no problems found.');
    expect(clean.stdout).toContain(`Checked 1 file against the whole catalogue in ${cat.root}/.`);
    expect(clean.stdout).not.toContain('kemplang-contoh.md');

    edit('products/gula-semut.md', 'hsCode: "1702.90"', 'hsCode: "17.02"');
    const two = npmRun('check', ['--today', TODAY, product, path.join(cat.root, 'products/gula-semut.md')]);
    expect(two.status, two.output).toBe(1);
    expect(two.stdout).toMatch(/products\/gula-semut\.md\n {2}error {3}hsCode/);
    expect(two.stdout).toContain('Content check: 1 error and 0 warnings in 1 file.');
    expect(two.stdout).not.toContain('workforce');

    const missing = npmRun('check', [path.join(cat.root, 'products/nope.md')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('No such file');
  });
});
