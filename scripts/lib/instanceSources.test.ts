import {describe, expect, it} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {commonZoneIds, decodeCompact, regionsOffering, zoneBitset, zoneIndexes, zoneRegionMap, regionTable} from '../../src/lib/instanceData';
import {applyKarpenter, parseInstanceFiles} from './instanceImport';
import {renderDataJson} from './instanceOutput';
import {
  applyOfferings,
  beyondRounding,
  countByRegion,
  crossCheckBandwidth,
  diffImports,
  parseDocsBandwidth,
  parseLimitsFile,
  parseMaxPods,
  parseOfferings,
  supplementStatus,
  supplementaryTypes,
  type OfferingFile,
} from './instanceSources';

const FIX = path.join(__dirname, '..', '__fixtures__');
const read = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');
const apiTypes = () =>
  applyKarpenter(parseInstanceFiles([{name: 'p.json', text: read('describe-instance-types-pages.json')}]), read('karpenter-vpc-limits.json')).types;

function offeringFiles(): OfferingFile[] {
  const out: OfferingFile[] = [];
  for (const [sub, kind] of [
    ['region', 'region'],
    ['availability-zone-id', 'zone'],
  ] as const) {
    for (const f of fs.readdirSync(path.join(FIX, 'offerings', sub)).sort()) {
      out.push({name: `${sub}/${f}`, region: f.replace('.json', ''), kind, text: read(`offerings/${sub}/${f}`)});
    }
  }
  return out;
}

describe('zone bitsets', () => {
  it('round-trip any set of zone indexes', () => {
    for (const set of [[], [0], [3, 4], [0, 1, 2, 93], [5, 17, 40, 41, 63]]) {
      const hex = zoneBitset(set, 94);
      expect(hex).toMatch(/^[0-9a-f]{24}$/);
      expect(zoneIndexes(hex)).toEqual(set);
    }
  });
});

describe('parseOfferings', () => {
  it('reads zones per Region and the zones per type', () => {
    const off = parseOfferings(offeringFiles());
    expect(off.regions).toEqual([
      ['eu-west-1', ['euw1-az1', 'euw1-az3']],
      ['us-east-1', ['use1-az1', 'use1-az2', 'use1-az4']],
    ]);
    expect(off.zonesByType.get('m5.large')).toEqual(['euw1-az1', 'euw1-az3', 'use1-az1', 'use1-az2', 'use1-az4']);
    expect(off.zonesByType.get('p5.48xlarge')).toEqual(['use1-az1', 'use1-az2']);
  });

  it('names the file, record and field of a malformed offering', () => {
    const files = offeringFiles();
    const bad = (i: number, text: string) => () => parseOfferings(files.map((f, j) => (j === i ? {...f, text} : f)));
    const zoneIdx = files.findIndex((f) => f.name === 'availability-zone-id/us-east-1.json');
    expect(bad(zoneIdx, '[{"InstanceType":"m5.large","Location":"us-east-1a"}]')).toThrow(
      /availability-zone-id\/us-east-1\.json: record "0 \(m5\.large\)": field Location is not a zone ID/,
    );
    expect(bad(zoneIdx, '[{"InstanceType":"m5.large"}]')).toThrow(/record "0 \(m5\.large\)": field Location must be a non-empty string, got nothing/);
    expect(bad(zoneIdx, '{"InstanceType":"m5.large"}')).toThrow(/us-east-1\.json: expected a JSON array/);
    const regIdx = files.findIndex((f) => f.name === 'region/us-east-1.json');
    expect(bad(regIdx, '[{"InstanceType":"m5.large","Location":"eu-west-1"}]')).toThrow(
      /record "0 \(m5\.large\)": field Location is "eu-west-1", but the file is for Region us-east-1/,
    );
    // The Region view and the zone view must agree.
    expect(bad(regIdx, '[{"InstanceType":"x9.large","Location":"us-east-1"}]')).toThrow(
      /region\/us-east-1\.json: record "x9\.large": offered in the Region but in none of its zones/,
    );
  });

  it('attaches zone IDs, counts types per Region and finds common zones', () => {
    const off = parseOfferings(offeringFiles());
    const {types, unknownTypes} = applyOfferings(apiTypes(), off);
    expect(unknownTypes).toEqual([]);
    expect(countByRegion(types, off.regions)).toEqual([
      {region: 'eu-west-1', zones: 2, types: 2},
      {region: 'us-east-1', zones: 3, types: 5},
    ]);
    // Through the compact file and back.
    const data = JSON.parse(renderDataJson(types, off.regions));
    const decoded = decodeCompact(data);
    const by = new Map(decoded.map((t) => [t.type, t]));
    const zr = zoneRegionMap(regionTable(data));
    expect(regionsOffering(by.get('m5.large')!, zr)).toEqual(['eu-west-1', 'us-east-1']);
    expect(regionsOffering(by.get('c6in.32xlarge')!, zr)).toEqual(['us-east-1']);
    expect(commonZoneIds([by.get('m5.large')!, by.get('p5.48xlarge')!])).toEqual(['use1-az1', 'use1-az2']);
    expect(commonZoneIds([by.get('p5.48xlarge')!, by.get('c6in.32xlarge')!])).toEqual([]);
  });
});

