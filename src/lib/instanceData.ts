/**
 * The instance-type network data the site uses: its types, the compact
 * on-disk format written by scripts/import-instance-data.ts, and the decoder.
 *
 * Compact format (src/data/instances.generated.json): a string table for the
 * performance labels and one array ("tuple") per instance type, so the file
 * stays small. Runs of identical network cards are stored once with a count.
 *
 * Pure TypeScript, no React: see instanceData.test.ts.
 */

export type EnaSupport = 'required' | 'supported' | 'unsupported';
export type Hypervisor = 'nitro' | 'xen' | null;

export type NetworkCard = {
  index: number;
  /** ENIs this card can hold (NetworkCards[].MaximumNetworkInterfaces). */
  maxEni: number;
  baselineGbps: number | null;
  peakGbps: number | null;
  /** The card's NetworkPerformance label, e.g. "Up to 12.5 Gigabit". */
  performance: string;
  /** ENA queues an interface on this card gets by default (DefaultEnaQueueCountPerInterface); null when not given. */
  defaultEnaQueues?: number | null;
  /** Most ENA queues one interface on this card can be given (MaximumEnaQueueCountPerInterface); null when not given. */
  maxEnaQueuesPerEni?: number | null;
  /** Most ENA queues across all interfaces of this card (MaximumEnaQueueCount); null when not given. */
  maxEnaQueues?: number | null;
};

/** Default connection-tracking idle timeouts in seconds (ConnectionTrackingConfiguration). */
export type ConnTrackTimeouts = {tcpEstablished: number; udpStream: number; udp: number};

export type InstanceType = {
  type: string;
  /** The part before the dot, e.g. "p5" for p5.48xlarge. */
  family: string;
  /** The part after the dot, e.g. "48xlarge". */
  size: string;
  vcpus: number;
  currentGeneration: boolean;
  bareMetal: boolean;
  /** "nitro", "xen", or null when the API gives none (bare-metal types). */
  hypervisor: Hypervisor;
  ena: EnaSupport;
  efaSupported: boolean;
  maxEfa: number;
  /** ENA Express (EnaSrdSupported). */
  enaExpress: boolean;
  /** ENIs for the whole instance, all cards together. */
  maxEni: number;
  ipv4PerEni: number;
  ipv6PerEni: number;
  ipv6Supported: boolean;
  defaultCard: number;
  cards: NetworkCard[];
  /** The instance's NetworkPerformance label. */
  networkPerformance: string;
  encryptionInTransit: boolean;
  /** Branch ENIs per trunk ENI (Karpenter data); null when unknown. */
  branchEni: number | null;
  /** ENI trunking compatible (Karpenter data); null when unknown. */
  trunking: boolean | null;
  /*
   * Fields added in data format 2. Optional so code that builds records by
   * hand keeps compiling; decodeCompact always fills them.
   */
  /** Default connection-tracking idle timeouts; null when the API gives none. */
  connTrack?: ConnTrackTimeouts | null;
  /** Configurable bandwidth weighting (BandwidthWeightings lists vpc-1 / ebs-1). */
  bandwidthWeighting?: boolean;
  /** FlexibleEnaQueuesSupport = supported: the ENA queue count per interface can be changed. */
  flexibleEnaQueues?: boolean;
  /** Zone IDs offering the type (DescribeInstanceTypeOfferings); null when no offering data. Shared, never mutate. */
  zoneIds?: readonly string[] | null;
  /**
   * Baseline bandwidth in Gbps from the AWS documentation tables (via Karpenter's
   * generated bandwidth file), set only where it differs from the API beyond rounding.
   */
  docsBaselineGbps?: number | null;
};

/**
 * [count, maxEni, baselineGbps (-1 = none), peakGbps (-1 = none), label index,
 *  default ENA queues, max ENA queues per ENI, max ENA queues (-1 = none)]
 * (format 1 files stop after the label index)
 */
export type CardGroup = [number, number, number, number, number, number?, number?, number?];

/**
 * [type, vcpus, flags, ena, hypervisor, maxEfa, maxEni, ipv4, ipv6,
 *  defaultCard, label index, card groups, branch ENIs (-1 = unknown),
 *  conntrack index (-1 = none), zone-set index (-1 = no offering data)]
 * (format 1 files stop after the branch ENIs)
 */
