/**
 * Reads the output of `ethtool -S <interface>` on an ENA interface and
 * explains the allowance counters (and the ENA Express `ena_srd_*` counters):
 * which ones are non-zero, what that means, and what to try.
 *
 * Pure TypeScript, no DOM and no React. The input is only ever read as text;
 * results carry counter names that we recognise from our own table, never
 * pieces of the input, except numbers that matched /^\d+$/.
 * Counter names, meanings and sources: src/data/counters.ts (one table for
 * the whole site). Tests: ethtoolStats.test.ts.
 */
import {COUNTER_SOURCES as SRC, COUNTERS_CHECKED, ENA_ALLOWANCE_COUNTERS, ENA_EXPRESS_COUNTERS, type CounterInfo as DataCounter} from '../data/counters';

export const MAX_INPUT_CHARS = 200_000;

/** How this explainer groups the counters of src/data/counters.ts. */
export type CounterKind = 'exceeded' | 'available' | 'srd';

export type CounterInfo = Omit<DataCounter, 'kind' | 'group'> & {kind: CounterKind};

function toExplainer(x: DataCounter): CounterInfo {
  const kind: CounterKind = x.group === 'ena-express' ? 'srd' : x.kind === 'exceeded' ? 'exceeded' : 'available';
  return {name: x.name, kind, label: x.label, meaning: x.meaning, action: x.action, source: x.source, asOf: x.asOf, learnMore: x.learnMore};
}

/** The counters this tool explains, in the order it shows them (from src/data/counters.ts). */
export const COUNTERS: readonly CounterInfo[] = [...ENA_ALLOWANCE_COUNTERS, ...ENA_EXPRESS_COUNTERS].map(toExplainer);

const BY_NAME = new Map(COUNTERS.map((c) => [c.name, c]));

export type Severity = 'problem' | 'info' | 'ok';

export type Finding = {
  name: string;
  /** The counter's value as decimal digits (counters are 64-bit, so kept as text). */
  value: string;
  severity: Severity;
  /** Extra sentence derived from the value (for example the decoded ENA Express mode). */
  note?: string;
  info: CounterInfo;
};

export type Explanation =
  | {ok: false; reason: 'empty' | 'too-long' | 'not-ethtool' | 'no-allowance-counters'; message: string; statCount: number}
  | {
      ok: true;
      /** Counters worth a look: non-zero drop counters, the available counter and the ENA Express counters. */
      findings: Finding[];
      /** Drop counters that are present and zero. */
      zero: string[];
      /** Drop counters that this output does not contain. */
      missing: string[];
      /** One-sentence summary. */
      summary: string;
      statCount: number;
    };

const STAT_LINE = /^\s*([A-Za-z0-9_.[\]-]{1,80}):\s+(-?\d{1,30})\s*$/;

/** "name: number" lines of `ethtool -S` output. Later duplicates win. */
export function parseStats(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const [, name, value] = STAT_LINE.exec(line) ?? [];
    if (name && value) out.set(name, value.replace(/^(-?)0+(?=\d)/, '$1'));
  }
  return out;
}

function isZero(v: string): boolean {
  return /^-?0+$/.test(v);
}

const SRD_MODES: Record<string, string> = {
  '0': 'ENA Express is off (TCP and UDP).',
  '1': 'ENA Express is on for TCP; UDP is off.',
  '2': 'ENA Express is off for TCP but the UDP setting is on.',
  '3': 'ENA Express is on for TCP and UDP.',
};

