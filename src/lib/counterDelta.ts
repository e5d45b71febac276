/**
 * Rates between two snapshots of cumulative counters: `ethtool -S <iface>`
 * (ENA, with the allowance and ENA Express counters) or the EFA device
 * counters (`grep . /sys/class/infiniband/*\/ports/1/hw_counters/*` or
 * `rdma statistic show`). One snapshot only says what happened since the
 * driver loaded; the difference over a known number of seconds says what is
 * happening now.
 *
 * Pure TypeScript, no DOM. Counter names and meanings: src/data/counters.ts.
 * Values are 64-bit, so differences are computed with BigInt.
 * Tests: counterDelta.test.ts.
 */
import {counterInfo, type CounterGroup, type CounterInfo} from '../data/counters';
import {networkRules as R} from '../data/networkRules';

export const MAX_SNAPSHOT_CHARS = 2_000_000;
export const MIN_SECONDS = 1;
export const MAX_SECONDS = 86_400;

export type SnapshotFormat = 'ethtool' | 'efa-sysfs' | 'rdma-statistic';

export type Snapshot = {format: SnapshotFormat | 'none'; values: Map<string, string>};

const ETHTOOL_LINE = /^\s*([A-Za-z0-9_.[\]-]{1,80}):\s+(\d{1,20})\s*$/;
const SYSFS_LINE = /^\s*\/sys\/class\/infiniband\/([\w.-]{1,40})\/ports\/(\d{1,3})\/hw_counters\/([a-z0-9_]{1,60}):(\d{1,20})\s*$/;
const RDMA_LINK = /^\s*link\s+([\w.-]{1,40})\/(\d{1,3})\s+(.*)$/;

/** Read one snapshot. EFA counters are keyed "device/name"; ethtool counters by name. */
export function parseSnapshot(text: string): Snapshot {
  const values = new Map<string, string>();
  let format: Snapshot['format'] = 'none';
  let current: string | null = null;
  for (const line of text.slice(0, MAX_SNAPSHOT_CHARS).split(/\r?\n/)) {
    let m = SYSFS_LINE.exec(line);
    if (m) {
      format = 'efa-sysfs';
      values.set(`${m[1]}/${m[3]}`, strip(m[4] ?? '0'));
      continue;
    }
    m = RDMA_LINK.exec(line);
    if (m) {
      format = 'rdma-statistic';
      current = m[1] ?? '';
      readPairs(current, m[3] ?? '', values);
      continue;
    }
    // `rdma statistic show` may wrap a long link line; continuation lines are pairs only.
    if (format === 'rdma-statistic' && current && /^\s+[a-z_]+ \d/.test(line)) {
      readPairs(current, line, values);
      continue;
    }
    m = ETHTOOL_LINE.exec(line);
    if (m && format !== 'efa-sysfs' && format !== 'rdma-statistic') {
      format = 'ethtool';
      values.set(m[1] ?? '', strip(m[2] ?? '0'));
    }
  }
  return {format, values};
}

function readPairs(device: string, rest: string, into: Map<string, string>): void {
  const parts = rest.trim().split(/\s+/);
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const name = parts[i] ?? '';
    const value = parts[i + 1] ?? '';
    if (/^[a-z0-9_]{1,60}$/.test(name) && /^\d{1,20}$/.test(value)) into.set(`${device}/${name}`, strip(value));
  }
}

function strip(v: string): string {
  return v.replace(/^0+(?=\d)/, '');
}

export type Moved = {
  /** "pps_allowance_exceeded" or "rdmap16s27/retrans_pkts". */
  key: string;
  name: string;
  device?: string;
  before: string;
  after: string;
  delta: string;
  perSecond: number;
  info?: CounterInfo;
};

export type DeltaResult =
  | {ok: false; message: string}
  | {
      ok: true;
      format: SnapshotFormat;
      seconds: number;
      /** Counters that went up, problems first, then by rate. */
      moved: Moved[];
      /** Gauges (levels): before and after. */
      gauges: Moved[];
      /** Counters that went down: reset or driver reload between the snapshots. */
      reset: string[];
      /** Sentences for the reader, most important first. */
      conclusions: string[];
      unchanged: number;
    };

const fmt = (n: number): string =>
  n >= 100
    ? Math.round(n).toLocaleString('en-US')
    : n >= 1
      ? n.toLocaleString('en-US', {maximumFractionDigits: 1})
      : n.toLocaleString('en-US', {maximumSignificantDigits: 2});

function group(format: SnapshotFormat, name: string): CounterGroup {
  if (format !== 'ethtool') return 'efa';
  return name.startsWith('ena_srd_') ? 'ena-express' : 'ena-allowance';
}

function severity(m: Moved): number {
  const kind = m.info?.kind;
  return kind === 'exceeded' ? 0 : kind === 'error' ? 1 : 2;
}

