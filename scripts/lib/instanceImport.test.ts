import {describe, expect, it} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import * as prettier from 'prettier';
import {ImportError, applyKarpenter, countInstances, parseInstanceFiles, splitJsonDocuments} from './instanceImport';
import {
  countsModuleVersion,
  formatForRepo,
  prettierOptionsFor,
  renderCountsModule,
  renderDataJson,
  writeFilesAtomically,
  DEFAULT_PROVENANCE,
} from './instanceOutput';
import {compareTypeNames, decodeCompact} from '../../src/lib/instanceData';

const FIX = path.join(__dirname, '..', '__fixtures__');
const read = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');
const keyed = read('instance-types-keyed.json');
const pages = read('describe-instance-types-pages.json');

/** Parse the keyed fixture after changing one record. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
function mutated(change: (rec: Record<string, any>) => void): () => unknown {
  const obj = JSON.parse(keyed);
  change(obj['m5.large']);
  return () => parseInstanceFiles([{name: 'bad.json', text: JSON.stringify(obj)}]);
}

describe('splitJsonDocuments', () => {
  it('splits concatenated documents with and without whitespace', () => {
    expect(splitJsonDocuments('{"a":1}{"b":"}{"}\n\n [1]').map((d) => d.value)).toEqual([{a: 1}, {b: '}{'}, [1]]);
    expect(splitJsonDocuments('{"s":"a \\" } { b"}').length).toBe(1);
  });
  it('rejects garbage, truncation and empty input with a clear message', () => {
    expect(() => splitJsonDocuments('{"a":1} xyz', 'f.json')).toThrow(/f\.json: unexpected "x"/);
    expect(() => splitJsonDocuments('{"a":1}{"b":', 'f.json')).toThrow(/document 2 .* truncated/);
    expect(() => splitJsonDocuments('{"a":1,}', 'f.json')).toThrow(/document 1 .* not valid JSON/);
    expect(() => splitJsonDocuments('  ', 'f.json')).toThrow(/no JSON document/);
  });
});

describe('parseInstanceFiles', () => {
  it('reads the object keyed by type (moto shape)', () => {
    const types = parseInstanceFiles([{name: 'k.json', text: keyed}]);
    expect(types.map((t) => t.type).sort()).toEqual(['m5.large', 't2.micro', 't3.micro']);
    const m5 = types.find((t) => t.type === 'm5.large')!;
    expect(m5).toMatchObject({family: 'm5', size: 'large', vcpus: 2, ena: 'required', maxEni: 3, ipv4PerEni: 10, hypervisor: 'nitro'});
    expect(m5.cards[0]).toMatchObject({baselineGbps: 0.75, peakGbps: 10, performance: 'Up to 10 Gigabit'});
    expect(types.find((t) => t.type === 't2.micro')!.ena).toBe('unsupported');
  });

  it('reads describe-instance-types output, several pages concatenated', () => {
    const types = parseInstanceFiles([{name: 'p.json', text: pages}]);
    expect(types.map((t) => t.type).sort()).toEqual(['c5.metal', 'c6in.32xlarge', 'm5.large', 'p5.48xlarge', 't2.micro']);
    const p5 = types.find((t) => t.type === 'p5.48xlarge')!;
    expect([p5.maxEfa, p5.cards.length, p5.maxEni]).toEqual([32, 32, 64]);
    expect(types.find((t) => t.type === 'c5.metal')!.hypervisor).toBeNull();
  });

  it('accepts the same record from two files when it agrees', () => {
    expect(
      parseInstanceFiles([
        {name: 'k.json', text: keyed},
        {name: 'p.json', text: pages},
      ]).length,
    ).toBe(6);
  });

  it('rejects a record that comes back with different values', () => {
    const obj = JSON.parse(keyed);
    obj['m5.large'].NetworkInfo.Ipv4AddressesPerInterface = 11;
    expect(() =>
      parseInstanceFiles([
        {name: 'p.json', text: pages},
        {name: 'k.json', text: JSON.stringify(obj)},
      ]),
    ).toThrow(/record "m5.large" appears again with different network values/);
  });

  it('rejects malformed records naming the record and field', () => {
    expect(mutated((r) => (r.NetworkInfo.Ipv4AddressesPerInterface = 'ten'))).toThrow(
      /bad\.json document 1: record "m5\.large": field NetworkInfo\.Ipv4AddressesPerInterface must be an integer >= 1, got "ten"/,
    );
    expect(mutated((r) => delete r.NetworkInfo)).toThrow(/record "m5\.large": field NetworkInfo must be an object, got nothing/);
    expect(mutated((r) => (r.NetworkInfo.EnaSupport = 'maybe'))).toThrow(/field NetworkInfo\.EnaSupport must be one of required, supported, unsupported/);
    expect(mutated((r) => (r.NetworkInfo.MaximumNetworkInterfaces = 4))).toThrow(/NetworkInfo\.MaximumNetworkInterfaces is 4, but the cards' .* add up to 3/);
    expect(mutated((r) => (r.NetworkInfo.NetworkCards[0].NetworkCardIndex = 1))).toThrow(/NetworkInfo\.NetworkCards\[0\]\.NetworkCardIndex is 1/);
    expect(mutated((r) => (r.NetworkInfo.NetworkCards[0].BaselineBandwidthInGbps = -1))).toThrow(
      /NetworkCards\[0\]\.BaselineBandwidthInGbps must be a number >= 0/,
    );
    expect(mutated((r) => (r.InstanceType = 'm5.xlarge'))).toThrow(/record "m5\.large": field InstanceType is "m5\.xlarge"/);
    expect(mutated((r) => (r.Hypervisor = 'kvm'))).toThrow(/field Hypervisor must be one of nitro, xen/);
    expect(mutated((r) => (r.NetworkInfo.EfaSupported = true))).toThrow(/field NetworkInfo\.EfaInfo must be an object/);
    expect(() => parseInstanceFiles([{name: 'x.json', text: '{"InstanceTypes": {}}'}])).toThrow(/x\.json document 1: field InstanceTypes must be an array/);
    expect(() => parseInstanceFiles([{name: 'x.json', text: '{"InstanceTypes": [42]}'}])).toThrow(/record "InstanceTypes\[0\]" must be an object/);
    expect(() => parseInstanceFiles([{name: 'x.json', text: '{"InstanceTypes": []}'}])).toThrow(/no instance-type records/);
  });

  it('throws ImportError, not a generic error', () => {
    expect(mutated((r) => (r.VCpuInfo = null))).toThrow(ImportError);
  });
});

describe('applyKarpenter', () => {
  it('adds branch ENIs where Karpenter knows the type', () => {
    const {types, matched, warnings} = applyKarpenter(parseInstanceFiles([{name: 'k.json', text: keyed}]), read('karpenter-vpc-limits.json'));
    expect(matched).toBe(2);
    expect(warnings).toEqual([]);
    expect(types.find((t) => t.type === 'm5.large')).toMatchObject({branchEni: 9, trunking: true});
    expect(types.find((t) => t.type === 't2.micro')).toMatchObject({branchEni: null, trunking: null});
  });
  it('rejects malformed entries', () => {
    const base = parseInstanceFiles([{name: 'k.json', text: keyed}]);
    expect(() => applyKarpenter(base, '{"m5.large":{"BranchInterface":"9","IsTrunkingCompatible":true}}', 'kp.json')).toThrow(
      /kp\.json: record "m5\.large": field BranchInterface must be an integer/,
    );
  });
});

describe('output', () => {
  const types = applyKarpenter(parseInstanceFiles([{name: 'p.json', text: pages}]), read('karpenter-vpc-limits.json')).types;

  it('writes compact data that decodes to the same records', () => {
    const json = renderDataJson(types);
    expect(decodeCompact(JSON.parse(json))).toEqual([...types].sort((a, b) => compareTypeNames(a.type, b.type)));
    // p5's 32 identical cards are stored once.
    expect(json).toContain('[32,2,100,100,');
  });

  it('renders the counts module with provenance', () => {
    const text = renderCountsModule(types, {...DEFAULT_PROVENANCE, importDate: '2026-11-27'});
    expect(text).toContain('export const instanceCounts: InstanceCounts');
    expect(text).toMatch(/"efa": 2/);
    expect(text).toContain('"importDate": "2026-11-27"');
    expect(countInstances(types).multiCard).toBe(2);
  });

  it("formats the counts module as the repository's prettier --check wants it, and still reads its version back", async () => {
    const prov = {...DEFAULT_PROVENANCE, importDate: '2026-11-27'};
    const raw = renderCountsModule(types, prov);
    const options = await prettierOptionsFor('instanceCounts.ts');
    expect(options).not.toBeNull();
    expect(await prettier.check(raw, options!)).toBe(false); // JSON.stringify quoting: what lint rejected
    const formatted = await formatForRepo('instanceCounts.ts', raw);
    expect(formatted).toBe(await prettier.format(formatted, options!));
    expect(formatted).toContain("commit: '34d6cad5abbb7b91c97578f3249b39a7e2df1ed5'");
    const version = {commit: prov.instances.commit, versionDate: prov.instances.versionDate};
    expect(countsModuleVersion(formatted)).toEqual(version);
    expect(countsModuleVersion(raw)).toEqual(version);
    expect(countsModuleVersion(fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'data', 'instanceCounts.ts'), 'utf8')).commit).toMatch(/^[0-9a-f]{40}$/);
    expect(countsModuleVersion('export const x = 1;')).toEqual({commit: null, versionDate: null});
  });

  it('never leaves a half file: all outputs are replaced or none', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
    const a = path.join(dir, 'a.json');
    fs.writeFileSync(a, 'old');
    const blocker = path.join(dir, 'blocked');
    fs.mkdirSync(path.join(blocker, 'x.tmp-' + process.pid), {recursive: true}); // makes the second temp write fail
    expect(() =>
      writeFilesAtomically([
        {path: a, content: 'new'},
        {path: path.join(blocker, 'x'), content: 'new'},
      ]),
    ).toThrow();
    expect(fs.readFileSync(a, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});

describe('the CLI', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/import-instance-data.ts', ...args], {
      encoding: 'utf8',
      cwd: path.join(__dirname, '..', '..'),
    });

  it('imports pages into the output folder, formatted for lint, and writes nothing on bad input', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
    const ok = run([
      path.join(FIX, 'describe-instance-types-pages.json'),
      '--karpenter',
      path.join(FIX, 'karpenter-vpc-limits.json'),
      '--out-dir',
      dir,
      '--import-date',
      '2026-11-27',
    ]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/Imported 5 instance types \(2 with EFA/);
    expect(fs.readdirSync(dir).sort()).toEqual(['instanceCounts.ts', 'instanceExtras.generated.json', 'instances.generated.json']);
    // What lands in src/data passes `prettier --check .` (npm run lint): formatted, or left out by .prettierignore.
    for (const name of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const options = await prettierOptionsFor(name);
      if (name.endsWith('.ts')) expect(options, name).not.toBeNull();
      if (options) expect(text, name).toBe(await prettier.format(text, options));
    }

    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, pages.replace('"Ipv4AddressesPerInterface": 50', '"Ipv4AddressesPerInterface": null'));
    const before = fs.readFileSync(path.join(dir, 'instances.generated.json'), 'utf8');
    const failed = run([bad, '--out-dir', dir]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/data:import: bad\.json document 1: record "p5\.48xlarge": field NetworkInfo\.Ipv4AddressesPerInterface must be an integer/);
    expect(fs.readFileSync(path.join(dir, 'instances.generated.json'), 'utf8')).toBe(before);
  }, 30_000);
});
