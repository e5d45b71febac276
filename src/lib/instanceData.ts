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
};

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
};

/** [count, maxEni, baselineGbps (-1 = none), peakGbps (-1 = none), label index] */
export type CardGroup = [number, number, number, number, number];

/**
 * [type, vcpus, flags, ena, hypervisor, maxEfa, maxEni, ipv4, ipv6,
 *  defaultCard, label index, card groups, branch ENIs (-1 = unknown)]
 */
export type CompactRow = [string, number, number, number, number, number, number, number, number, number, number, CardGroup[], number];

export type CompactData = {
  /** Format version of this file. */
  format: 1;
  labels: string[];
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

/** Encode instance types in the compact format (rows sorted by name). */
export function encodeCompact(types: InstanceType[]): CompactData {
  const labels: string[] = [];
  const index = new Map<string, number>();
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
        (t.trunking ? FLAG.trunking : 0);
      const groups: CardGroup[] = cardRuns(t.cards).map(({first, last, card: c}) => [
        last - first + 1,
        c.maxEni,
        c.baselineGbps ?? -1,
        c.peakGbps ?? -1,
        labelIndex(labels, index, c.performance),
      ]);
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
      ];
    });
  return {format: 1, labels, rows};
}

/** Decode the compact format back into full records. */
export function decodeCompact(data: CompactData): InstanceType[] {
  const at = <T,>(list: readonly T[], i: number, what: string): T => {
    const v = list[i];
    if (v === undefined) throw new Error(`instance data: ${what} index ${i} out of range`);
    return v;
  };
  return data.rows.map((r) => {
    const [type, vcpus, flags, ena, hyper, maxEfa, maxEni, ipv4, ipv6, defaultCard, label, groups, branch] = r;
    const cards: NetworkCard[] = [];
    for (const [count, cardEni, base, peak, cardLabel] of groups) {
      for (let i = 0; i < count; i++) {
        cards.push({
          index: cards.length,
          maxEni: cardEni,
          baselineGbps: base < 0 ? null : base,
          peakGbps: peak < 0 ? null : peak,
          performance: at(data.labels, cardLabel, 'label'),
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
    };
  });
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
