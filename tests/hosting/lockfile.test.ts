/**
 * Reproducible installs: `npm ci` installs exactly the lockfile, and refuses
 * one out of step with package.json. The lockfile must also name the other
 * platforms' builds of the native packages, or `npm ci` fails on a developer's
 * Mac or Windows machine even though it works here.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };

describe('the lockfile', () => {
  it('is in step with package.json: npm ci accepts it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'etalase-lock-'));
    try {
      for (const file of ['package.json', 'package-lock.json']) copyFileSync(path.join(root, file), path.join(dir, file));
      // --dry-run checks that package.json and the lockfile agree, then installs nothing.
      execFileSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'pipe' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(['@pagefind/darwin-arm64', '@pagefind/windows-x64', '@pagefind/linux-x64', '@img/sharp-darwin-arm64', '@img/sharp-win32-x64', '@esbuild/darwin-arm64', '@esbuild/win32-x64'])(
    'names %s, so npm ci works on every platform',
    (name) => {
      expect(Object.keys(lock.packages)).toContain(`node_modules/${name}`);
    },
  );
});
