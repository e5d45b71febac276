/**
 * The importer's other inputs, besides the DescribeInstanceTypes records:
 * - DescribeInstanceTypeOfferings by Region and by zone ID (where a type runs);
 * - the docs-derived baseline bandwidth (Karpenter's generated bandwidth file),
 *   cross-checked against the API;
 * - types that the VPC CNI / Karpenter files or the docs tables list but the API
 *   dump does not (kept apart, never merged into the API records);
 * - the diff against the previous import.
 *
 * Every error names the file, the record and the field. Pure: no file system.
 */
import {compareTypeNames, splitTypeName, type CompactRegion, type InstanceType} from '../../src/lib/instanceData';
import {baselineGbps} from '../../src/lib/instanceCalc';
import type {Disagreement, ImportChanges, LimitChange, SupplementaryType} from '../../src/data/instanceMeta';
import {ImportError, Reader, isObject, splitJsonDocuments} from './instanceImport';

export type {Disagreement, ImportChanges, LimitChange, SupplementaryType};

const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
const ZONE_ID = /^[a-z]{2,5}\d-(az\d+|[a-z]{3}\d+-az\d+)$/;
const TYPE_NAME = /^[a-z][a-z0-9-]*\.[a-z0-9-]+$/;

export type OfferingFile = {name: string; region: string; kind: 'region' | 'zone'; text: string};

export type Offerings = {
  /** Regions (sorted) with their zone IDs (sorted). */
  regions: CompactRegion[];
  /** Type -> zone IDs offering it, in region-table order. */
  zonesByType: Map<string, string[]>;
};

/** Parse DescribeInstanceTypeOfferings answers (arrays of {InstanceType, Location}). */
export function parseOfferings(files: readonly OfferingFile[]): Offerings {
  const zonesOfRegion = new Map<string, Set<string>>();
  const typeZones = new Map<string, Set<string>>();
  const typeRegions = new Map<string, Set<string>>();
  const where = new Map<string, string>();
  for (const f of files) {
    if (!REGION.test(f.region)) throw new ImportError(`${f.name}: file name must be a Region code (e.g. us-east-1.json), got "${f.region}"`);
    const [doc] = splitJsonDocuments(f.text, f.name);
    const items = doc?.value;
    if (!Array.isArray(items)) throw new ImportError(`${f.name}: expected a JSON array of {InstanceType, Location}`);
    items.forEach((item, i) => {
      const name = isObject(item) && typeof item.InstanceType === 'string' ? item.InstanceType : `[${i}]`;
      if (!isObject(item)) throw new ImportError(`${f.name}: record ${i} ("${name}") must be an object`);
      const r = new Reader({where: f.name, name: `${i} (${name})`, value: item}, item, '');
      const type = r.str('InstanceType');
      if (!TYPE_NAME.test(type)) r.fieldError('InstanceType', `is not an instance type name: ${JSON.stringify(type)}`);
      const loc = r.str('Location');
      if (f.kind === 'region') {
        if (loc !== f.region) r.fieldError('Location', `is "${loc}", but the file is for Region ${f.region}`);
        let s = typeRegions.get(type);
        if (!s) typeRegions.set(type, (s = new Set()));
        s.add(f.region);
      } else {
        if (!ZONE_ID.test(loc)) r.fieldError('Location', `is not a zone ID (like use1-az1): ${JSON.stringify(loc)}`);
        const owner = where.get(loc);
        if (owner !== undefined && owner !== f.region) r.fieldError('Location', `zone ${loc} is also listed for Region ${owner}`);
        where.set(loc, f.region);
        let z = zonesOfRegion.get(f.region);
        if (!z) zonesOfRegion.set(f.region, (z = new Set()));
        z.add(loc);
        let s = typeZones.get(type);
        if (!s) typeZones.set(type, (s = new Set()));
        s.add(loc);
      }
    });
  }
  const zoneFiles = new Set(files.filter((f) => f.kind === 'zone').map((f) => f.region));
  if (zoneFiles.size === 0) throw new ImportError('offerings: no availability-zone-id files found');
  // The two views must agree: a type offered in a Region has a zone there, and back.
  for (const [type, regs] of typeRegions) {
    for (const reg of regs) {
      if (!zoneFiles.has(reg)) continue;
      const zs = [...(typeZones.get(type) ?? [])].filter((z) => where.get(z) === reg);
      if (zs.length === 0)
        throw new ImportError(`region/${reg}.json: record "${type}": offered in the Region but in none of its zones (availability-zone-id/${reg}.json)`);
    }
  }
  for (const [type, zs] of typeZones) {
    for (const z of zs) {
      const reg = where.get(z)!;
      if (typeRegions.size > 0 && files.some((f) => f.kind === 'region' && f.region === reg) && !typeRegions.get(type)?.has(reg)) {
        throw new ImportError(`availability-zone-id/${reg}.json: record "${type}": offered in zone ${z} but not listed in region/${reg}.json`);
      }
    }
  }
  const regions: CompactRegion[] = [...zonesOfRegion.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([reg, zs]) => [reg, [...zs].sort(compareZoneIds)]);
  const order = new Map(regions.flatMap(([, zs]) => zs).map((z, i) => [z, i]));
  const zonesByType = new Map<string, string[]>();
  for (const [type, zs] of typeZones)
    zonesByType.set(
      type,
      [...zs].sort((a, b) => order.get(a)! - order.get(b)!),
    );
  return {regions, zonesByType};
}

