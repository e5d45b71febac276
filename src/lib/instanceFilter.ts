/**
 * Search, filters, sorting, columns, CSV and the URL schema of the
 * instance-type explorer. Pure TypeScript, no React: see instanceFilter.test.ts.
 */
import type {Schema, StateOf} from './urlState';
import {compareTypeNames, regionsOffering, type InstanceType} from './instanceData';
import {baselineGbps, maxPods, peakGbps, totalPrivateIpv4} from './instanceCalc';

export const PAGE_SIZE = 25;
export const MAX_COMPARE = 4;

/** One row of the table: the record plus the derived figures the columns use. */
export type ExplorerRow = InstanceType & {
  baseline: number | null;
  peak: number | null;
  totalIpv4: number;
  pods: number;
  podsPrefix: number | null;
  /** Position in natural name order (m5.large before m5.2xlarge); breaks ties when sorting. */
  order: number;
  /** Regions offering the type; null without offering data. Shared between rows with the same zones. */
  regions: readonly string[] | null;
};

/**
 * Table rows with derived figures. `zoneRegion` (zone ID -> Region, from
 * src/data/instances.ts) fills `regions`; without it `regions` is null.
 */
export function toRows(types: InstanceType[], zoneRegion?: ReadonlyMap<string, string>): ExplorerRow[] {
  const natural = [...types].sort((a, b) => compareTypeNames(a.type, b.type));
  const order = new Map(natural.map((t, i) => [t.type, i]));
  const cache = new Map<readonly string[], readonly string[] | null>();
  const regionsOf = (t: InstanceType): readonly string[] | null => {
    if (!zoneRegion || !t.zoneIds) return null;
    let r = cache.get(t.zoneIds);
    if (r === undefined) cache.set(t.zoneIds, (r = regionsOffering(t, zoneRegion)));
    return r;
  };
  return types.map((t) => ({
    ...t,
    baseline: baselineGbps(t),
    peak: peakGbps(t),
    totalIpv4: totalPrivateIpv4(t).value,
    pods: maxPods(t).secondaryIp.value,
    podsPrefix: maxPods(t).prefixDelegation?.value ?? null,
    order: order.get(t.type)!,
    regions: regionsOf(t),
  }));
}

type Value = string | number | boolean | null;

export type Column = {
  id: string;
  label: string;
  /** Longer text for the column chooser and the header's title. */
  description: string;
  numeric: boolean;
  /** Fixed width in em of the table's text: the table uses fixed layout (fast, and columns do not jump when sorting). */
  width: number;
  value: (r: ExplorerRow) => Value;
  /**
   * Numbers to sort by, most significant first, when the shown value does not
   * sort right by itself (bandwidth labels: baseline, then burst).
   */
  sortKey?: (r: ExplorerRow) => readonly (number | null)[];
};

/** Bandwidth sorts by number: the baseline, then the burst figure ("Up to 5" before "Up to 50", "Very Low" first). */
const bandwidthKey = (r: ExplorerRow): readonly (number | null)[] => [r.baseline, r.peak];

const yesNo = (v: boolean | null): string => (v === null ? '' : v ? 'yes' : 'no');

/** Default idle timeout of an established TCP flow in connection tracking, seconds (the `tcpidle` column and the ?tcpIdle= filter). */
export const tcpIdleOf = (r: InstanceType): number | null => r.connTrack?.tcpEstablished ?? null;

/** ENA queues an interface gets by default on the default card (the `enaq` column and the ?minEnaQ= filter). */
export const enaQueuesOf = (r: InstanceType): number | null => r.cards[r.defaultCard]?.defaultEnaQueues ?? null;

const TYPE_COLUMN: Column = {id: 'type', label: 'Type', description: 'Instance type', numeric: false, width: 12, value: (r) => r.type};

