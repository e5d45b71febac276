/**
 * The offline half of the scheduled data refresh (scripts/data-refresh.sh,
 * called by .github/workflows/data-refresh.yml), run against fixtures laid out
 * like the workflow's download step: Go conversion, import, provenance, and
 * the "new since the previous import" diff. No network.
 */
import {describe, expect, it} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';

const ROOT = path.join(__dirname, '..', '..');
const FIX = path.join(__dirname, '..', '__fixtures__');

function upstreamDir(pagesText?: string, env?: string): string {
  const up = fs.mkdtempSync(path.join(os.tmpdir(), 'refresh-up-'));
  fs.writeFileSync(path.join(up, 'instance_types.json'), pagesText ?? fs.readFileSync(path.join(FIX, 'describe-instance-types-pages.json'), 'utf8'));
  fs.cpSync(path.join(FIX, 'offerings'), path.join(up, 'offerings'), {recursive: true});
  fs.copyFileSync(path.join(FIX, 'eni-max-pods.txt'), path.join(up, 'eni-max-pods.txt'));
  for (const f of fs.readdirSync(path.join(FIX, 'upstream'))) fs.copyFileSync(path.join(FIX, 'upstream', f), path.join(up, f));
  if (env) fs.writeFileSync(path.join(up, 'provenance.env'), env);
  return up;
}

const refresh = (up: string, out: string) =>
  spawnSync('bash', ['scripts/data-refresh.sh', up], {cwd: ROOT, encoding: 'utf8', env: {...process.env, OUT_DIR: out}});

describe('scripts/data-refresh.sh (offline half of the data-refresh workflow)', () => {
  it('converts the Go files, imports with the upstream commits, and keeps the diff', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'refresh-out-'));
    const first = refresh(upstreamDir(), out);
    expect(first.stderr).not.toMatch(/error/i);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Imported 5 instance types/);
    const counts = fs.readFileSync(path.join(out, 'instanceCounts.ts'), 'utf8');
    expect(counts).toContain("commit: '1111111111111111111111111111111111111111'");
    expect(counts).toContain("generated: '2026-11-06T04:00:00Z'");
    expect(counts).toContain("versionDate: '2026-11-05'"); // VPC CNI

    // Next month: upstream adds nothing but changes p5's IPv4 per ENI.
    const pages = fs
      .readFileSync(path.join(FIX, 'describe-instance-types-pages.json'), 'utf8')
      .replace('"Ipv4AddressesPerInterface": 50', '"Ipv4AddressesPerInterface": 60');
    const env = fs
      .readFileSync(path.join(FIX, 'upstream', 'provenance.env'), 'utf8')
      .replace(/MOTO_COMMIT=1+/, `MOTO_COMMIT=${'4'.repeat(40)}`)
      .replace('MOTO_DATE=2026-11-01', 'MOTO_DATE=2026-12-01');
    const second = refresh(upstreamDir(pages, env), out);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/Since the previous import \(2026-11-01\): 0 added, 0 removed, 1 limits changed/);
    const extras = JSON.parse(fs.readFileSync(path.join(out, 'instanceExtras.generated.json'), 'utf8'));
    expect(extras.changes.to).toEqual({versionDate: '2026-12-01', commit: '4'.repeat(40)});
    expect(extras.changes.changed).toEqual([{type: 'p5.48xlarge', field: 'ipv4PerEni', from: 50, to: 60}]);
  }, 120_000);

  it('fails without writing when provenance is incomplete', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'refresh-bad-')), 'out');
    const env = fs.readFileSync(path.join(FIX, 'upstream', 'provenance.env'), 'utf8').replace(/CNI_COMMIT=\d+/, 'CNI_COMMIT=');
    const r = refresh(upstreamDir(undefined, env), out);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/provenance\.env: vpcCni\.commit is empty/);
    expect(fs.existsSync(out)).toBe(false);
  }, 120_000);
});