describe('bandwidth cross-check', () => {
  it('stores and lists only differences beyond rounding', () => {
    const docs = parseDocsBandwidth(read('karpenter-instance-bandwidth.json'));
    const {types, disagreements} = crossCheckBandwidth(apiTypes(), docs);
    // t2.micro: API 0.064 Gbps, fixture docs 0.001. m5.large 0.75 = 750 Mbit/s agrees; multi-card types use the instance label.
    expect(disagreements).toEqual([{type: 't2.micro', apiGbps: 0.064, docsGbps: 0.001}]);
    expect(types.find((t) => t.type === 't2.micro')!.docsBaselineGbps).toBe(0.001);
    expect(types.find((t) => t.type === 'm5.large')!.docsBaselineGbps).toBeNull();
    expect(beyondRounding(16.67, 16.666)).toBe(false);
    expect(beyondRounding(12, 10)).toBe(true);
  });
  it('rejects malformed bandwidth files', () => {
    expect(() => parseDocsBandwidth('{"baseline_bandwidth_megabits":{"m5.large":"750"}}', 'bw.json')).toThrow(
      /bw\.json: record "m5\.large": field baseline_bandwidth_megabits must be a positive integer, got "750"/,
    );
    expect(() => parseDocsBandwidth('{}', 'bw.json')).toThrow(/bw\.json: field baseline_bandwidth_megabits must be an object/);
  });
});

describe('types not in the API dump', () => {
  it('are kept apart, with their sources and what is unknown', () => {
    const sup = supplementaryTypes(apiTypes(), {
      karpenter: parseLimitsFile(read('karpenter-vpc-limits.json'), 'k.json', 'karpenter'),
      vpcCni: parseLimitsFile(read('vpc-cni-instance-network-limits.json'), 'v.json', 'vpc-cni'),
      maxPods: parseMaxPods(read('eni-max-pods.txt')),
      docs: parseDocsBandwidth(read('karpenter-instance-bandwidth.json')),
    });
    // t3.micro: only in the Karpenter fixture, not in these API pages.
    expect(sup.map((s) => s.type)).toEqual(['p3.2xlarge', 'p6e-gb200.36xlarge', 't1.micro', 't3.micro']);
    const [p3, gb200, t1, t3] = sup;
    // Only Karpenter's AWS-internal file has it: not yet public, not retired.
    expect(t3).toMatchObject({status: 'karpenter-only', branchEni: 0, trunking: false, maxPods: null});
    expect(p3).toMatchObject({status: 'listed-by-eks-tools', maxEni: 4, ipv4PerEni: 15, maxPods: 58, hypervisor: 'xen', docsBaselineGbps: 10, branchEni: null});
    expect(p3!.sources).toHaveLength(3);
    expect(p3!.unknown).toContain('branchEni');
    expect(p3!.unknown).toContain('efa');
    expect(gb200).toMatchObject({status: 'docs-only', maxEni: null, docsBaselineGbps: 3200});
    expect(gb200!.unknown).toEqual(expect.arrayContaining(['maxEni', 'ipv4PerEni', 'maxPods', 'vcpus', 'zoneIds']));
    expect(t1).toMatchObject({docsBandwidthLabel: 'Very Low', docsBaselineGbps: null});
  });
  it('are grouped by the files that list them: retired, only in Karpenter (not yet public), announced', () => {
    // (inKarpenter, inVpcCni, inDocs)
    expect(supplementStatus(true, true, true)).toBe('listed-by-eks-tools'); // p3, dl1
    expect(supplementStatus(false, true, false)).toBe('listed-by-eks-tools'); // cr1.8xlarge: VPC CNI only
    expect(supplementStatus(true, false, true)).toBe('listed-by-eks-tools'); // i3.metal
    expect(supplementStatus(true, false, false)).toBe('karpenter-only'); // c8g-flex.large
    expect(supplementStatus(false, false, true)).toBe('docs-only'); // p6e-gb200.36xlarge
  });
  it('reject malformed limits and max-pods files', () => {
    expect(() => parseMaxPods('# x\nm5.large twenty-nine\n', 'pods.txt')).toThrow(/pods\.txt: line 2: expected "<instance type> <max pods>"/);
    expect(() =>
      parseLimitsFile(
        '{"p3.2xlarge":{"ENILimit":4,"IPv4Limit":"15","IsBareMetal":false,"NetworkCards":[{"MaximumNetworkInterfaces":4}]}}',
        'v.json',
        'vpc-cni',
      ),
    ).toThrow(/v\.json: record "p3\.2xlarge": field IPv4Limit must be an integer/);
  });
});