export const COLUMNS: readonly Column[] = [
  TYPE_COLUMN,
  {id: 'family', label: 'Family', description: 'Family (the part before the dot)', numeric: false, width: 7, value: (r) => r.family},
  {id: 'vcpu', label: 'vCPUs', description: 'Default vCPUs', numeric: true, width: 5, value: (r) => r.vcpus},
  {id: 'ena', label: 'ENA', description: 'EnaSupport: required, supported or unsupported', numeric: false, width: 7.5, value: (r) => r.ena},
  {id: 'efa', label: 'EFAs', description: 'Maximum EFA interfaces (0 = no EFA)', numeric: true, width: 4.5, value: (r) => r.maxEfa},
  {id: 'enax', label: 'ENA Express', description: 'ENA Express (EnaSrdSupported)', numeric: false, width: 6, value: (r) => yesNo(r.enaExpress)},
  {id: 'eni', label: 'ENIs', description: 'Maximum ENIs, all network cards together', numeric: true, width: 4.5, value: (r) => r.maxEni},
  {id: 'ipv4', label: 'IPv4/ENI', description: 'Private IPv4 addresses per ENI', numeric: true, width: 5.5, value: (r) => r.ipv4PerEni},
  {id: 'ipv6', label: 'IPv6/ENI', description: 'IPv6 addresses per ENI', numeric: true, width: 6, value: (r) => r.ipv6PerEni},
  {id: 'ip', label: 'Total IPv4', description: 'Total private IPv4 (ENIs × IPv4 per ENI)', numeric: true, width: 6.5, value: (r) => r.totalIpv4},
  {id: 'cards', label: 'Cards', description: 'Network cards', numeric: true, width: 4.5, value: (r) => r.cards.length},
  {
    id: 'base',
    label: 'Baseline Gbps',
    description: 'Baseline bandwidth in Gbps (single card: the card baseline; several cards: the instance label, cards not added up)',
    numeric: true,
    width: 6.5,
    value: (r) => r.baseline,
    sortKey: bandwidthKey,
  },
  {
    id: 'peak',
    label: 'Peak Gbps',
    description: 'Peak (burst) bandwidth in Gbps',
    numeric: true,
    width: 6,
    value: (r) => r.peak,
    sortKey: (r) => [r.peak, r.baseline],
  },
  {
    id: 'perf',
    label: 'Network performance',
    description: 'NetworkPerformance label ("Up to" = burst ceiling)',
    numeric: false,
    width: 9.5,
    value: (r) => r.networkPerformance,
    sortKey: bandwidthKey,
  },
  {id: 'pods', label: 'Max pods', description: 'EKS VPC CNI max pods, secondary-IP mode (default card)', numeric: true, width: 6, value: (r) => r.pods},
  {
    id: 'podspd',
    label: 'Max pods (prefix)',
    description: 'EKS VPC CNI max pods with prefix delegation, capped',
    numeric: true,
    width: 7,
    value: (r) => r.podsPrefix,
  },
  {
    id: 'branch',
    label: 'Branch ENIs',
    description: 'Branch ENIs for security groups for pods (Karpenter data)',
    numeric: true,
    width: 6.5,
    value: (r) => r.branchEni,
  },
  {
    id: 'enc',
    label: 'Encryption in transit',
    description: 'EncryptionInTransitSupported',
    numeric: false,
    width: 8,
    value: (r) => yesNo(r.encryptionInTransit),
  },
  {id: 'gen', label: 'Current gen', description: 'Current generation', numeric: false, width: 6.5, value: (r) => yesNo(r.currentGeneration)},
  {id: 'metal', label: 'Bare metal', description: 'Bare metal', numeric: false, width: 5.5, value: (r) => yesNo(r.bareMetal)},
  {id: 'hyper', label: 'Hypervisor', description: 'Hypervisor (none given for bare metal)', numeric: false, width: 7, value: (r) => r.hypervisor ?? ''},
  {
    id: 'tcpidle',
    label: 'TCP idle timeout (s)',
    description:
      'Default idle timeout of an established TCP flow in connection tracking, seconds (ConnectionTrackingConfiguration.DefaultTcpEstablishedTimeout): 350 on the newest (Nitro v6) types, 432,000 (5 days) on older ones',
    numeric: true,
    width: 7,
    value: tcpIdleOf,
  },
  {
    id: 'enaq',
    label: 'ENA queues/ENI',
    description:
      'ENA queues an interface gets by default on the default card (DefaultEnaQueueCountPerInterface); with flexible ENA queues you can set up to the per-interface maximum',
    numeric: true,
    width: 6.5,
    value: enaQueuesOf,
  },
  {
    id: 'enaqmax',
    label: 'Max ENA queues/ENI',
    description: 'Most ENA queues one interface can be given (MaximumEnaQueueCountPerInterface; types with FlexibleEnaQueuesSupport only)',
    numeric: true,
    width: 6.5,
    value: (r) => r.cards[r.defaultCard]?.maxEnaQueuesPerEni ?? null,
  },
  {
    id: 'bww',
    label: 'Bandwidth weighting',
    description: 'Configurable bandwidth weighting (BandwidthWeightings: vpc-1 favours network, ebs-1 favours EBS)',
    numeric: false,
    width: 7,
    value: (r) => yesNo(r.bandwidthWeighting ?? false),
  },
  {
    id: 'regions',
    label: 'Regions',
    description: 'Regions offering the type (DescribeInstanceTypeOfferings, 30 commercial Regions)',
    numeric: true,
    width: 5.5,
    value: (r) => r.regions?.length ?? null,
  },
];

