import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../astro-build.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push?: { branches?: string[] }; workflow_dispatch?: unknown };
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; environment?: { name: string }; steps: Step[] }>;
}

const workflow = parse(
  readFileSync(join(ROOT, '.github/workflows/deploy-pages.yml'), 'utf8'),
) as Workflow;
const build = workflow.jobs['build']?.steps ?? [];
const deploy = workflow.jobs['deploy'];
const action = (steps: Step[], name: string) =>
  steps.find((step) => step.uses?.startsWith(`${name}@`));

describe('the GitHub Pages workflow', () => {
  test('runs on a push to main and on demand, with the permissions a Pages deployment needs', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.permissions).toMatchObject({
      contents: 'read',
      pages: 'write',
      'id-token': 'write',
    });
  });

  test('installs the Node of .nvmrc, then the locked dependencies with npm ci, before building', () => {
    expect(action(build, 'actions/setup-node')?.with?.['node-version-file']).toBe('.nvmrc');
    const runs = build.map((step) => step.run);
    expect(runs.indexOf('npm ci')).toBeGreaterThan(-1);
    expect(runs.indexOf('npm run build')).toBeGreaterThan(runs.indexOf('npm ci'));
  });

  test('runs the whole test suite, and builds only after it passed', () => {
    const tests = workflow.jobs['test']?.steps ?? [];
    expect(tests.map((step) => step.run)).toEqual(expect.arrayContaining(['npm ci', 'npm test']));
    expect(workflow.jobs['build']?.needs).toBe('test');
  });

  test('builds with SITE_URL and BASE_PATH from the Pages configuration', () => {
    const pages = action(build, 'actions/configure-pages');
    expect(pages?.id).toBe('pages');
    expect(build.find((step) => step.run === 'npm run build')?.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
  });

  test('uploads dist/ and deploys it with the official Pages actions only', () => {
    expect(action(build, 'actions/upload-pages-artifact')?.with?.['path']).toBe('dist');
    expect(deploy?.needs).toBe('build');
    expect(deploy?.environment?.name).toBe('github-pages');
    expect(action(deploy?.steps ?? [], 'actions/deploy-pages')).toBeDefined();
    const uses = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.flatMap((step) => step.uses ?? []),
    );
    expect(uses.filter((use) => !use.startsWith('actions/'))).toEqual([]);
  });
});