/** Explain `ethtool -S` output. Never throws; bad input gives `ok: false` with a message for the reader. */
export function explainEthtoolStats(input: unknown): Explanation {
  const text = typeof input === 'string' ? input : '';
  if (text.trim() === '') {
    return {ok: false, reason: 'empty', message: 'Paste the output of "ethtool -S eth0" into the box first.', statCount: 0};
  }
  if (text.length > MAX_INPUT_CHARS) {
    return {
      ok: false,
      reason: 'too-long',
      message: `That is more than ${MAX_INPUT_CHARS.toLocaleString('en-US')} characters. Paste the output of "ethtool -S" for one interface only.`,
      statCount: 0,
    };
  }
  const stats = parseStats(text);
  if (stats.size === 0) {
    return {
      ok: false,
      reason: 'not-ethtool',
      message:
        'No "name: number" lines found, so this does not look like ethtool -S output. Run "ethtool -S eth0" (use your interface name, for example ens5) and paste everything it prints.',
      statCount: 0,
    };
  }
  const dropCounters = COUNTERS.filter((c) => c.kind === 'exceeded');
  const present = COUNTERS.filter((c) => stats.has(c.name));
  if (present.length === 0) {
    return {
      ok: false,
      reason: 'no-allowance-counters',
      message: `Read ${stats.size} statistics, but none of the ENA allowance counters. Either this interface does not use the ENA driver (check "ethtool -i eth0": "driver: vif" means no enhanced networking) or the ENA driver is too old to report them.`,
      statCount: stats.size,
    };
  }

  const findings: Finding[] = [];
  const zero: string[] = [];
  for (const info of present) {
    const value = stats.get(info.name)!;
    if (info.kind === 'exceeded') {
      if (isZero(value)) zero.push(info.name);
      else findings.push({name: info.name, value, severity: 'problem', info});
    } else if (info.kind === 'available') {
      findings.push({
        name: info.name,
        value,
        severity: isZero(value) ? 'problem' : 'info',
        note: isZero(value) ? 'Zero: the instance cannot track another connection right now.' : undefined,
        info,
      });
    } else if (info.name === 'ena_srd_mode') {
      findings.push({name: info.name, value, severity: 'info', note: SRD_MODES[value] ?? 'A mode this page does not know yet.', info});
    } else if (!isZero(value)) {
      findings.push({name: info.name, value, severity: 'info', info});
    }
  }
  // Eligible SRD packets that were not sent over SRD.
  const eligible = Number(stats.get('ena_srd_eligible_tx_pkts') ?? '0');
  const sent = Number(stats.get('ena_srd_tx_pkts') ?? '0');
  if (eligible > 0 && Number.isFinite(sent)) {
    const share = Math.min(100, Math.round((sent / eligible) * 100));
    const f = findings.find((x) => x.name === 'ena_srd_eligible_tx_pkts');
    if (f) f.note = `${share}% of the eligible packets were sent over SRD.`;
  }
  // Other ena_srd_* counters that a newer driver may add.
  for (const [name, value] of stats) {
    if (/^ena_srd_[a-z0-9_]{1,60}$/.test(name) && !BY_NAME.has(name) && !isZero(value)) {
      findings.push({
        name,
        value,
        severity: 'info',
        info: {
          name,
          kind: 'srd',
          meaning: 'An ENA Express counter that this page does not describe yet.',
          label: name,
          action: 'See the ENA Express monitoring section of the EC2 docs.',
          source: SRC.enaExpress,
          asOf: COUNTERS_CHECKED,
          learnMore: '/docs/guides/ena-express#verify',
        },
      });
    }
  }
  const missing = dropCounters.filter((c) => !stats.has(c.name)).map((c) => c.name);
  const problems = findings.filter((f) => f.severity === 'problem').length;
  const summary =
    problems === 0
      ? `No allowance was exceeded since these counters were last reset (${zero.length} drop counters at zero).`
      : `${problems} allowance ${problems === 1 ? 'counter shows' : 'counters show'} drops or exhaustion since the counters were last reset.`;
  return {ok: true, findings, zero, missing, summary, statCount: stats.size};
}

/** A shortened but realistic `ethtool -S eth0` sample from an ENA interface with ENA Express on. */
export const SAMPLE_ETHTOOL_OUTPUT = `NIC statistics:
     tx_timeout: 0
     suspend: 0
     resume: 0
     wd_expired: 0
     interface_up: 1
     interface_down: 0
     admin_q_pause: 0
     bw_in_allowance_exceeded: 0
     bw_out_allowance_exceeded: 1842
     pps_allowance_exceeded: 0
     conntrack_allowance_exceeded: 0
     linklocal_allowance_exceeded: 27
     conntrack_allowance_available: 421870
     ena_srd_mode: 1
     ena_srd_tx_pkts: 9120344
     ena_srd_eligible_tx_pkts: 9532110
     ena_srd_rx_pkts: 8875120
     ena_srd_resource_utilization: 3
     queue_0_tx_cnt: 5120377
     queue_0_tx_bytes: 7318864210
     queue_0_rx_cnt: 4981220
     queue_0_rx_bytes: 6204471992`;
