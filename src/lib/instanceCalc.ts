/**
 * Calculators shown in the instance-type explorer's detail panel.
 * Every rule here is stated in the fact sheet or the named source; the
 * `working` strings are what the reader sees, so they show the arithmetic.
 *
 * Pure TypeScript, no React: see instanceCalc.test.ts.
 */
import type {InstanceType} from './instanceData';
import {networkRules as R} from '../data/networkRules';
import {CEILING_TEXT, EKS_NUMBERS} from '../data/eksRules';

/** Parse a NetworkPerformance label: "25 Gigabit" -> 25, "Up to 10 Gigabit" -> 10, "4x 100 Gigabit" -> 400. */
export function labelGbps(label: string): number | null {
  const m = /^(?:Up to )?(?:(\d+)x )?(\d+(?:\.\d+)?) Gigabit$/.exec(label.trim());
  if (!m) return null;
  const n = Number(m[2]);
  return m[1] ? Number(m[1]) * n : n;
}

/** "Up to" labels give a burst ceiling, not a baseline. */
export function isBurstLabel(label: string): boolean {
  return /^Up to /.test(label.trim());
}

/**
 * The instance's baseline bandwidth in Gbps as the explorer filters and sorts it:
 * single-card types use the card's BaselineBandwidthInGbps; multi-card types use the
 * number in the instance's NetworkPerformance label, because per-card figures must
 * not be added up (some types report the whole-instance figure on every card).
 */
export function baselineGbps(t: InstanceType): number | null {
  const [card] = t.cards;
  if (card && t.cards.length === 1) return card.baselineGbps ?? labelGbps(t.networkPerformance);
  return labelGbps(t.networkPerformance);
}

/** Highest burst figure: the single card's peak, or the instance label on multi-card types. */
export function peakGbps(t: InstanceType): number | null {
  const [card] = t.cards;
  if (card && t.cards.length === 1) return card.peakGbps ?? labelGbps(t.networkPerformance);
  return labelGbps(t.networkPerformance);
}

export type Figure = {value: number; working: string};

/** Private IPv4 addresses if every ENI of every card carries its maximum. */
export function totalPrivateIpv4(t: InstanceType): Figure {
  return {
    value: t.maxEni * t.ipv4PerEni,
    working: `${t.maxEni} ENIs × ${t.ipv4PerEni} private IPv4 per ENI = ${t.maxEni * t.ipv4PerEni}. EFA-only interfaces carry no IP address, so each one you attach lowers this.`,
  };
}

// The EKS numbers are written once, in src/data/eksRules.ts.
export const PODS_CAP_LOW_CPU = EKS_NUMBERS.ceilingLowCpu;
export const PODS_CAP_HIGH_CPU = EKS_NUMBERS.ceilingHighCpu;
export const PODS_CAP_CPU_THRESHOLD = EKS_NUMBERS.ceilingCpuThreshold;
export const IPS_PER_PREFIX = EKS_NUMBERS.ipsPerPrefix;

export type MaxPods = {
  /** ENIs the VPC CNI uses: the default network card's ENI limit. */
  cniEnis: number;
  secondaryIp: Figure;
  customNetworking: Figure;
  /** null when prefixes are not available (not a Nitro-based type). */
  prefixDelegation: Figure | null;
  prefixNote: string;
  /** AWS's recommended vCPU-based ceiling (110 or 250), which the removed AL2 calculator script applied. */
  cap: number;
  capNote: string;
};

/** Prefixes work only on Nitro-based instances; bare-metal types are Nitro-based but report no hypervisor. */
export function supportsPrefixes(t: InstanceType): boolean {
  return t.hypervisor === 'nitro' || t.bareMetal;
}

/**
 * EKS VPC CNI max pods in its three modes. The VPC CNI (and eni-max-pods.txt)
 * counts only the default network card's ENIs on multi-card types.
 */
