/** Runs the editor commands exactly as editors do (`npm run check`, `npm run new`) against a temporary catalogue. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = path.join(PROJECT, 'tests/fixtures/minimal');
/** The fixture's dates are chosen against this day (tests/helpers/fixture-copy.ts). */
export const TODAY = '2026-01-15';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

/** `npm run <script> -- ...args` from the project folder; `env` is added to the environment. */
export function npmRun(script: string, args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: PROJECT, ETALASE_TODAY: '', ETALASE_CONTENT_DIR: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/** A throw-away copy of tests/fixtures/minimal; `root` is the content folder. */
export function copyFixture(): { root: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'etalase-editor-'));
  const root = path.join(dir, 'content');
  cpSync(FIXTURE, root, { recursive: true });
  return { root, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under `root` with the SHA-256 of its bytes, sorted by path. */
export function hashTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(root, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