export type CompactRow = [string, number, number, number, number, number, number, number, number, number, number, CardGroup[], number, number?, number?];

/** A Region and the zone IDs in it, in the order the zone bitsets use. */
export type CompactRegion = [string, string[]];

export type CompactData = {
  /** Format version of this file. */
  format: 1 | 2;
  labels: string[];
  /** Distinct conntrack timeouts: [tcpEstablished, udpStream, udp]. */
  conntrack?: [number, number, number][];
  /** Regions and their zone IDs; zones are numbered in this order (region by region). */
  regions?: CompactRegion[];
  /** Distinct sets of zones as hex bitsets (bit i = zone i, lowest bit in the last digit). */
  zoneSets?: string[];
  /** [type, baseline Gbps in the docs tables] where docs and API disagree. */
  docsBandwidth?: [string, number][];
  rows: CompactRow[];
};

export const FLAG = {
  current: 1,
  metal: 2,
  efa: 4,
  enaExpress: 8,
  ipv6: 16,
  encryption: 32,
  trunkingKnown: 64,
  trunking: 128,
  bandwidthWeighting: 256,
  flexibleEnaQueues: 512,
} as const;

export const ENA_VALUES: readonly EnaSupport[] = ['required', 'supported', 'unsupported'];
const HYPERVISORS: readonly Hypervisor[] = ['nitro', 'xen', null];

export function splitTypeName(type: string): {family: string; size: string} {
  const dot = type.indexOf('.');
  return dot < 0 ? {family: type, size: ''} : {family: type.slice(0, dot), size: type.slice(dot + 1)};
}

export type CardRun = {first: number; last: number; card: NetworkCard};

/** Consecutive identical network cards as runs (p5.48xlarge: one run of 32 cards). */
export function cardRuns(cards: readonly NetworkCard[]): CardRun[] {
  const runs: CardRun[] = [];
  for (const c of cards) {
    const prev = runs[runs.length - 1];
    const same =
      prev !== undefined &&
      prev.card.maxEni === c.maxEni &&
      prev.card.baselineGbps === c.baselineGbps &&
      prev.card.peakGbps === c.peakGbps &&
      prev.card.performance === c.performance;
    if (same) prev.last = c.index;
    else runs.push({first: c.index, last: c.index, card: c});
  }
  return runs;
}

function labelIndex(labels: string[], index: Map<string, number>, label: string): number {
  let i = index.get(label);
  if (i === undefined) {
    i = labels.length;
    labels.push(label);
    index.set(label, i);
  }
  return i;
}

/** Zone indexes -> hex bitset (bit i = zone i; the last hex digit holds zones 0-3). */
export function zoneBitset(indexes: Iterable<number>, zoneCount: number): string {
  const nibbles = new Array<number>(Math.max(1, Math.ceil(zoneCount / 4))).fill(0);
  for (const i of indexes) {
    const n = Math.floor(i / 4);
    nibbles[n] = (nibbles[n] ?? 0) | (1 << (i % 4));
  }
  return nibbles
    .map((v) => v.toString(16))
    .reverse()
    .join('');
}

/** Hex bitset -> zone indexes, ascending. */
export function zoneIndexes(hex: string): number[] {
  const out: number[] = [];
  for (let d = 0; d < hex.length; d++) {
    const v = parseInt(hex.charAt(hex.length - 1 - d), 16);
    for (let b = 0; b < 4; b++) if (v & (1 << b)) out.push(d * 4 + b);
  }
  return out;
}

/**
 * Encode instance types in the compact format (rows sorted by name).
 * `regions` lists the Regions and zone IDs that types' `zoneIds` refer to.
 */