describe('diffImports', () => {
  it('lists added and removed types and changed limits', () => {
    const before = apiTypes();
    const after = before.filter((t) => t.type !== 't2.micro').map((t) => (t.type === 'm5.large' ? {...t, ipv4PerEni: 12} : t));
    after.push({...before[0]!, type: 'm9.large'});
    expect(diffImports(before, after)).toEqual({
      added: ['m9.large'],
      removed: ['t2.micro'],
      changed: [{type: 'm5.large', field: 'ipv4PerEni', from: 10, to: 12}],
    });
    expect(diffImports(before, before)).toEqual({added: [], removed: [], changed: []});
  });
});

describe('the CLI with every input (what the data-refresh workflow runs)', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/import-instance-data.ts', ...args], {
      encoding: 'utf8',
      cwd: path.join(__dirname, '..', '..'),
    });
  const all = (dir: string, pages = path.join(FIX, 'describe-instance-types-pages.json'), commit = 'a'.repeat(40)) => [
    pages,
    '--karpenter',
    path.join(FIX, 'karpenter-vpc-limits.json'),
    '--offerings',
    path.join(FIX, 'offerings'),
    '--bandwidth',
    path.join(FIX, 'karpenter-instance-bandwidth.json'),
    '--vpc-cni',
    path.join(FIX, 'vpc-cni-instance-network-limits.json'),
    '--max-pods',
    path.join(FIX, 'eni-max-pods.txt'),
    '--out-dir',
    dir,
    '--import-date',
    '2026-12-02',
    '--source-commit',
    commit,
  ];

  it('writes the three files, prints the disagreements, and diffs against the previous import', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-all-'));
    const first = run(all(dir));
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/us-east-1\s+3 zones\s+5 types/);
    expect(first.stdout).toMatch(/differ beyond rounding for 1 types:\n\s+t2\.micro\s+API 0\.064 Gbps, docs 0\.001 Gbps/);
    expect(fs.readdirSync(dir).sort()).toEqual(['instanceCounts.ts', 'instanceExtras.generated.json', 'instances.generated.json']);
    const extras1 = JSON.parse(fs.readFileSync(path.join(dir, 'instanceExtras.generated.json'), 'utf8'));
    expect(extras1.changes.from).toBeNull();

    // A newer upstream version with one type fewer and one changed limit.
    const pages = fs.readFileSync(path.join(FIX, 'describe-instance-types-pages.json'), 'utf8');
    const newer = path.join(dir, 'newer.json');
    fs.writeFileSync(newer, pages.replace('"Ipv4AddressesPerInterface": 50', '"Ipv4AddressesPerInterface": 60'));
    const second = run(all(dir, newer, 'b'.repeat(40)));
    expect(second.status).toBe(0);
    const extras2 = JSON.parse(fs.readFileSync(path.join(dir, 'instanceExtras.generated.json'), 'utf8'));
    expect(extras2.changes.from.commit).toBe('a'.repeat(40));
    expect(extras2.changes.changed).toEqual([{type: 'p5.48xlarge', field: 'ipv4PerEni', from: 50, to: 60}]);
    expect(second.stdout).toMatch(/0 added, 0 removed, 1 limits changed/);

    // Re-running the same version keeps that diff.
    expect(run(all(dir, newer, 'b'.repeat(40))).status).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'instanceExtras.generated.json'), 'utf8')).changes).toEqual(extras2.changes);
  }, 60_000);

  it('exits non-zero naming the file and field, and writes nothing, on a malformed offering', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bad-'));
    const off = path.join(dir, 'off');
    fs.cpSync(path.join(FIX, 'offerings'), off, {recursive: true});
    fs.writeFileSync(path.join(off, 'availability-zone-id', 'eu-west-1.json'), '[{"InstanceType":"m5.large","Location":7}]');
    const out = path.join(dir, 'out');
    const args = all(out);
    args[args.indexOf('--offerings') + 1] = off;
    const r = run(args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/data:import: availability-zone-id\/eu-west-1\.json: record "0 \(m5\.large\)": field Location must be a non-empty string, got 7/);
    expect(fs.existsSync(out)).toBe(false);
  }, 30_000);
});
