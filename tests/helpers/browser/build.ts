/**
 * Builds the real site into another folder, for browser tests that need a
 * variant build (a sub-path base, another catalogue).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');

/**
 * The environment for a child build: Vitest puts Vite's own variables (BASE_URL,
 * MODE, DEV, PROD, SSR) into process.env, and a child Astro build would take
 * BASE_URL from there instead of from its `base` setting.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...env } = process.env;
  return env;
}

/** Runs `astro build --outDir outDir` with extra environment variables; throws with Astro's output on failure. */
export function buildSite(outDir: string, env: Record<string, string> = {}): void {
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: repoRoot,
    env: { ...buildEnv(), ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Build into ${outDir} failed:\n${result.stdout}\n${result.stderr}`);
}