/** use1-az2 before use1-az10. */
function compareZoneIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', {numeric: true});
}

/**
 * Attach zone IDs to the types. Types with no offering are offered nowhere in
 * these Regions (empty list). Offerings for types not in the API data are returned.
 */
export function applyOfferings(types: readonly InstanceType[], off: Offerings): {types: InstanceType[]; unknownTypes: string[]} {
  const names = new Set(types.map((t) => t.type));
  const unknownTypes = [...off.zonesByType.keys()].filter((t) => !names.has(t)).sort(compareTypeNames);
  return {types: types.map((t) => ({...t, zoneIds: off.zonesByType.get(t.type) ?? []})), unknownTypes};
}

/** Types offered per Region. */
export function countByRegion(types: readonly InstanceType[], regions: readonly CompactRegion[]): {region: string; zones: number; types: number}[] {
  return regions.map(([region, zones]) => {
    const set = new Set(zones);
    return {region, zones: zones.length, types: types.filter((t) => t.zoneIds?.some((z) => set.has(z))).length};
  });
}

export type DocsBandwidth = {megabits: Map<string, number>; vague: Map<string, string>};

/** karpenter-instance-bandwidth.json: {baseline_bandwidth_megabits: {type: Mbit/s}, vague_bandwidth_label: {type: label}}. */
export function parseDocsBandwidth(text: string, fileName = 'bandwidth'): DocsBandwidth {
  const [doc] = splitJsonDocuments(text, fileName);
  const v = doc?.value;
  if (!isObject(v) || !isObject(v.baseline_bandwidth_megabits))
    throw new ImportError(`${fileName}: field baseline_bandwidth_megabits must be an object keyed by instance type`);
  const megabits = new Map<string, number>();
  for (const [type, mb] of Object.entries(v.baseline_bandwidth_megabits)) {
    if (!TYPE_NAME.test(type)) throw new ImportError(`${fileName}: record "${type}": not an instance type name`);
    if (typeof mb !== 'number' || !Number.isInteger(mb) || mb <= 0) {
      throw new ImportError(`${fileName}: record "${type}": field baseline_bandwidth_megabits must be a positive integer, got ${JSON.stringify(mb)}`);
    }
    megabits.set(type, mb);
  }
  const vague = new Map<string, string>();
  if (v.vague_bandwidth_label !== undefined) {
    if (!isObject(v.vague_bandwidth_label)) throw new ImportError(`${fileName}: field vague_bandwidth_label must be an object`);
    for (const [type, label] of Object.entries(v.vague_bandwidth_label)) {
      if (typeof label !== 'string') throw new ImportError(`${fileName}: record "${type}": field vague_bandwidth_label must be a string`);
      vague.set(type, label);
    }
  }
  return {megabits, vague};
}

/** Differences up to 1% (or 0.01 Gbps) are rounding (16.67 vs 16.666). */
export function beyondRounding(a: number, b: number): boolean {
  return Math.abs(a - b) > Math.max(0.011, 0.01 * Math.max(a, b));
}

/**
 * Compare the API's baseline (what the explorer shows: the single card's
 * baseline, or the instance label on multi-card types) with the docs table figure.
 */
export function crossCheckBandwidth(types: readonly InstanceType[], docs: DocsBandwidth): {types: InstanceType[]; disagreements: Disagreement[]} {
  const disagreements: Disagreement[] = [];
  const out = types.map((t) => {
    const mb = docs.megabits.get(t.type);
    const api = baselineGbps(t);
    if (mb === undefined || api === null) return {...t, docsBaselineGbps: null};
    const docsGbps = mb / 1000;
    if (!beyondRounding(api, docsGbps)) return {...t, docsBaselineGbps: null};
    disagreements.push({type: t.type, apiGbps: api, docsGbps});
    return {...t, docsBaselineGbps: docsGbps};
  });
  disagreements.sort((a, b) => compareTypeNames(a.type, b.type));
  return {types: out, disagreements};
}

