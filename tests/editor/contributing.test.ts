/**
 * CONTRIBUTING.md stays true: its commands exist, the paths it names exist,
 * it explains every field of the producer and product templates, its example
 * files pass the real checker, and its example error is what `npm run check`
 * prints today for that mistake.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { npmRun, PROJECT } from './support';

const guide = readFileSync(path.join(PROJECT, 'CONTRIBUTING.md'), 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

/** Fenced blocks whose info string names a file: ```markdown file=products/x.md */
const exampleFiles = [...guide.matchAll(/```markdown file=(\S+)\n([\s\S]*?)```/g)].map(([, file, text]) => ({ file: file!, text: text! }));
const exampleOutput = /```text check-output\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';

describe('CONTRIBUTING.md', () => {
  let dir: string;
  let root: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'etalase-guide-'));
    root = path.join(dir, 'content');
    cpSync(path.join(PROJECT, 'content'), root, { recursive: true });
    for (const { file, text } of exampleFiles) {
      writeFileSync(path.join(root, file), text);
      // The editor adds the photos the example refers to (any real image will do here).
      for (const [, src] of text.matchAll(/src: (\.\.\/images\/\S+)/g)) {
        const target = path.join(root, path.dirname(file), src!);
        mkdirSync(path.dirname(target), { recursive: true });
        cpSync(path.join(PROJECT, 'content/images/products/beras-premium-bende-makmur.jpg'), target);
      }
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('mentions only npm scripts that exist', () => {
    const used = [...new Set([...guide.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]!))];
    expect(used.length).toBeGreaterThan(3);
    expect(used.filter((s) => !scripts.includes(s))).toEqual([]);
  });

  it('names only files and folders that exist', () => {
    const paths = [...new Set([...guide.matchAll(/`((?:content|docs|scripts|src)\/[^`<>*\s]*)`/g)].map((m) => m[1]!))].filter((p) => !p.includes('kerupuk-ikan-'));
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((p) => !existsSync(path.join(PROJECT, p)))).toEqual([]);
  });

  it('explains every field of the producer and product templates', () => {
    for (const template of ['producer.md', 'product.md']) {
      const text = readFileSync(path.join(PROJECT, 'scripts/templates', template), 'utf8');
      const fields = [...text.matchAll(/^(?:# )?([a-z][a-zA-Z]*):/gm)].map((m) => m[1]!);
      expect(fields.length).toBeGreaterThan(8);
      expect(fields.filter((f) => !guide.includes(`\`${f}\``)), template).toEqual([]);
    }
  });

  it('has a producer and product example in both languages that pass the checker', () => {
    expect(exampleFiles.map((f) => f.file).sort()).toEqual([
      'producers/kerupuk-ikan-bu-yanti.id.md',
      'producers/kerupuk-ikan-bu-yanti.md',
      'products/kerupuk-ikan-tenggiri.id.md',
      'products/kerupuk-ikan-tenggiri.md',
    ]);
    const result = checkContent(root, { today: new Date('2026-11-23T00:00:00Z'), cwd: dir });
    expect(result.errors.map((e) => `${e.file} ${e.field}: ${e.message}`)).toEqual([]);
    expect(result.warnings.filter((w) => w.file.includes('kerupuk-ikan-'))).toEqual([]);
  });

  it('shows the error npm run check really prints for its example mistake', () => {
    const file = path.join(root, 'products/kerupuk-ikan-tenggiri.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('category: crackers', 'category: kerupuk'));
    try {
      const run = npmRun('check', ['--today', '2026-11-23', root]);
      expect(run.status, run.output).toBe(1);
      expect(exampleOutput.trim().length).toBeGreaterThan(100);
      expect(run.stdout.replaceAll(root, '/tmp/guide')).toContain(exampleOutput.trim());
    } finally {
      writeFileSync(file, original);
    }
  });
});
