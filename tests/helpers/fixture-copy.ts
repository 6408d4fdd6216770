/**
 * A throw-away copy of tests/fixtures/minimal for one test: break one thing,
 * run the checker, look at what it says.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { checkContent, type CheckResult, type Issue } from '~/lib/content-check';

export const FIXTURE = fileURLToPath(new URL('../fixtures/minimal', import.meta.url));
/** The fixture's dates are chosen against this build date. */
export const TODAY = new Date('2026-01-15T00:00:00Z');

export interface Catalogue {
  /** Temporary directory; the catalogue is its `content/` folder, so reported paths read `content/…`. */
  dir: string;
  root: string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Replaces text in a file; fails if the text is not there, so fixture edits cannot silently miss. */
  replace(file: string, from: string | RegExp, to: string): void;
  remove(file: string): void;
  check(today?: Date): CheckResult;
  cleanup(): void;
}

export function copyFixture(): Catalogue {
  const dir = mkdtempSync(path.join(tmpdir(), 'etalase-check-'));
  const root = path.join(dir, 'content');
  cpSync(FIXTURE, root, { recursive: true });
  const at = (file: string) => path.join(root, file);
  return {
    dir,
    root,
    read: (file) => readFileSync(at(file), 'utf8'),
    write: (file, text) => {
      mkdirSync(path.dirname(at(file)), { recursive: true });
      writeFileSync(at(file), text);
    },
    replace(file, from, to) {
      const before = this.read(file);
      const after = before.replace(from, to);
      if (after === before) throw new Error(`fixture edit did not apply: ${String(from)} in ${file}`);
      this.write(file, after);
    },
    remove: (file) => {
      if (!existsSync(at(file))) throw new Error(`no such fixture file: ${file}`);
      rmSync(at(file));
    },
    check: (today = TODAY) => checkContent(root, { today, cwd: dir }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The one issue for `file` and `field`; fails with the full list when there is not exactly one. */
export function issueAt(issues: Issue[], file: string, field: string): Issue {
  const found = issues.filter((i) => i.file === file && i.field === field);
  expect(found, `issues for ${file} ${field} among:\n${JSON.stringify(issues, null, 2)}`).toHaveLength(1);
  return found[0]!;
}

/** Errors only in `files`, and every other entry still counted valid. */
export function expectOnlyErrorsIn(result: CheckResult, ...files: string[]): void {
  expect([...new Set(result.errors.map((e) => e.file))].sort()).toEqual([...files].sort());
}

/** The fixture's entry counts, minus the entries a test broke. */
export function validCounts(result: CheckResult) {
  const c = result.counts;
  return {
    regions: c.regions.valid,
    clusters: c.clusters.valid,
    associations: c.associations.valid,
    producers: c.producers.valid,
    products: c.products.valid,
    news: c.news.valid,
  };
}

export const ALL_VALID = { regions: 1, clusters: 1, associations: 1, producers: 2, products: 3, news: 1 };