/** Compare two snapshots taken `seconds` apart. Never throws. */
export function compareSnapshots(beforeText: unknown, afterText: unknown, seconds: unknown): DeltaResult {
  const b = typeof beforeText === 'string' ? beforeText : '';
  const a = typeof afterText === 'string' ? afterText : '';
  const secs = typeof seconds === 'number' ? seconds : Number(seconds);
  if (b.trim() === '' || a.trim() === '') return {ok: false, message: 'Paste both snapshots: the "before" and the "after" output of the same command.'};
  if (!Number.isFinite(secs) || secs < MIN_SECONDS || secs > MAX_SECONDS) {
    return {ok: false, message: `Enter the seconds between the two snapshots (${MIN_SECONDS} to ${MAX_SECONDS.toLocaleString('en-US')}).`};
  }
  const before = parseSnapshot(b);
  const after = parseSnapshot(a);
  if (before.format === 'none' || after.format === 'none') {
    return {
      ok: false,
      message:
        'No counters found. Paste the output of "ethtool -S eth0", of "grep . /sys/class/infiniband/*/ports/1/hw_counters/*" or of "rdma statistic show".',
    };
  }
  if ((before.format === 'ethtool') !== (after.format === 'ethtool')) {
    return {ok: false, message: 'The two snapshots come from different commands (one ethtool -S, one EFA counters). Paste the same command twice.'};
  }
  return diff(before, after, after.format as SnapshotFormat, secs);
}

function diff(before: Snapshot, after: Snapshot, format: SnapshotFormat, secs: number): DeltaResult {
  const moved: Moved[] = [];
  const gauges: Moved[] = [];
  const reset: string[] = [];
  let unchanged = 0;
  for (const [key, av] of after.values) {
    const bv = before.values.get(key);
    if (bv === undefined) continue;
    const slash = key.indexOf('/');
    const device = slash >= 0 ? key.slice(0, slash) : undefined;
    const name = slash >= 0 ? key.slice(slash + 1) : key;
    const info = counterInfo(group(format, name), name);
    const d = BigInt(av) - BigInt(bv);
    const m: Moved = {key, name, device, before: bv, after: av, delta: d.toString(), perSecond: Number(d) / secs, info};
    if (info?.kind === 'gauge') gauges.push(m);
    else if (d < BigInt(0)) reset.push(key);
    else if (d === BigInt(0)) unchanged++;
    else moved.push(m);
  }
  moved.sort((x, y) => severity(x) - severity(y) || y.perSecond - x.perSecond);
  return {ok: true, format, seconds: secs, moved, gauges, reset, conclusions: conclude(format, moved, gauges, reset, secs), unchanged};
}

function firstSentence(s: string): string {
  const i = s.indexOf('. ');
  return i > 0 ? s.slice(0, i + 1) : s;
}

function conclude(format: SnapshotFormat, moved: Moved[], gauges: Moved[], reset: string[], secs: number): string[] {
  const out: string[] = [];
  for (const m of moved.filter((x) => x.info?.kind === 'exceeded')) {
    const label = m.info?.label ?? m.name;
    out.push(
      `${label} allowance exceeded ${fmt(m.perSecond)} times a second (${Number(m.delta).toLocaleString('en-US')} in ${secs} s): ${firstSentence(m.info?.meaning ?? '')} ${m.info?.action ?? ''}`.trim(),
    );
  }
  for (const m of moved.filter((x) => x.info?.kind === 'error')) {
    const label = m.info?.label ?? m.name;
    out.push(`${label}${m.device ? ` on ${m.device}` : ''}: ${fmt(m.perSecond)} a second. ${m.info?.action ?? ''}`.trim());
  }
  if (out.length === 0) {
    out.push(
      format === 'ethtool'
        ? `No allowance counter moved in these ${secs} seconds: the instance did not hit an EC2 allowance in this interval.`
        : `No EFA error counter moved in these ${secs} seconds${moved.length > 0 ? ', and the device carried traffic' : ''}.`,
    );
  }
  const eligible = moved.find((x) => x.name === 'ena_srd_eligible_tx_pkts');
  if (eligible) {
    const sent = moved.find((x) => x.name === 'ena_srd_tx_pkts');
    const share = sent ? Math.min(100, Math.round((Number(sent.delta) / Number(eligible.delta)) * 100)) : 0;
    out.push(`ENA Express: ${share}% of the eligible packets in this interval went over SRD.${share < 90 ? ` ${R.enaSrdEligibleGap.statement}` : ''}`);
  }
  const available = gauges.find((x) => x.name === 'conntrack_allowance_available');
  if (available && BigInt(available.after) < BigInt(available.before)) {
    out.push(
      `Tracked connections still available fell from ${Number(available.before).toLocaleString('en-US')} to ${Number(available.after).toLocaleString('en-US')}.`,
    );
  }
  if (reset.length > 0)
    out.push(
      `${reset.length} counter${reset.length === 1 ? '' : 's'} went down: the driver was reloaded or the counters reset between the snapshots, so those are left out.`,
    );
  const bytes = moved.filter((x) => /(^|_)(tx|rx)_bytes$/.test(x.name) && !x.name.startsWith('queue_'));
  for (const x of bytes.slice(0, 4)) out.push(`${x.device ? `${x.device} ` : ''}${x.name}: ${fmt((x.perSecond * 8) / 1e9)} Gbit/s on average.`);
  return out;
}