/** eni-max-pods.txt: "# comment" lines, then "<type> <max pods>". */
export function parseMaxPods(text: string, fileName = 'eni-max-pods.txt'): Map<string, number> {
  const out = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, i) => {
    const l = line.trim();
    if (l === '' || l.startsWith('#')) return;
    const m = /^(\S+)\s+(\d+)$/.exec(l);
    if (!m || !TYPE_NAME.test(m[1]!))
      throw new ImportError(`${fileName}: line ${i + 1}: expected "<instance type> <max pods>", got ${JSON.stringify(l.slice(0, 60))}`);
    out.set(m[1]!, Number(m[2]));
  });
  if (out.size === 0) throw new ImportError(`${fileName}: no data lines`);
  return out;
}

type LimitsRecord = {
  maxEni: number;
  ipv4PerEni: number;
  cards: number;
  hypervisor: string | null;
  bareMetal: boolean;
  branchEni: number | null;
  trunking: boolean | null;
};

/** Karpenter's vpclimits (Interface, IPv4PerInterface, ...) or the VPC CNI's limits (ENILimit, IPv4Limit, ...), keyed by type. */
export function parseLimitsFile(text: string, fileName: string, kind: 'karpenter' | 'vpc-cni'): Map<string, LimitsRecord> {
  const [doc] = splitJsonDocuments(text, fileName);
  const v = doc?.value;
  if (!isObject(v)) throw new ImportError(`${fileName}: expected an object keyed by instance type`);
  const out = new Map<string, LimitsRecord>();
  for (const [type, rec] of Object.entries(v)) {
    if (!isObject(rec)) throw new ImportError(`${fileName}: record "${type}" must be an object`);
    const r = new Reader({where: fileName, name: type, value: rec}, rec, '');
    const cards = r.array('NetworkCards');
    if (kind === 'karpenter') {
      out.set(type, {
        maxEni: r.int('Interface', 1),
        ipv4PerEni: r.int('IPv4PerInterface', 1),
        cards: cards.length,
        hypervisor: rec.Hypervisor === '' ? null : r.has('Hypervisor') ? r.str('Hypervisor') : null,
        bareMetal: r.bool('IsBareMetal'),
        branchEni: r.int('BranchInterface'),
        trunking: r.bool('IsTrunkingCompatible'),
      });
    } else {
      // ENILimit is the default card only: the whole-instance count is the cards' sum.
      const total = cards.reduce((s, c) => s + c.int('MaximumNetworkInterfaces', 1), 0);
      r.int('ENILimit', 1);
      out.set(type, {
        maxEni: total,
        ipv4PerEni: r.int('IPv4Limit', 1),
        cards: cards.length,
        hypervisor: rec.HypervisorType === '' || rec.HypervisorType === 'unknown' ? null : r.has('HypervisorType') ? r.str('HypervisorType') : null,
        bareMetal: r.bool('IsBareMetal'),
        branchEni: null,
        trunking: null,
      });
    }
  }
  return out;
}

/** Which group a type the API dump lacks belongs to, from the files that list it (see supplementaryTypes). */
export function supplementStatus(inKarpenter: boolean, inVpcCni: boolean, inDocs: boolean): SupplementaryType['status'] {
  if (inVpcCni || (inKarpenter && inDocs)) return 'listed-by-eks-tools';
  return inKarpenter ? 'karpenter-only' : 'docs-only';
}

export const SUPPLEMENT_SOURCES = {
  karpenterLimits: 'Karpenter zz_generated.vpclimits.go (AWS-internal generator)',
  vpcCniLimits: 'VPC CNI vpc_ip_resource_limit.go (DescribeInstanceTypes at its generation)',
  maxPods: 'VPC CNI eni-max-pods.txt',
  docsBandwidth: 'AWS instance-type docs tables (via Karpenter zz_generated.bandwidth.go)',
} as const;

/**
 * Types listed by the VPC CNI / Karpenter files or the docs tables but absent
 * from the API dump, in three groups (`status`):
 * - `listed-by-eks-tools`: the VPC CNI files (generated from DescribeInstanceTypes)
 *   or Karpenter plus the docs tables have them: retired or withdrawn types (p3, f1, dl1...);
 * - `karpenter-only`: only Karpenter's vpclimits file, which an AWS-internal
 *   generator writes, has them: no public listing (DescribeInstanceTypes via moto
 *   or the VPC CNI, the docs tables) does. In the 2026-08 data these are the 28
 *   Graviton flex sizes (c7g-flex, c8g-flex, m7g-flex, m8g-flex), added to that
 *   file on 2026-07-06 (karpenter-provider-aws d8db158) and absent from moto's dump
 *   (2026-08-02), the VPC CNI's 17-Region DescribeInstanceTypes file (2026-08-11),
 *   the docs tables (2026-08-18) and Karpenter's us-east-1 price list (generated
 *   2026-07-20): not yet public, rather than retired;
 * - `docs-only`: only the docs tables list them: announced types (p6e-gb200.36xlarge...).
 * Every figure says where it came from; what no file gives is listed in `unknown`.
 */
