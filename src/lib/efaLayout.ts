/**
 * The EFA network layout builder's logic: which cards can hold an EFA, the
 * preset layouts, a custom layout's encoding, the hard rules, warnings and
 * the IP / subnet numbers. Pure TypeScript, no React: see efaLayout.test.ts.
 *
 * A layout is a list of slots: (network card index, device index, interface
 * type). The instance data gives the cards and their limits; the curated
 * src/data/efaCardRules.ts gives what the API does not.
 */
import type {InstanceType} from './instanceData';
import {efaCardRuleFor, EFA_MULTI_CARD_SOURCE, type EfaCardRule} from '../data/efaCardRules';
import type {Schema, StateOf} from './urlState';
import {networkRules, type NetworkRuleId} from '../data/networkRules';

/** The three interface types of the EC2 API (InterfaceType). */
export type InterfaceKind = 'interface' | 'efa' | 'efa-only';

export type Slot = {card: number; device: number; kind: InterfaceKind};

export const LAYOUT_IDS = ['max-efa', 'max-efa-ena', 'efa-with-ip', 'one-efa', 'custom'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

export const LAYOUT_LABELS: Record<LayoutId, string> = {
  'max-efa': 'Most EFAs, fewest IPs (ENA primary + EFA-only)',
  'max-efa-ena': 'Most EFAs plus ENA bandwidth (AWS’s second layout)',
  'efa-with-ip': 'Every EFA with an IP (type efa)',
  'one-efa': 'One EFA only',
  custom: 'Custom (per card and device)',
};

/** Which network cards can hold an EFA on a type, and how we know. */
export type EfaPlacement =
  | {known: true; cards: number[]; how: 'every-card' | 'curated'; rule: EfaCardRule | undefined; source: string; asOf: string | null}
  | {known: false; reason: 'no-efa' | 'unknown'; message: string};

export function efaPlacement(t: InstanceType): EfaPlacement {
  if (!t.efaSupported || t.maxEfa < 1) {
    return {known: false, reason: 'no-efa', message: `${t.type} does not support EFA.`};
  }
  const rule = efaCardRuleFor(t.type);
  if (rule?.efaCards) {
    return {known: true, cards: [...rule.efaCards], how: 'curated', rule, source: rule.source, asOf: rule.asOf};
  }
  if (t.maxEfa === t.cards.length) {
    // At most one EFA per card, and as many EFAs as cards: every card holds one.
    return {known: true, cards: t.cards.map((c) => c.index), how: 'every-card', rule, source: rule?.source ?? EFA_MULTI_CARD_SOURCE, asOf: rule?.asOf ?? null};
  }
  return {
    known: false,
    reason: 'unknown',
    message:
      `${t.type} allows ${t.maxEfa} EFAs on ${t.cards.length} network cards, and we have no source saying which cards hold them. ` +
      'The builder does not guess: use a custom layout and check it against the AWS documentation for this type.',
  };
}

const slot = (card: number, device: number, kind: InterfaceKind): Slot => ({card, device, kind});

/** Slots in the order a launch request lists them: by card, then device. */
export function sortSlots(slots: readonly Slot[]): Slot[] {
  return [...slots].sort((a, b) => a.card - b.card || a.device - b.device);
}

export type Built = {slots: Slot[]; notes: string[]; layout: LayoutId};

/**
 * A preset layout for a type whose EFA cards are known. Returns null for
 * `custom` (the caller decodes the reader's slots instead).
 */
export function presetLayout(t: InstanceType, placement: Extract<EfaPlacement, {known: true}>, id: LayoutId): Built | null {
  if (id === 'custom') return null;
  const notes: string[] = [];
  const efaCards = placement.cards.slice(0, t.maxEfa);
  const card0Efa = efaCards.includes(0);
  const card0Max = t.cards[0]?.maxEni ?? 1;
  const others = efaCards.filter((c) => c !== 0);
  const slots: Slot[] = [];

  if (id === 'one-efa') {
    if (card0Efa) slots.push(slot(0, 0, 'efa'));
    else {
      slots.push(slot(0, 0, 'interface'));
      const first = others[0];
      if (first !== undefined) slots.push(slot(first, 0, 'efa'));
      notes.push(`Card 0 of ${t.type} cannot hold an EFA, so the one EFA goes on card ${first ?? '?'}.`);
    }
    return {slots, notes, layout: id};
  }

  if (id === 'efa-with-ip') {
    slots.push(slot(0, 0, card0Efa ? 'efa' : 'interface'));
    for (const c of others) slots.push(slot(c, 0, 'efa'));
    return {slots, notes, layout: id};
  }

  // max-efa and max-efa-ena: AWS's basic configuration.
  if (card0Efa && card0Max < 2) {
    // No room for a second interface on card 0: its EFA must be the primary.
    slots.push(slot(0, 0, 'efa'));
    notes.push(`Card 0 of ${t.type} takes only one interface, so its EFA is the primary interface (type efa, with an IP).`);
  } else {
    slots.push(slot(0, 0, 'interface'));
    if (card0Efa) slots.push(slot(0, 1, 'efa-only'));
  }
  for (const c of others) slots.push(slot(c, 0, 'efa-only'));

  if (id === 'max-efa-ena') {
    const enaCards = placement.rule?.enaBandwidthCards;
    if (!enaCards) {
      notes.push(`AWS documents no "EFA plus ENA bandwidth" layout for ${t.type}; showing the basic layout (most EFAs, fewest IPs) instead.`);
      return {slots: sortSlots(slots), notes, layout: 'max-efa'};
    }
    for (const c of enaCards) slots.push(slot(c, 1, 'interface'));
  }
  return {slots: sortSlots(slots), notes, layout: id};
}

// ---------------------------------------------------------------- custom layouts

/** One character per device index: i = interface (ENA), e = efa, o = efa-only, - = none. */
const KIND_CHAR: Record<InterfaceKind, string> = {interface: 'i', efa: 'e', 'efa-only': 'o'};
const CHAR_KIND: Record<string, InterfaceKind | undefined> = {i: 'interface', e: 'efa', o: 'efa-only'};

/** URL pattern of `slots`: cards separated by commas, devices as characters. */
export const SLOTS_PATTERN = /^[ieo-]{0,16}(,[ieo-]{0,16}){0,63}$/;

/** "io,o,o" -> card 0: interface at 0, efa-only at 1; cards 1 and 2: efa-only at 0. */
export function decodeSlots(text: string): Slot[] | null {
  if (!SLOTS_PATTERN.test(text)) return null;
  const slots: Slot[] = [];
  text.split(',').forEach((devices, card) => {
    [...devices].forEach((ch, device) => {
      const kind = CHAR_KIND[ch];
      if (kind) slots.push(slot(card, device, kind));
    });
  });
  return slots;
}

export function encodeSlots(slots: readonly Slot[]): string {
  const cards: string[][] = [];
  for (const s of slots) {
    const devices = (cards[s.card] ??= []);
    while (devices.length < s.device) devices.push('-');
    devices[s.device] = KIND_CHAR[s.kind];
  }
  const out: string[] = [];
  for (let i = 0; i < cards.length; i++) out.push((cards[i] ?? []).map((c) => c ?? '-').join(''));
  return out.join(',');
}

// ---------------------------------------------------------------- rules

export type RuleId =
  | 'primary-missing'
  | 'primary-efa-only'
  | 'card-range'
  | 'device-duplicate'
  | 'one-efa-per-card'
  | 'card-interface-limit'
  | 'instance-interface-limit'
  | 'efa-max'
  | 'efa-card'
  | 'efa-unsupported';

export type Issue = {rule: RuleId; message: string};

/** The site-wide rule (src/data/networkRules.ts) behind each check, for its source link. */
export const RULE_SOURCES: Partial<Record<RuleId, NetworkRuleId>> = {
  'primary-missing': 'primaryOnCard0',
  'primary-efa-only': 'primaryNotEfaOnly',
  'one-efa-per-card': 'oneEfaPerCard',
  'card-interface-limit': 'perCardInterfaceLimit',
  'instance-interface-limit': 'efaCountsTowardEniLimit',
  'efa-max': 'efaMaxInterfaces',
};

/** The source URL of the rule behind an issue, if the rule is one of the site-wide ones. */
export function issueSource(rule: RuleId): string | null {
  const id = RULE_SOURCES[rule];
  return id ? networkRules[id].source : null;
}

export const isEfa = (s: Slot): boolean => s.kind !== 'interface';
/** An interface with an ENA device has a primary private IPv4 address; efa-only has none. */
export const hasIp = (s: Slot): boolean => s.kind !== 'efa-only';

/** Every hard rule the layout breaks (empty: the layout is valid). */
export function checkLayout(t: InstanceType, slots: readonly Slot[], placement: EfaPlacement): Issue[] {
  const issues: Issue[] = [];
  const primary = slots.find((s) => s.card === 0 && s.device === 0);
  if (!primary) issues.push({rule: 'primary-missing', message: 'There must be a primary interface at network card 0, device index 0.'});
  else if (primary.kind === 'efa-only') {
    issues.push({rule: 'primary-efa-only', message: 'The primary interface (card 0, device 0) cannot be EFA-only: it needs the ENA device for IP traffic.'});
  }
  const seen = new Set<string>();
  for (const s of slots) {
    const key = `${s.card}:${s.device}`;
    if (seen.has(key)) issues.push({rule: 'device-duplicate', message: `Card ${s.card} has two interfaces at device index ${s.device}.`});
    seen.add(key);
    if (s.card < 0 || s.card >= t.cards.length) {
      issues.push({rule: 'card-range', message: `${t.type} has ${t.cards.length} network card${t.cards.length === 1 ? '' : 's'}; there is no card ${s.card}.`});
    }
  }
  for (const card of t.cards) {
    const on = slots.filter((s) => s.card === card.index);
    if (on.length > card.maxEni) {
      issues.push({
        rule: 'card-interface-limit',
        message: `Card ${card.index} takes at most ${card.maxEni} interface${card.maxEni === 1 ? '' : 's'}; this layout puts ${on.length} on it.`,
      });
    }
    if (on.filter(isEfa).length > 1)
      issues.push({rule: 'one-efa-per-card', message: `Card ${card.index} has more than one EFA; a network card holds at most one.`});
  }
  if (slots.length > t.maxEni) {
    issues.push({rule: 'instance-interface-limit', message: `${t.type} takes at most ${t.maxEni} network interfaces in all; this layout has ${slots.length}.`});
  }
  const efas = slots.filter(isEfa);
  if (!t.efaSupported && efas.length > 0) issues.push({rule: 'efa-unsupported', message: `${t.type} does not support EFA.`});
  else if (efas.length > t.maxEfa) {
    issues.push({
      rule: 'efa-max',
      message: `${t.type} takes at most ${t.maxEfa} EFA${t.maxEfa === 1 ? '' : 's'} (MaximumEfaInterfaces); this layout has ${efas.length}.`,
    });
  }
  if (placement.known) {
    const bad = [...new Set(efas.map((s) => s.card).filter((c) => !placement.cards.includes(c) && c < t.cards.length))];
    if (bad.length) issues.push({rule: 'efa-card', message: `On ${t.type} an EFA cannot go on card ${bad.join(', ')}.`});
  }
  return issues;
}

// ---------------------------------------------------------------- numbers

/** AWS reserves 5 addresses in every subnet; subnets are /16 to /28. */
export const SUBNET_RESERVED = 5;
export const SUBNET_MIN_PREFIX = 16;
export const SUBNET_MAX_PREFIX = 28;
export const SUBNET_SOURCE = 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html';

export type Numbers = {
  efas: number;
  efaOnly: number;
  enis: number;
  ipsPerInstance: number;
  nodes: number;
  ipsTotal: number;
  /** Smallest subnet that fits ipsTotal, or null when even a /16 is too small. */
  prefix: number | null;
  usable: number | null;
};

export function usableAddresses(prefix: number): number {
  return 2 ** (32 - prefix) - SUBNET_RESERVED;
}

export function smallestPrefix(addresses: number): number | null {
  for (let p = SUBNET_MAX_PREFIX; p >= SUBNET_MIN_PREFIX; p--) if (usableAddresses(p) >= addresses) return p;
  return null;
}

export function layoutNumbers(slots: readonly Slot[], nodes: number): Numbers {
  const ipsPerInstance = slots.filter(hasIp).length;
  const ipsTotal = ipsPerInstance * nodes;
  const prefix = smallestPrefix(ipsTotal);
  return {
    efas: slots.filter(isEfa).length,
    efaOnly: slots.filter((s) => s.kind === 'efa-only').length,
    enis: slots.length,
    ipsPerInstance,
    nodes,
    ipsTotal,
    prefix,
    usable: prefix === null ? null : usableAddresses(prefix),
  };
}

/** Choices that cost something, for the reader to weigh (not errors). */
export function layoutWarnings(t: InstanceType, slots: readonly Slot[], n: Numbers): string[] {
  const out: string[] = [];
  if (n.efas < t.maxEfa) {
    out.push(`This layout has ${n.efas} of the ${t.maxEfa} EFAs ${t.type} allows: EFA bandwidth on the other cards stays unused.`);
  }
  if (n.ipsPerInstance > 1) {
    out.push(
      `Each instance uses ${n.ipsPerInstance} private IPv4 addresses (${n.ipsTotal} for ${n.nodes} instances). ` +
        'Every interface of type interface or efa takes one; EFA-only interfaces take none.',
    );
  }
  if (n.prefix === null) out.push(`${n.ipsTotal} addresses do not fit in one subnet (the largest, a /16, has ${usableAddresses(SUBNET_MIN_PREFIX)} usable).`);
  return out;
}

// ---------------------------------------------------------------- state

export const DEFAULT_TYPE = 'p5.48xlarge';
export const MAX_NODES = 10000;

/** The tool's URL parameters (readable: ?type=p5.48xlarge&layout=max-efa&nodes=16). */
export const efaLayoutSchema = {
  type: {kind: 'text', pattern: /^[a-z0-9][a-z0-9.-]{1,40}$/, default: DEFAULT_TYPE, maxLength: 42},
  layout: {kind: 'enum', values: LAYOUT_IDS, default: 'max-efa'},
  nodes: {kind: 'int', min: 1, max: MAX_NODES, default: 16},
  slots: {kind: 'text', pattern: SLOTS_PATTERN, default: ''},
  // Optional IDs: empty (a submitted blank field) means "use a placeholder".
  subnet: {kind: 'text', pattern: /^(subnet-[0-9a-f]{8,17})?$/, default: ''},
  sg: {kind: 'text', pattern: /^(sg-[0-9a-f]{8,17})?$/, default: ''},
  pg: {kind: 'text', pattern: /^([A-Za-z0-9][A-Za-z0-9._-]{0,63})?$/, default: ''},
  lt: {kind: 'text', pattern: /^([A-Za-z0-9()./_-]{3,128})?$/, default: ''},
} as const satisfies Schema;

export type EfaLayoutState = StateOf<typeof efaLayoutSchema>;

export type Resolved = {
  /** The type shown (the default when the asked-for one is unusable). */
  type: InstanceType;
  placement: EfaPlacement;
  layout: LayoutId;
  slots: Slot[];
  issues: Issue[];
  notes: string[];
  /** Set when the asked-for type could not be used: why, and what to try. */
  typeProblem: {asked: string; message: string; suggestions: string[]} | null;
};

/** The layout the tool shows for a state: never throws, falls back to safe defaults. */
export function resolveLayout(types: readonly InstanceType[], state: Pick<EfaLayoutState, 'type' | 'layout' | 'slots'>): Resolved {
  const fallback = types.find((t) => t.type === DEFAULT_TYPE) ?? types.find((t) => t.efaSupported);
  if (!fallback) throw new Error('The instance data has no EFA type.');
  let type = types.find((t) => t.type === state.type);
  let typeProblem: Resolved['typeProblem'] = null;
  if (!type || !type.efaSupported) {
    typeProblem = {
      asked: state.type,
      message: type
        ? `${type.type} does not support EFA (EfaSupported is false in the instance data).`
        : `“${state.type}” is not an instance type in the data.`,
      suggestions: nearestEfaTypes(types, state.type),
    };
    type = fallback;
  }
  const placement = efaPlacement(type);
  const layout: LayoutId = (LAYOUT_IDS as readonly string[]).includes(state.layout) ? (state.layout as LayoutId) : 'max-efa';
  if (layout === 'custom' || !placement.known) {
    const decoded = layout === 'custom' ? decodeSlots(state.slots) : null;
    const notes: string[] = [];
    let slots = decoded ?? [];
    if (!placement.known) notes.push(placement.message);
    if (layout === 'custom' && slots.length === 0) {
      // Start a custom layout from the basic one (or an ENA primary alone).
      slots = placement.known ? (presetLayout(type, placement, 'max-efa')?.slots ?? []) : [slot(0, 0, 'interface')];
    }
    if (!placement.known && layout !== 'custom') slots = [slot(0, 0, 'interface')];
    slots = sortSlots(slots);
    return {type, placement, layout: layout === 'custom' ? 'custom' : layout, slots, issues: checkLayout(type, slots, placement), notes, typeProblem};
  }
  const built = presetLayout(type, placement, layout);
  const slots = built?.slots ?? [];
  return {type, placement, layout: built?.layout ?? layout, slots, issues: checkLayout(type, slots, placement), notes: built?.notes ?? [], typeProblem};
}

/** The nearest EFA types for a name that is unknown or has no EFA. */
export function nearestEfaTypes(types: readonly InstanceType[], name: string, max = 4): string[] {
  const family = name.split('.')[0] ?? '';
  const size = name.split('.')[1] ?? '';
  const stem = (f: string) => f.replace(/\d.*/, '');
  const score = (t: InstanceType) => (t.family === family ? 100 : 0) + (family !== '' && stem(t.family) === stem(family) ? 30 : 0) + (t.size === size ? 5 : 0);
  return types
    .filter((t) => t.efaSupported)
    .map((t) => ({t, s: score(t)}))
    .sort((a, b) => b.s - a.s || a.t.type.localeCompare(b.t.type))
    .slice(0, max)
    .map((x) => x.t.type);
}

/** The optional IDs for the snippets, each blanked (placeholder) unless it matches its URL pattern. */
export function snippetIds(state: Pick<EfaLayoutState, 'subnet' | 'sg' | 'pg' | 'lt'>): {subnet: string; sg: string; pg: string; lt: string} {
  const ok = (key: 'subnet' | 'sg' | 'pg' | 'lt') => (efaLayoutSchema[key].pattern.test(state[key]) ? state[key] : '');
  return {subnet: ok('subnet'), sg: ok('sg'), pg: ok('pg'), lt: ok('lt')};
}
