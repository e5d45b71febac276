/**
 * GitHub Actions cannot run here, so check the deploy workflow's structure:
 * it installs Debian's Chromium, runs the README's test command with the
 * Pages origin and base path (npm test builds once and tests that build),
 * uploads that build and deploys it with the official Pages actions.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, it, expect} from 'vitest';
import yaml from 'js-yaml';

type Step = {uses?: string; run?: string; env?: Record<string, string>};
type Workflow = {
  on: Record<string, unknown>;
  jobs: Record<string, {needs?: string; permissions?: Record<string, string>; steps: Step[]}>;
};

const wf = yaml.load(fs.readFileSync(path.resolve(__dirname, '../../.github/workflows/deploy.yml'), 'utf8')) as Workflow;

function job(name: string) {
  const j = wf.jobs[name];
  if (!j) throw new Error(`deploy.yml has no job "${name}"`);
  return j;
}

describe('.github/workflows/deploy.yml', () => {
  const build = job('build').steps;
  const deploy = job('deploy');
  const runs = build.map((s) => s.run ?? '').join('\n');

  it('runs on pushes to main', () => {
    expect(wf.on).toHaveProperty('push');
  });

  it('installs Debian chromium, then runs npm ci and npm test with the Pages origin and base path, building once', () => {
    expect(runs).toMatch(/apt-get install[^\n]*\bchromium\b/);
    const ci = build.findIndex((s) => /\bnpm ci\b/.test(s.run ?? ''));
    const test = build.findIndex((s) => /\bnpm test\b/.test(s.run ?? ''));
    const upload = build.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(test).toBeGreaterThan(ci);
    expect(build[test]?.env?.SITE_URL).toMatch(/steps\.pages\.outputs\.origin/);
    expect(build[test]?.env?.BASE_URL).toMatch(/steps\.pages\.outputs\.base_path/);
    expect(upload).toBeGreaterThan(test);
    expect(runs, 'no second build after the tested one').not.toMatch(/npm run build\b/);
  });

  it('uploads the build with upload-pages-artifact and deploys with deploy-pages', () => {
    expect(build.some((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))).toBe(true);
    expect(deploy.needs).toBe('build');
    expect(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(deploy.permissions).toMatchObject({pages: 'write', 'id-token': 'write'});
  });
});