export function supplementaryTypes(
  apiTypes: readonly InstanceType[],
  inputs: {karpenter?: Map<string, LimitsRecord>; vpcCni?: Map<string, LimitsRecord>; maxPods?: Map<string, number>; docs?: DocsBandwidth},
): SupplementaryType[] {
  const api = new Set(apiTypes.map((t) => t.type));
  const names = new Set<string>();
  for (const m of [inputs.karpenter, inputs.vpcCni, inputs.maxPods, inputs.docs?.megabits, inputs.docs?.vague])
    for (const k of m?.keys() ?? []) if (!api.has(k)) names.add(k);
  return [...names].sort(compareTypeNames).map((type): SupplementaryType => {
    const k = inputs.karpenter?.get(type);
    const c = inputs.vpcCni?.get(type);
    const lim = k ?? c;
    const sources: string[] = [];
    if (k) sources.push(SUPPLEMENT_SOURCES.karpenterLimits);
    if (c) sources.push(SUPPLEMENT_SOURCES.vpcCniLimits);
    const pods = inputs.maxPods?.get(type) ?? null;
    if (pods !== null) sources.push(SUPPLEMENT_SOURCES.maxPods);
    const mb = inputs.docs?.megabits.get(type);
    const label = inputs.docs?.vague.get(type) ?? null;
    if (mb !== undefined || label !== null) sources.push(SUPPLEMENT_SOURCES.docsBandwidth);
    const rec: SupplementaryType = {
      type,
      ...splitTypeName(type),
      status: supplementStatus(Boolean(k), Boolean(c) || pods !== null, mb !== undefined || label !== null),
      sources,
      maxEni: lim?.maxEni ?? null,
      ipv4PerEni: lim?.ipv4PerEni ?? null,
      cards: lim?.cards ?? null,
      hypervisor: lim?.hypervisor ?? null,
      bareMetal: lim?.bareMetal ?? null,
      branchEni: k?.branchEni ?? null,
      trunking: k?.trunking ?? null,
      maxPods: pods,
      docsBaselineGbps: mb === undefined ? null : mb / 1000,
      docsBandwidthLabel: label,
      unknown: [],
    };
    const fields = ['maxEni', 'ipv4PerEni', 'cards', 'hypervisor', 'bareMetal', 'branchEni', 'maxPods', 'docsBaselineGbps'] as const;
    rec.unknown = [...fields.filter((f) => rec[f] === null), 'vcpus', 'ipv6PerEni', 'efa', 'enaExpress', 'ena', 'zoneIds'];
    return rec;
  });
}

const TRACKED: readonly {field: string; get: (t: InstanceType) => number | string | boolean | null}[] = [
  {field: 'maxEni', get: (t) => t.maxEni},
  {field: 'ipv4PerEni', get: (t) => t.ipv4PerEni},
  {field: 'ipv6PerEni', get: (t) => t.ipv6PerEni},
  {field: 'cards', get: (t) => t.cards.length},
  {field: 'maxEfa', get: (t) => t.maxEfa},
  {field: 'enaExpress', get: (t) => t.enaExpress},
  {field: 'ena', get: (t) => t.ena},
  {field: 'networkPerformance', get: (t) => t.networkPerformance},
  {field: 'baselineGbps', get: (t) => baselineGbps(t)},
  {field: 'branchEni', get: (t) => t.branchEni},
];

/** What changed between two imports: type names and network limits. */
export function diffImports(prev: readonly InstanceType[], next: readonly InstanceType[]): Pick<ImportChanges, 'added' | 'removed' | 'changed'> {
  const before = new Map(prev.map((t) => [t.type, t]));
  const after = new Map(next.map((t) => [t.type, t]));
  const added = [...after.keys()].filter((k) => !before.has(k)).sort(compareTypeNames);
  const removed = [...before.keys()].filter((k) => !after.has(k)).sort(compareTypeNames);
  const changed: LimitChange[] = [];
  for (const [name, t] of after) {
    const p = before.get(name);
    if (!p) continue;
    for (const {field, get} of TRACKED) {
      const a = get(p);
      const b = get(t);
      if (a !== b) changed.push({type: name, field, from: a, to: b});
    }
  }
  changed.sort((a, b) => compareTypeNames(a.type, b.type) || (a.field < b.field ? -1 : 1));
  return {added, removed, changed};
}