export const COLUMN_IDS = COLUMNS.map((c) => c.id);
export const DEFAULT_COLUMNS = ['type', 'ena', 'efa', 'enax', 'eni', 'ipv4', 'cards', 'base', 'perf'];
export const SORT_VALUES = COLUMN_IDS.flatMap((id) => [id, `-${id}`]);

export function columnById(id: string): Column | undefined {
  return COLUMNS.find((c) => c.id === id);
}

/** Upper bound of ?minEnaQ= (ENA queues per interface); above it the parameter is reported as invalid. */
export const MAX_ENA_QUEUES = 256;

/** Query text: letters, digits, dot, dash, wildcards, commas and spaces. */
export const QUERY_PATTERN = /^[a-zA-Z0-9.*?\-, ]*$/;
const DECIMAL = /^(\d{1,5}(\.\d{1,3})?)?$/;

/**
 * The explorer's URL parameters. Instance names and families are enumerated
 * from the data, so a hostile or stale value is reported, never used.
 */
export function buildExplorerSchema(
  names: readonly string[],
  families: readonly string[],
  regionCodes: readonly string[] = [],
  /** The TCP idle timeouts (seconds, as text) found in the data: the only values ?tcpIdle= accepts. */
  tcpIdleValues: readonly string[] = [],
) {
  return {
    region: {kind: 'enum', values: ['', ...regionCodes], default: ''},
    bww: {kind: 'bool', default: false},
    q: {kind: 'text', pattern: QUERY_PATTERN, default: '', maxLength: 60},
    fam: {kind: 'enum', values: ['', ...families], default: ''},
    efa: {kind: 'bool', default: false},
    minEfa: {kind: 'int', min: 0, max: 64, default: 0},
    ena: {kind: 'enum', values: ['', 'required', 'supported', 'unsupported'], default: ''},
    enax: {kind: 'bool', default: false},
    minEni: {kind: 'int', min: 0, max: 200, default: 0},
    minIp: {kind: 'int', min: 0, max: 200, default: 0},
    cards: {kind: 'enum', values: ['', '1', 'multi', '2', '4', '8', '16', '32'], default: ''},
    bwMin: {kind: 'text', pattern: DECIMAL, default: '', maxLength: 9},
    bwMax: {kind: 'text', pattern: DECIMAL, default: '', maxLength: 9},
    cur: {kind: 'bool', default: false},
    metal: {kind: 'enum', values: ['', 'only', 'no'], default: ''},
    tcpIdle: {kind: 'enum', values: ['', ...tcpIdleValues], default: ''},
    minEnaQ: {kind: 'int', min: 0, max: MAX_ENA_QUEUES, default: 0},
    sort: {kind: 'enum', values: SORT_VALUES, default: 'type'},
    cols: {kind: 'list', values: COLUMN_IDS, default: DEFAULT_COLUMNS, min: 1, max: COLUMN_IDS.length},
    page: {kind: 'int', min: 1, max: 100, default: 1},
    type: {kind: 'enum', values: ['', ...names], default: ''},
    cmp: {kind: 'list', values: names, default: [], max: MAX_COMPARE},
  } satisfies Schema;
}

export type ExplorerSchema = ReturnType<typeof buildExplorerSchema>;

/** Rows, families and the URL schema for a set of instance types. */
export function explorerModel(
  types: readonly InstanceType[],
  zoneRegion?: ReadonlyMap<string, string>,
): {rows: ExplorerRow[]; families: string[]; regions: string[]; tcpIdle: string[]; schema: ExplorerSchema} {
  const rows = toRows([...types], zoneRegion);
  const families = [...new Set(rows.map((r) => r.family))].sort();
  const regions = [...new Set(zoneRegion?.values() ?? [])].sort();
  const idle = new Set<number>();
  for (const r of rows) {
    const t = tcpIdleOf(r);
    if (t !== null) idle.add(t);
  }
  const tcpIdle = [...idle].sort((a, b) => a - b).map(String);
  return {
    rows,
    families,
    regions,
    tcpIdle,
    schema: buildExplorerSchema(
      rows.map((r) => r.type),
      families,
      regions,
      tcpIdle,
    ),
  };
}
export type ExplorerState = StateOf<ExplorerSchema>;

