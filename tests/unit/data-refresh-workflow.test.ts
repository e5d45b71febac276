/**
 * GitHub Actions cannot run here, so check the data-refresh workflow's
 * structure: scheduled, downloads the upstream raw files, runs the offline
 * refresh script (tested against fixtures in scripts/lib/dataRefresh.test.ts),
 * checks the data, and opens a pull request limited to src/data.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, it, expect} from 'vitest';
import yaml from 'js-yaml';

type Step = {uses?: string; run?: string; name?: string; with?: Record<string, string>};
type Workflow = {on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, {steps: Step[]}>};

const wf = yaml.load(fs.readFileSync(path.resolve(__dirname, '../../.github/workflows/data-refresh.yml'), 'utf8')) as Workflow;
const steps = wf.jobs.refresh?.steps ?? [];
const index = (re: RegExp) => steps.findIndex((s) => re.test(s.run ?? ''));

describe('.github/workflows/data-refresh.yml', () => {
  it('runs on a schedule and by hand', () => {
    const schedule = wf.on.schedule as {cron: string}[];
    expect(schedule[0]?.cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    expect(wf.on).toHaveProperty('workflow_dispatch');
    expect(wf.permissions).toMatchObject({contents: 'write', 'pull-requests': 'write'});
  });

  it('downloads every upstream file the importer reads', () => {
    const download = steps[index(/sparse-checkout/)]?.run ?? '';
    for (const p of [
      'moto/ec2/resources/instance_types.json',
      'instance_type_offerings/region/',
      'instance_type_offerings/availability-zone-id/',
      'misc/eni-max-pods.txt',
      'pkg/vpc/vpc_ip_resource_limit.go',
      'zz_generated.vpclimits.go',
      'zz_generated.bandwidth.go',
    ]) {
      expect(download).toContain(p);
    }
    for (const v of ['MOTO_COMMIT', 'MOTO_DATE', 'OFFERINGS_DATE', 'CNI_COMMIT', 'CNI_DATE', 'KARPENTER_COMMIT', 'KARPENTER_DATE', 'KARPENTER_GENERATED']) {
      expect(download).toContain(`${v}=`);
      expect(fs.readFileSync(path.resolve(__dirname, '../../scripts/__fixtures__/upstream/provenance.env'), 'utf8')).toContain(`${v}=`);
    }
  });

  it('installs, downloads, imports offline, tests, lints, then opens a pull request with the diff', () => {
    const ci = index(/\bnpm ci\b/);
    const download = index(/sparse-checkout/);
    const importStep = index(/scripts\/data-refresh\.sh/);
    const check = index(/vitest run/);
    const lint = index(/^npm run lint$/);
    const pr = steps.findIndex((s) => s.uses?.startsWith('peter-evans/create-pull-request@'));
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(download).toBeGreaterThan(ci);
    expect(importStep).toBeGreaterThan(download);
    expect(check).toBeGreaterThan(importStep);
    expect(pr).toBeGreaterThan(check);
    // The refreshed files must pass the same lint and format check as npm test, before the pull request.
    expect(lint).toBeGreaterThan(importStep);
    expect(pr).toBeGreaterThan(lint);
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as {scripts: Record<string, string>};
    expect(pkg.scripts.lint).toMatch(/format:check/);
    expect(pkg.scripts['format:check']).toMatch(/prettier --check \./);
    expect(steps[pr]?.with?.['add-paths']).toBe('src/data');
    expect(fs.existsSync(path.resolve(__dirname, '../../scripts/data-refresh.sh'))).toBe(true);
  });
});