export function encodeCompact(types: readonly InstanceType[], regions: readonly CompactRegion[] = []): CompactData {
  const labels: string[] = [];
  const index = new Map<string, number>();
  const conntrack: [number, number, number][] = [];
  const ctIndex = new Map<string, number>();
  const zoneNumber = new Map<string, number>();
  for (const [, zones] of regions) for (const z of zones) zoneNumber.set(z, zoneNumber.size);
  const zoneSets: string[] = [];
  const setIndex = new Map<string, number>();
  const docsBandwidth: [string, number][] = [];
  const rows = [...types]
    .sort((a, b) => compareTypeNames(a.type, b.type))
    .map((t): CompactRow => {
      const flags =
        (t.currentGeneration ? FLAG.current : 0) |
        (t.bareMetal ? FLAG.metal : 0) |
        (t.efaSupported ? FLAG.efa : 0) |
        (t.enaExpress ? FLAG.enaExpress : 0) |
        (t.ipv6Supported ? FLAG.ipv6 : 0) |
        (t.encryptionInTransit ? FLAG.encryption : 0) |
        (t.trunking !== null ? FLAG.trunkingKnown : 0) |
        (t.trunking ? FLAG.trunking : 0) |
        (t.bandwidthWeighting ? FLAG.bandwidthWeighting : 0) |
        (t.flexibleEnaQueues ? FLAG.flexibleEnaQueues : 0);
      const groups: CardGroup[] = cardRuns(t.cards).map(({first, last, card: c}) => [
        last - first + 1,
        c.maxEni,
        c.baselineGbps ?? -1,
        c.peakGbps ?? -1,
        labelIndex(labels, index, c.performance),
        c.defaultEnaQueues ?? -1,
        c.maxEnaQueuesPerEni ?? -1,
        c.maxEnaQueues ?? -1,
      ]);
      let ct = -1;
      if (t.connTrack) {
        const key = `${t.connTrack.tcpEstablished},${t.connTrack.udpStream},${t.connTrack.udp}`;
        ct = ctIndex.get(key) ?? -1;
        if (ct < 0) {
          ct = conntrack.length;
          conntrack.push([t.connTrack.tcpEstablished, t.connTrack.udpStream, t.connTrack.udp]);
          ctIndex.set(key, ct);
        }
      }
      let zs = -1;
      if (t.zoneIds) {
        const nums = t.zoneIds.map((z) => {
          const n = zoneNumber.get(z);
          if (n === undefined) throw new Error(`${t.type}: zone ID ${z} is in no listed Region`);
          return n;
        });
        const hex = zoneBitset(nums, zoneNumber.size);
        zs = setIndex.get(hex) ?? -1;
        if (zs < 0) {
          zs = zoneSets.length;
          zoneSets.push(hex);
          setIndex.set(hex, zs);
        }
      }
      if (t.docsBaselineGbps != null) docsBandwidth.push([t.type, t.docsBaselineGbps]);
      return [
        t.type,
        t.vcpus,
        flags,
        ENA_VALUES.indexOf(t.ena),
        HYPERVISORS.indexOf(t.hypervisor),
        t.maxEfa,
        t.maxEni,
        t.ipv4PerEni,
        t.ipv6PerEni,
        t.defaultCard,
        labelIndex(labels, index, t.networkPerformance),
        groups,
        t.branchEni ?? -1,
        ct,
        zs,
      ];
    });
  return {format: 2, labels, conntrack, regions: regions.map(([r, z]) => [r, [...z]]), zoneSets, docsBandwidth, rows};
}

const opt = (v: number | undefined): number | null => (v === undefined || v < 0 ? null : v);

