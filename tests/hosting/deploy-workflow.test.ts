/**
 * The GitHub Pages workflow: it must parse, build with the project's own
 * commands for the Pages origin and sub-path, and publish `dist/`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
}

const workflow = parse(readFileSync(path.resolve(import.meta.dirname, '../../.github/workflows/deploy.yml'), 'utf8')) as Workflow;

describe('GitHub Pages workflow', () => {
  it('runs on pushes to main with the permissions Pages needs and no more', () => {
    expect(workflow.on).toHaveProperty('push');
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('builds on Node 24 with npm ci (the locked versions) and npm run build, for the Pages origin and base path', () => {
    const steps = workflow.jobs.build!.steps;
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(24);
    expect(steps.some((s) => s.run?.startsWith('npm ci'))).toBe(true);
    const build = steps.find((s) => s.run === 'npm run build');
    expect(build?.env?.SITE_URL).toBe('${{ steps.pages.outputs.origin }}');
    expect(build?.env?.BASE_PATH).toBe('${{ steps.pages.outputs.base_path }}/');
    expect(steps.find((s) => s.id === 'pages')?.uses).toMatch(/^actions\/configure-pages@/);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
  });

  it('deploys the uploaded artifact to the github-pages environment after the build', () => {
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});