/** Keys that are filters (reset together by "Clear filters"). */
export const FILTER_KEYS = [
  'q',
  'region',
  'bww',
  'fam',
  'efa',
  'minEfa',
  'ena',
  'enax',
  'minEni',
  'minIp',
  'cards',
  'bwMin',
  'bwMax',
  'cur',
  'metal',
  'tcpIdle',
  'minEnaQ',
] as const;

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\-]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/**
 * Compile a search query into a predicate on type names.
 * Terms are separated by commas or spaces; a name matches if any term does.
 * - with * or ?: a wildcard pattern on the whole name (`*.metal`, `p5*.48xlarge`);
 * - otherwise a prefix of the name: `p5` matches p5, p5e and p5en; `p5.` only p5.
 */
export function compileQuery(query: string): (name: string) => boolean {
  const terms = query
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (terms.length === 0) return () => true;
  const tests = terms.map((term) => {
    if (/[*?]/.test(term)) {
      const re = globToRegExp(term);
      return (name: string) => re.test(name);
    }
    return (name: string) => name.startsWith(term);
  });
  return (name) => tests.some((t) => t(name));
}

function parseDecimal(s: string): number | null {
  return s === '' ? null : Number(s);
}

export function applyFilters(rows: readonly ExplorerRow[], s: ExplorerState): ExplorerRow[] {
  const matchName = compileQuery(s.q);
  const bwMin = parseDecimal(s.bwMin);
  const bwMax = parseDecimal(s.bwMax);
  const region = s.region;
  return rows.filter((r) => {
    if (region && !(r.regions?.includes(region) ?? false)) return false;
    if (s.bww && !r.bandwidthWeighting) return false;
    if (s.fam && r.family !== s.fam) return false;
    if ((s.efa || s.minEfa > 0) && !r.efaSupported) return false;
    if (s.minEfa > 0 && r.maxEfa < s.minEfa) return false;
    if (s.ena && r.ena !== s.ena) return false;
    if (s.enax && !r.enaExpress) return false;
    if (r.maxEni < s.minEni) return false;
    if (r.ipv4PerEni < s.minIp) return false;
    if (s.cards === 'multi' && r.cards.length < 2) return false;
    if (s.cards !== '' && s.cards !== 'multi' && r.cards.length !== Number(s.cards)) return false;
    if (bwMin !== null && (r.baseline === null || r.baseline < bwMin)) return false;
    if (bwMax !== null && (r.baseline === null || r.baseline > bwMax)) return false;
    if (s.cur && !r.currentGeneration) return false;
    if (s.metal === 'only' && !r.bareMetal) return false;
    if (s.metal === 'no' && r.bareMetal) return false;
    if (s.tcpIdle && String(tcpIdleOf(r)) !== s.tcpIdle) return false;
    if (s.minEnaQ > 0 && (enaQueuesOf(r) ?? 0) < s.minEnaQ) return false;
    return matchName(r.type);
  });
}

/** Compare two sort keys; null (unknown) sorts after every number. */
function compareKeys(a: readonly (number | null)[], b: readonly (number | null)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x - y;
  }
  return 0;
}

/** Sort by a column ("eni" ascending, "-eni" descending); empty values last; ties in natural name order. */
export function sortRows(rows: readonly ExplorerRow[], sort: string): ExplorerRow[] {
  const desc = sort.startsWith('-');
  const col = columnById(desc ? sort.slice(1) : sort) ?? TYPE_COLUMN;
  const dir = desc ? -1 : 1;
  const keyed = rows.map((r) => ({r, v: col.value(r), k: col.sortKey?.(r)}));
  keyed.sort((a, b) => {
    if (col.id === 'type') return (a.r.order - b.r.order) * dir;
    const aEmpty = a.v === null || a.v === '';
    const bEmpty = b.v === null || b.v === '';
    if (aEmpty !== bEmpty) return aEmpty ? 1 : -1;
    if (!aEmpty) {
      if (a.k && b.k) {
        const c = compareKeys(a.k, b.k);
        if (c !== 0) return c * dir;
      } else if (a.v !== b.v) {
        if (typeof a.v === 'number' && typeof b.v === 'number') return (a.v - b.v) * dir;
        return String(a.v) < String(b.v) ? -dir : dir;
      }
    }
    return a.r.order - b.r.order;
  });
  return keyed.map((k) => k.r);
}