/** Decode the compact format back into full records. */
export function decodeCompact(data: CompactData): InstanceType[] {
  const at = <T>(list: readonly T[], i: number, what: string): T => {
    const v = list[i];
    if (v === undefined) throw new Error(`instance data: ${what} index ${i} out of range`);
    return v;
  };
  const zones = (data.regions ?? []).flatMap(([, z]) => z);
  const sets = (data.zoneSets ?? []).map((hex) => Object.freeze(zoneIndexes(hex).map((i) => at(zones, i, 'zone'))));
  const conntrack = (data.conntrack ?? []).map(([tcpEstablished, udpStream, udp]) => Object.freeze({tcpEstablished, udpStream, udp}));
  const docs = new Map(data.docsBandwidth ?? []);
  return data.rows.map((r) => {
    const [type, vcpus, flags, ena, hyper, maxEfa, maxEni, ipv4, ipv6, defaultCard, label, groups, branch, ct = -1, zs = -1] = r;
    const cards: NetworkCard[] = [];
    for (const [count, cardEni, base, peak, cardLabel, dq, mqe, mq] of groups) {
      for (let i = 0; i < count; i++) {
        cards.push({
          index: cards.length,
          maxEni: cardEni,
          baselineGbps: base < 0 ? null : base,
          peakGbps: peak < 0 ? null : peak,
          performance: at(data.labels, cardLabel, 'label'),
          defaultEnaQueues: opt(dq),
          maxEnaQueuesPerEni: opt(mqe),
          maxEnaQueues: opt(mq),
        });
      }
    }
    const {family, size} = splitTypeName(type);
    return {
      type,
      family,
      size,
      vcpus,
      currentGeneration: (flags & FLAG.current) !== 0,
      bareMetal: (flags & FLAG.metal) !== 0,
      hypervisor: HYPERVISORS[hyper] ?? null,
      ena: at(ENA_VALUES, ena, 'ENA support'),
      efaSupported: (flags & FLAG.efa) !== 0,
      maxEfa,
      enaExpress: (flags & FLAG.enaExpress) !== 0,
      maxEni,
      ipv4PerEni: ipv4,
      ipv6PerEni: ipv6,
      ipv6Supported: (flags & FLAG.ipv6) !== 0,
      defaultCard,
      cards,
      networkPerformance: at(data.labels, label, 'label'),
      encryptionInTransit: (flags & FLAG.encryption) !== 0,
      branchEni: branch < 0 ? null : branch,
      trunking: (flags & FLAG.trunkingKnown) !== 0 ? (flags & FLAG.trunking) !== 0 : null,
      connTrack: ct < 0 ? null : at(conntrack, ct, 'conntrack'),
      bandwidthWeighting: (flags & FLAG.bandwidthWeighting) !== 0,
      flexibleEnaQueues: (flags & FLAG.flexibleEnaQueues) !== 0,
      zoneIds: zs < 0 ? null : at(sets, zs, 'zone set'),
      docsBaselineGbps: docs.get(type) ?? null,
    };
  });
}

/** The Regions in the data with their zone IDs (empty without offering data). */
export function regionTable(data: CompactData): {region: string; zones: readonly string[]}[] {
  return (data.regions ?? []).map(([region, zones]) => ({region, zones}));
}

/** Region code of a zone ID, from a region table. */
export function zoneRegionMap(regions: readonly {region: string; zones: readonly string[]}[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const r of regions) for (const z of r.zones) m.set(z, r.region);
  return m;
}

/** Regions offering a type (in the region table's order); null when there is no offering data. */
export function regionsOffering(t: InstanceType, zoneRegion: ReadonlyMap<string, string>): string[] | null {
  if (!t.zoneIds) return null;
  const out: string[] = [];
  for (const z of t.zoneIds) {
    const r = zoneRegion.get(z);
    if (r !== undefined && out[out.length - 1] !== r && !out.includes(r)) out.push(r);
  }
  return out;
}

/** Zone IDs offering every one of the types (for EFA: they must share one zone); null if any has no data. */
export function commonZoneIds(types: readonly InstanceType[]): string[] | null {
  const first = types[0];
  if (!first) return [];
  if (types.some((t) => !t.zoneIds)) return null;
  const rest = types.slice(1).map((t) => new Set(t.zoneIds));
  return (first.zoneIds ?? []).filter((z) => rest.every((s) => s.has(z)));
}

const SIZE_ORDER = ['nano', 'micro', 'small', 'medium', 'large', 'xlarge'];

/** Rank of a size for natural ordering: nano < micro < ... < large < xlarge < 2xlarge < ... < metal. */
export function sizeRank(size: string): number {
  const base = SIZE_ORDER.indexOf(size);
  if (base >= 0) return base;
  const m = /^(\d+)xlarge$/.exec(size);
  if (m) return 5 + Number(m[1]);
  if (size.startsWith('metal')) {
    const n = /^metal-(\d+)xl$/.exec(size);
    return 10_000 + (n ? Number(n[1]) : 1000);
  }
  return 20_000;
}

/** Natural order of type names: by family, then by size (m5.large before m5.2xlarge). */
export function compareTypeNames(a: string, b: string): number {
  const x = splitTypeName(a);
  const y = splitTypeName(b);
  if (x.family !== y.family) return x.family < y.family ? -1 : 1;
  const d = sizeRank(x.size) - sizeRank(y.size);
  if (d !== 0) return d;
  return x.size < y.size ? -1 : x.size > y.size ? 1 : 0;
}