export function maxPods(t: InstanceType): MaxPods {
  // A type without card data (none in the data today) falls back to the instance's ENI limit.
  const enis = (t.cards[t.defaultCard] ?? t.cards[0])?.maxEni ?? t.maxEni;
  const ips = t.ipv4PerEni;
  const slots = ips - 1;
  const cardNote =
    t.cards.length > 1
      ? ` (the default card ${t.defaultCard}'s ENIs, not all ${t.maxEni} on ${t.cards.length} cards: the VPC CNI counts only the default card)`
      : '';
  const sec = enis * slots + 2;
  const customEnis = Math.max(enis - 1, 0);
  const custom = customEnis * slots + 2;
  const cap = t.vcpus > PODS_CAP_CPU_THRESHOLD ? PODS_CAP_HIGH_CPU : PODS_CAP_LOW_CPU;
  const capWhy = `${t.vcpus} vCPUs ${t.vcpus > PODS_CAP_CPU_THRESHOLD ? '>' : '≤'} ${PODS_CAP_CPU_THRESHOLD}, so the ceiling is ${cap}`;
  let prefixDelegation: Figure | null = null;
  let prefixNote = '';
  if (supportsPrefixes(t)) {
    const raw = enis * slots * IPS_PER_PREFIX + 2;
    prefixDelegation = {
      value: Math.min(raw, cap),
      working: `${enis} ENIs × (${ips} − 1) slots × ${IPS_PER_PREFIX} addresses per /28 prefix + 2 = ${raw}; ${capWhy}: min(${raw}, ${cap}) = ${Math.min(raw, cap)}.`,
    };
    prefixNote =
      t.bareMetal && t.hypervisor === null
        ? 'Bare-metal types report no Hypervisor value; the EKS AMI calculator script checks for "nitro" and so falls back to the secondary-IP figure for them.'
        : '';
  } else {
    prefixNote = `Not available: IPv4 prefixes work only on Nitro-based instances, and this type runs on ${t.hypervisor === 'xen' ? 'Xen' : 'an unknown hypervisor'}.`;
  }
  return {
    cniEnis: enis,
    secondaryIp: {
      value: sec,
      working: `${enis} ENIs${cardNote} × (${ips} IPv4 per ENI − 1) + 2 = ${sec}. This is the value in the VPC CNI's eni-max-pods.txt.`,
    },
    customNetworking: {
      value: custom,
      working: `(${enis} − 1) ENIs × (${ips} − 1) + 2 = ${custom}. With custom networking the primary ENI serves no pods.`,
    },
    prefixDelegation,
    prefixNote,
    cap,
    capNote: `AWS recommends at most ${CEILING_TEXT} (${capWhy}); the prefix figure applies that ceiling. The AL2 EKS AMI's max-pods-calculator.sh applied it too, but that script was removed with AL2 support (2026-03-04); managed node groups without a custom AMI still apply it. ${R.nodeadmMaxPods.statement}`,
  };
}

export type EfaLayout = {
  supported: boolean;
  maxEfa: number;
  cards: number;
  lines: string[];
};

/** What the EFA layout rules (src/data/networkRules.ts) say for this type, and no more. */
export function efaLayout(t: InstanceType): EfaLayout {
  const cards = t.cards.length;
  if (!t.efaSupported) {
    return {supported: false, maxEfa: 0, cards, lines: ['This type does not support EFA (EfaSupported is false).']};
  }
  const lines: string[] = [];
  if (cards === 1) {
    lines.push('1 EFA, on network card 0 (at most one EFA per network card).');
    lines.push(
      'It can be the primary itself, as an efa interface (EFA with ENA), or an efa-only interface at device index 1 beside an ENA primary; the primary (device index 0) can never be efa-only.',
    );
  } else {
    const spread =
      t.maxEfa === cards
        ? `one on each of the ${cards} network cards`
        : `at most one per card on ${t.maxEfa} of the ${cards} network cards (the API does not say which cards)`;
    lines.push(`Up to ${t.maxEfa} EFAs: ${spread}.`);
    lines.push(R.primaryNotEfaOnly.statement);
    lines.push(R.efaOnlyOnCard0Device1.statement);
    lines.push('An EFA can be of type efa (EFA with ENA) or efa-only (no IP address, no ENA device).');
  }
  lines.push(`${R.efaCountsTowardEniLimit.statement} ${R.efaHotAttach.statement}`);
  return {supported: true, maxEfa: t.maxEfa, cards, lines};
}

/** The multi-card caveat, or null for single-card types. */
export function multiCardCaveat(t: InstanceType): string | null {
  if (t.cards.length <= 1) return null;
  const perCard = [...new Set(t.cards.map((c) => c.baselineGbps))].filter((v) => v !== null);
  const label = labelGbps(t.networkPerformance);
  const sum = t.cards.reduce((s, c) => s + (c.baselineGbps ?? 0), 0);
  // Only where the sum is wrong: on p5.48xlarge the cards do add up to the rating.
  const bw =
    label !== null && perCard.length > 0 && round(sum) !== label
      ? ` The instance is rated ${t.networkPerformance}; adding the per-card baselines would give ${round(sum)} Gbps, which is not the instance's bandwidth.`
      : '';
  return `${t.cards.length} network cards. Each ENI sits on one card (its NetworkCardIndex) and the primary ENI is on card 0. Per-card bandwidth figures must not be added up: on some types every card reports the whole-instance figure.${bw} The VPC CNI's default max-pods counts only the default card's ${t.cards[t.defaultCard]?.maxEni ?? 0} ENIs (since VPC CNI v1.20.0, ENABLE_MULTI_NIC lets it manage the other cards too).`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** A short description of a bandwidth label, e.g. for "Up to" labels. */
export function describeLabel(label: string): string {
  if (isBurstLabel(label)) return `${label}: a burst ceiling, not a baseline`;
  return label;
}