export function visibleColumns(ids: readonly string[]): Column[] {
  // Keep the chooser's order, whatever order the URL gave.
  return COLUMNS.filter((c) => ids.includes(c.id));
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

export function pageSlice<T>(rows: readonly T[], page: number): T[] {
  const p = Math.min(Math.max(1, page), pageCount(rows.length));
  return rows.slice((p - 1) * PAGE_SIZE, p * PAGE_SIZE);
}

export function formatCell(col: Column, r: ExplorerRow): string {
  const v = col.value(r);
  if (v === null) return '';
  return String(v);
}

function csvCell(text: string): string {
  // Spreadsheet formula injection guard, then RFC 4180 quoting.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV of the given rows and columns, with a header row; CRLF line ends. */
export function toCsv(rows: readonly ExplorerRow[], columns: readonly Column[]): string {
  const lines = [columns.map((c) => csvCell(c.label)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(formatCell(c, r))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** "350 s", "432,000 s (5 days)": a ?tcpIdle= value in words. */
export function tcpIdleLabel(seconds: string): string {
  const n = Number(seconds);
  const days = n >= 86_400 && n % 86_400 === 0 ? ` (${n / 86_400} day${n === 86_400 ? '' : 's'})` : '';
  return `${n.toLocaleString('en-US')} s${days}`;
}

/** How many filters differ from their defaults. */
export function activeFilterCount(s: ExplorerState, defaults: ExplorerState): number {
  return FILTER_KEYS.filter((k) => JSON.stringify(s[k]) !== JSON.stringify(defaults[k])).length;
}

/**
 * A one-line description of a view that differs from the default, for the
 * "view from the link" notice; null when the view is the default one.
 */
export function describeView(s: ExplorerState, defaults: ExplorerState): string | null {
  const parts: string[] = [];
  if (s.q) parts.push(`names matching “${s.q}”`);
  if (s.fam) parts.push(`family ${s.fam}`);
  if (s.efa && s.minEfa === 0) parts.push('EFA');
  if (s.minEfa > 0) parts.push(`at least ${s.minEfa} EFAs`);
  if (s.ena) parts.push(`ENA ${s.ena}`);
  if (s.enax) parts.push('ENA Express');
  if (s.minEni > 0) parts.push(`at least ${s.minEni} ENIs`);
  if (s.minIp > 0) parts.push(`at least ${s.minIp} IPv4 per ENI`);
  if (s.cards) parts.push(s.cards === 'multi' ? '2 or more network cards' : `${s.cards} network card${s.cards === '1' ? '' : 's'}`);
  if (s.bwMin || s.bwMax) parts.push(`baseline ${s.bwMin || '0'}–${s.bwMax || '∞'} Gbps`);
  if (s.cur) parts.push('current generation');
  if (s.metal) parts.push(s.metal === 'only' ? 'bare metal only' : 'no bare metal');
  if (s.tcpIdle) parts.push(`TCP idle timeout ${tcpIdleLabel(s.tcpIdle)}`);
  if (s.minEnaQ > 0) parts.push(`at least ${s.minEnaQ} ENA queues per ENI`);
  const out: string[] = [];
  if (parts.length > 0) out.push(`filtered by ${parts.join(', ')}`);
  if (s.sort !== defaults.sort) {
    const col = columnById(s.sort.replace(/^-/, ''));
    out.push(`sorted by ${col?.label ?? s.sort}, ${s.sort.startsWith('-') ? 'descending' : 'ascending'}`);
  }
  if (JSON.stringify(s.cols) !== JSON.stringify(defaults.cols)) out.push(`${s.cols.length} chosen columns`);
  if (s.page !== defaults.page) out.push(`page ${s.page}`);
  if (s.type) out.push(`${s.type} open`);
  if (s.cmp.length > 0) out.push(`comparing ${s.cmp.join(', ')}`);
  if (out.length === 0) return null;
  const text = out.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
