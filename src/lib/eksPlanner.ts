/**
 * EKS pod and IP capacity planner: max pods per node in each VPC CNI mode,
 * the subnet addresses a node group consumes (with the warm pool), and the
 * smallest subnet that fits. Every number comes from src/data/eksRules.ts;
 * every figure carries the working the reader sees.
 *
 * Pure TypeScript, no React: see eksPlanner.test.ts.
 */
import type {InstanceType} from './instanceData';
import {supportsPrefixes} from './instanceCalc';
import {EKS_NUMBERS as N, type EksRuleId} from '../data/eksRules';

export const CNI_MODES = ['secondary', 'prefix', 'custom', 'ipv6'] as const;
export type CniMode = (typeof CNI_MODES)[number];

export const MODE_LABELS: Record<CniMode, string> = {
  secondary: 'Secondary IPs (default)',
  prefix: 'Prefix delegation',
  custom: 'Custom networking',
  ipv6: 'IPv6',
};

/** Warm-pool settings; null = not set (the VPC CNI default applies). */
export type WarmTargets = {
  warmEni: number | null;
  warmIp: number | null;
  minIp: number | null;
  warmPrefix: number | null;
};

export type Figure = {value: number; working: string; rules: EksRuleId[]};

const ceilDiv = (a: number, b: number) => (b <= 0 ? 0 : Math.ceil(a / b));
const fmt = (n: number) => n.toLocaleString('en-US');

/** Whether ipamd sizes its pool by IP targets (either IP target set above 0). */
export function usesIpTargets(t: WarmTargets): boolean {
  return (t.warmIp ?? 0) > 0 || (t.minIp ?? 0) > 0;
}

/** What ipamd keeps attached on a node for `ipPods` pods that take VPC addresses. */
export type Pool = {
  /** ENIs attached for pods (in custom networking: the pod ENIs, not the primary). */
  enis: number;
  /** Secondary IPs (secondary/custom) or prefix addresses (prefix mode: prefixes × 16). */
  podAddresses: number;
  /** /28 prefixes attached (prefix mode), else 0. */
  prefixes: number;
  /** Addresses attached but not used by pods. */
  free: number;
  working: string;
};

/**
 * Secondary-IP warm pool (also used for custom networking, with `minEnis` 0).
 * `enisForPods`: ENIs that may carry pod addresses; `perEni`: IPv4 per ENI − 1.
 */
export function secondaryPool(ipPods: number, enisForPods: number, perEni: number, t: WarmTargets, minEnis = 1): Pool {
  const capacity = enisForPods * perEni;
  if (usesIpTargets(t)) {
    const wip = t.warmIp ?? 0;
    const min = t.minIp ?? 0;
    const want = Math.max(ipPods + wip, min);
    const addresses = Math.min(capacity, want);
    const enis = Math.max(minEnis, ceilDiv(addresses, perEni));
    return {
      enis,
      podAddresses: addresses,
      prefixes: 0,
      free: addresses - Math.min(ipPods, addresses),
      working: `IP targets: max(${ipPods} pods + WARM_IP_TARGET ${wip}, MINIMUM_IP_TARGET ${min}) = ${want}${want > capacity ? `, capped at ${capacity} (${enisForPods} ENIs × ${perEni})` : ''} secondary IPs on ${enis} ENI${enis === 1 ? '' : 's'} (${perEni} per ENI).`,
    };
  }
  const warm = t.warmEni ?? N.warmEniTargetDefault;
  const wanted = ceilDiv(ipPods, perEni) + warm;
  const enis = Math.max(minEnis, Math.min(enisForPods, wanted));
  const addresses = enis * perEni;
  return {
    enis,
    podAddresses: addresses,
    prefixes: 0,
    free: addresses - Math.min(ipPods, addresses),
    working: `WARM_ENI_TARGET ${warm}: ⌈${ipPods} pods ÷ ${perEni} per ENI⌉ + ${warm} = ${wanted}${wanted > enisForPods ? `, capped at ${enisForPods}` : ''} ENI${enis === 1 ? '' : 's'}, each filled with ${perEni} secondary IPs = ${addresses}.`,
  };
}

/** Prefix-delegation warm pool: /28 prefixes on ENIs with `slots` prefix slots each. */
export function prefixPool(ipPods: number, enisForPods: number, slots: number, t: WarmTargets): Pool {
  const maxPrefixes = enisForPods * slots;
  let wanted: number;
  let why: string;
  if (usesIpTargets(t)) {
    const wip = t.warmIp ?? 0;
    const min = t.minIp ?? 0;
    const want = Math.max(ipPods + wip, min);
    wanted = ceilDiv(want, N.ipsPerPrefix);
    why = `IP targets: ⌈max(${ipPods} + ${wip}, ${min}) ÷ ${N.ipsPerPrefix}⌉ = ${wanted} prefixes`;
  } else {
    const warm = t.warmPrefix ?? N.warmPrefixTargetDefault;
    wanted = ceilDiv(ipPods, N.ipsPerPrefix) + warm;
    why = `WARM_PREFIX_TARGET ${warm}: ⌈${ipPods} pods ÷ ${N.ipsPerPrefix}⌉ + ${warm} = ${wanted} prefixes`;
  }
  const prefixes = Math.min(maxPrefixes, wanted);
  const enis = Math.max(1, ceilDiv(prefixes, slots));
  const addresses = prefixes * N.ipsPerPrefix;
  return {
    enis,
    podAddresses: addresses,
    prefixes,
    free: addresses - Math.min(ipPods, addresses),
    working: `${why}${wanted > maxPrefixes ? `, capped at ${maxPrefixes} (${enisForPods} ENIs × ${slots} slots)` : ''}; ${prefixes} × ${N.ipsPerPrefix} = ${addresses} addresses on ${enis} ENI${enis === 1 ? '' : 's'} (${slots} prefix slots each).`,
  };
}

/** Smallest IPv4 subnet that holds `addresses` plus AWS's 5 reserved ones. */
export function smallestSubnet(addresses: number): {prefixLength: number | null; working: string} {
  const need = addresses + N.reservedPerSubnet;
  const bits = Math.ceil(Math.log2(Math.max(need, 1)));
  const len = Math.min(N.minSubnetPrefixLength, 32 - bits);
  if (len < N.maxSubnetPrefixLength) {
    return {
      prefixLength: null,
      working: `${fmt(addresses)} + ${N.reservedPerSubnet} reserved = ${fmt(need)} addresses: more than a /${N.maxSubnetPrefixLength} (${fmt(2 ** (32 - N.maxSubnetPrefixLength))}), the largest subnet AWS allows. Spread the group over several subnets.`,
    };
  }
  return {
    prefixLength: len,
    working: `${fmt(addresses)} + ${N.reservedPerSubnet} reserved = ${fmt(need)} addresses → /${len} (${fmt(2 ** (32 - len))} addresses${len === N.minSubnetPrefixLength && 32 - bits > len ? `; /${N.minSubnetPrefixLength} is the smallest subnet AWS allows` : ''}).`,
  };
}

/**
 * Smallest subnet for prefix delegation, best case (no fragmentation): every
 * /28 block that holds a prefix must be entirely free, the first block holds
 * 4 reserved addresses and the last the broadcast address, and ENI primary
 * addresses fill those two blocks first.
 */
export function smallestPrefixSubnet(prefixes: number, primaries: number): {prefixLength: number | null; blocks: number; working: string} {
  const spare = 2 * N.ipsPerPrefix - N.reservedPerSubnet; // free addresses in the first and last blocks
  const extraBlocks = ceilDiv(Math.max(0, primaries - spare), N.ipsPerPrefix);
  const blocks = prefixes + 2 + extraBlocks;
  const bits = Math.ceil(Math.log2(blocks));
  const len = Math.min(N.minSubnetPrefixLength - 1, N.ipv4PrefixLength - bits);
  const working = `${fmt(prefixes)} prefixes + 2 blocks holding the ${N.reservedPerSubnet} reserved addresses${extraBlocks ? ` + ${fmt(extraBlocks)} blocks for the other ${fmt(primaries - spare)} ENI primary addresses` : ` (they also take the ${fmt(primaries)} ENI primary addresses)`} = ${fmt(blocks)} /${N.ipv4PrefixLength} blocks`;
  if (len < N.maxSubnetPrefixLength) {
    return {prefixLength: null, blocks, working: `${working}: more than a /${N.maxSubnetPrefixLength} holds. Spread the group over several subnets.`};
  }
  return {prefixLength: len, blocks, working: `${working} → /${len} (${fmt(2 ** (N.ipv4PrefixLength - len))} blocks), if nothing else fragments the subnet.`};
}

export type PlanInput = {
  nodes: number;
  mode: CniMode;
  multiNic: boolean;
  targets: WarmTargets;
  /** Pods expected per node, host-network pods included; null = plan at the max pods value. */
  pods: number | null;
  /** Pods per node with their own security groups (branch ENIs); 0 = feature off. */
  sgPods: number;
};

export type MaxPodsPlan = {
  /** The formula's value for the mode (uncapped). */
  formula: Figure;
  /** What the VPC CNI can give addresses to on this node (+ host-network pods). */
  cni: Figure;
  /** What AL2023's nodeadm sets by default. */
  nodeadm: Figure;
  /** Karpenter's default pod capacity for the node. */
  karpenter: Figure;
  /** The former calculator's recommended ceiling for this type. */
  ceiling: Figure;
  /** The value the configuration snippets set. */
  recommended: Figure;
};

export type NodePlan = {
  pods: number;
  ipPods: number;
  pool: Pool | null;
  /** Addresses from the node's subnet (primary ENI's subnet). */
  nodeSubnet: number;
  /** Addresses from the pod subnet (custom networking only). */
  podSubnet: number;
  branch: {pods: number; limit: number | null; addresses: number} | null;
  lines: string[];
};

export type Plan = {
  type: InstanceType;
  mode: CniMode;
  notices: string[];
  maxPods: MaxPodsPlan;
  node: NodePlan;
  group: {
    nodes: number;
    nodeSubnet: number;
    podSubnet: number;
    prefixes: number;
    nodeSubnetSize: ReturnType<typeof smallestSubnet> | ReturnType<typeof smallestPrefixSubnet>;
    podSubnetSize: ReturnType<typeof smallestSubnet> | null;
  };
};

/** The VPC CNI's view of the type: the default card's ENIs and IPv4 per ENI. */
export function cniLimits(t: InstanceType): {enis: number; ips: number; cards: number} {
  const card = t.cards[t.defaultCard] ?? t.cards[0];
  return {enis: card?.maxEni ?? t.maxEni, ips: t.ipv4PerEni, cards: t.cards.length};
}

export function ceilingFor(t: InstanceType): Figure {
  const high = t.vcpus > N.ceilingCpuThreshold;
  const value = high ? N.ceilingHighCpu : N.ceilingLowCpu;
  return {
    value,
    working: `${t.vcpus} vCPUs ${high ? `> ${N.ceilingCpuThreshold}` : `≤ ${N.ceilingCpuThreshold}`} → ${value}.`,
    rules: ['recommendedCeiling', 'managedNodeGroupCap'],
  };
}

/** The standard (secondary-IP) value: what eni-max-pods.txt and nodeadm give. */
export function standardMaxPods(t: InstanceType): Figure {
  const {enis, ips, cards} = cniLimits(t);
  const value = enis * (ips - 1) + N.hostNetworkPods;
  const card = cards > 1 ? ` (network card ${t.defaultCard} only, of ${cards})` : '';
  return {
    value,
    working: `${enis} ENIs${card} × (${ips} IPv4 per ENI − 1) + ${N.hostNetworkPods} = ${value}.`,
    rules: ['secondaryIpMaxPods'],
  };
}

/** The mode actually planned: prefix and IPv6 need Nitro, else secondary IPs. */
export function effectiveMode(t: InstanceType, mode: CniMode): {mode: CniMode; notice: string | null} {
  if ((mode === 'prefix' || mode === 'ipv6') && !supportsPrefixes(t)) {
    return {
      mode: 'secondary',
      notice: `${t.type} is not Nitro-based (${t.hypervisor ?? 'no hypervisor reported'}), so ${mode === 'prefix' ? 'prefix delegation' : 'IPv6 mode, which needs prefix delegation,'} is not available on it. Showing secondary-IP mode instead.`,
    };
  }
  return {mode, notice: null};
}

export function maxPodsPlan(t: InstanceType, mode: CniMode, sgPods: number): MaxPodsPlan {
  const {enis, ips} = cniLimits(t);
  const standard = standardMaxPods(t);
  const ceiling = ceilingFor(t);
  const trunk = sgPods > 0 ? 1 : 0;
  let formula: Figure;
  if (mode === 'prefix' || mode === 'ipv6') {
    const v = enis * (ips - 1) * N.ipsPerPrefix + N.hostNetworkPods;
    formula = {
      value: v,
      working: `${enis} ENIs × ((${ips} − 1) × ${N.ipsPerPrefix} addresses per /${N.ipv4PrefixLength}) + ${N.hostNetworkPods} = ${fmt(v)}.${mode === 'ipv6' ? ' In IPv6 mode addresses are not the limit; the same formula is what AWS’s calculator used.' : ''}`,
      rules: mode === 'ipv6' ? ['prefixMaxPods', 'ipv6Mode'] : ['prefixMaxPods'],
    };
  } else if (mode === 'custom') {
    const v = Math.max(enis - 1, 0) * (ips - 1) + N.hostNetworkPods;
    formula = {value: v, working: `(${enis} − 1) ENIs × (${ips} − 1) + ${N.hostNetworkPods} = ${v}.`, rules: ['customNetworkingMaxPods']};
  } else {
    formula = standard;
  }
  // Addresses the CNI can hand out on this node, less an ENI slot for the trunk.
  const podEnis = Math.max(enis - trunk - (mode === 'custom' ? 1 : 0), 0);
  let cniValue: number;
  let cniWorking: string;
  if (mode === 'ipv6') {
    cniValue = formula.value;
    cniWorking = 'IPv6 pods take addresses from /80 prefixes: the VPC CNI is not what limits them; kubelet maxPods is.';
  } else {
    const per = mode === 'prefix' ? (ips - 1) * N.ipsPerPrefix : ips - 1;
    cniValue = podEnis * per + N.hostNetworkPods + Math.min(sgPods, t.branchEni ?? 0);
    cniWorking = `${podEnis} ENIs for pods${trunk ? ' (one slot goes to the trunk ENI)' : ''}${mode === 'custom' ? ' (not the primary ENI)' : ''} × ${per} addresses + ${N.hostNetworkPods} host-network pods${sgPods > 0 ? ` + ${Math.min(sgPods, t.branchEni ?? 0)} branch-ENI pods` : ''} = ${fmt(cniValue)}. Only network card ${t.defaultCard} is counted: pods get their address there${t.cards.length > 1 ? ', with or without ENABLE_MULTI_NIC' : ''}.`;
  }
  const addressable = Math.min(formula.value, cniValue);
  const recommendedValue = Math.min(addressable, ceiling.value);
  const parts = [`formula ${fmt(formula.value)}`, ...(cniValue < formula.value ? [`addressable ${fmt(cniValue)}`] : []), `ceiling ${ceiling.value}`];
  const recommended: Figure = {
    value: recommendedValue,
    working: `min(${parts.join(', ')}) = ${fmt(recommendedValue)}.${
      recommendedValue === ceiling.value && addressable > ceiling.value
        ? ' Addresses allow more; AWS’s recommendation caps the kubelet by vCPU count.'
        : ' Every pod gets an address.'
    }`,
    rules: [...formula.rules, 'recommendedCeiling'],
  };
  const nodeadmDiffers = standard.value !== recommendedValue;
  return {
    formula,
    cni: {value: cniValue, working: cniWorking, rules: sgPods > 0 ? ['defaultCardOnly', 'branchEnis'] : ['defaultCardOnly']},
    nodeadm: {
      value: standard.value,
      working: `${standard.working} nodeadm uses this whatever the CNI mode, with no cap; a managed node group without a custom AMI caps it at ${ceiling.value}.${nodeadmDiffers ? ` Set maxPods (or maxPodsExpression) to ${recommendedValue} for this mode.` : ''}`,
      rules: ['nodeadmDefault', 'managedNodeGroupCap'],
    },
    karpenter: {
      value: standard.value,
      working: `Karpenter’s ENI-limited default is ${standard.value}.${nodeadmDiffers ? ` Set spec.kubelet.maxPods: ${recommendedValue} in the EC2NodeClass.` : ''}`,
      rules: ['karpenterMaxPods'],
    },
    ceiling,
    recommended,
  };
}

/** Conflicting or ignored settings for the mode, as notices; returns the targets that apply. */
export function checkTargets(mode: CniMode, t: WarmTargets): {targets: WarmTargets; notices: string[]} {
  const notices: string[] = [];
  const out: WarmTargets = {...t};
  if (mode === 'ipv6') {
    if (Object.values(t).some((v) => v !== null)) {
      notices.push('IPv6 mode: the warm and minimum targets do not apply (VPC CNI feature matrix), so they are ignored here.');
    }
    return {targets: {warmEni: null, warmIp: null, minIp: null, warmPrefix: null}, notices};
  }
  if (mode !== 'prefix' && t.warmPrefix !== null) {
    notices.push('WARM_PREFIX_TARGET applies only with prefix delegation; ignored in this mode.');
    out.warmPrefix = null;
  }
  if (mode === 'prefix' && t.warmEni !== null) {
    notices.push(
      `With prefix delegation ipamd keeps whole /${N.ipv4PrefixLength} prefixes warm (WARM_PREFIX_TARGET), not whole ENIs; WARM_ENI_TARGET is ignored here.`,
    );
    out.warmEni = null;
  }
  if (usesIpTargets(t)) {
    if (t.warmEni !== null && mode !== 'prefix') {
      notices.push('WARM_IP_TARGET / MINIMUM_IP_TARGET are set, so ipamd ignores WARM_ENI_TARGET.');
      out.warmEni = null;
    }
    if (t.warmPrefix !== null && mode === 'prefix') {
      notices.push('WARM_IP_TARGET / MINIMUM_IP_TARGET override WARM_PREFIX_TARGET with prefix delegation.');
      out.warmPrefix = null;
    }
  }
  if (mode === 'prefix') {
    const zeroPrefix = t.warmPrefix === 0 && !usesIpTargets(t);
    const zeroIp = t.warmIp === 0 && t.minIp === 0;
    if (zeroPrefix || zeroIp) {
      notices.push('Setting WARM_PREFIX_TARGET, or both IP targets, to 0 is not supported with prefix delegation; using the default WARM_PREFIX_TARGET=1.');
      out.warmPrefix = null;
      out.warmIp = null;
      out.minIp = null;
    }
  }
  return {targets: out, notices};
}

export function plan(t: InstanceType, input: PlanInput): Plan {
  const notices: string[] = [];
  const eff = effectiveMode(t, input.mode);
  if (eff.notice) notices.push(eff.notice);
  const mode = eff.mode;
  const checked = checkTargets(mode, input.targets);
  notices.push(...checked.notices);
  const targets = checked.targets;

  let sgPods = input.sgPods;
  if (sgPods > 0 && mode === 'ipv6') {
    notices.push('Security groups for pods are not supported in IPv6 mode; branch ENIs are left out.');
    sgPods = 0;
  } else if (sgPods > 0 && !supportsPrefixes(t)) {
    notices.push(`Branch ENIs need a Nitro-based instance; ${t.type} is not, so they are left out.`);
    sgPods = 0;
  } else if (sgPods > 0 && t.branchEni !== null && sgPods > t.branchEni) {
    notices.push(`${t.type} has ${t.branchEni} branch ENIs, so at most ${t.branchEni} pods can have their own security groups; planning with ${t.branchEni}.`);
    sgPods = t.branchEni;
  }

  const maxPods = maxPodsPlan(t, mode, sgPods);
  const limit = maxPods.recommended.value;
  let pods = input.pods ?? limit;
  if (pods > limit) {
    notices.push(`${pods} pods per node is more than this node can run in this mode (${limit}); planning with ${limit}.`);
    pods = limit;
  }
  const branchPods = Math.min(sgPods, Math.max(pods - N.hostNetworkPods, 0));
  const ipPods = Math.max(pods - N.hostNetworkPods - branchPods, 0);
  const {enis, ips, cards} = cniLimits(t);
  const trunk = sgPods > 0 ? 1 : 0;
  const lines: string[] = [];
  let pool: Pool | null = null;
  let nodeSubnet = 0;
  let podSubnet = 0;

  if (mode === 'ipv6') {
    nodeSubnet = 1;
    lines.push(
      '1 private IPv4 address: the primary ENI’s, which the node keeps in IPv6 mode. Pods get IPv6 addresses from an /80 prefix and reach IPv4 destinations through the node’s address, so they take no IPv4 addresses from the subnet.',
    );
  } else if (mode === 'custom') {
    pool = secondaryPool(ipPods, Math.max(enis - 1 - trunk, 0), ips - 1, targets, 0);
    nodeSubnet = 1 + trunk;
    podSubnet = pool.enis + pool.podAddresses;
    lines.push(`Node subnet: 1 address, the primary ENI’s (it carries no pods)${trunk ? ', + 1 for the trunk ENI' : ''}.`);
    lines.push(`Pod subnet (the ENIConfig’s): ${pool.enis} ENI primary addresses + ${pool.podAddresses} secondary IPs = ${podSubnet}. ${pool.working}`);
  } else if (mode === 'prefix') {
    pool = prefixPool(ipPods, Math.max(enis - trunk, 0), ips - 1, targets);
    nodeSubnet = pool.enis + trunk + pool.podAddresses;
    lines.push(
      `${pool.enis} ENI primary addresses${trunk ? ' + 1 trunk ENI' : ''} + ${pool.prefixes} prefixes × ${N.ipsPerPrefix} = ${nodeSubnet} addresses. ${pool.working}`,
    );
  } else {
    pool = secondaryPool(ipPods, Math.max(enis - trunk, 0), ips - 1, targets);
    nodeSubnet = pool.enis + trunk + pool.podAddresses;
    lines.push(
      `${pool.enis} ENI primary addresses${trunk ? ' + 1 trunk ENI' : ''} + ${pool.podAddresses} secondary IPs = ${nodeSubnet} addresses. ${pool.working}`,
    );
  }
  if (pool)
    lines.push(
      `${ipPods} pods use VPC addresses (${pods} − ${N.hostNetworkPods} host-network${branchPods ? ` − ${branchPods} on branch ENIs` : ''}); ${pool.free} attached addresses stay free in the warm pool.`,
    );
  let branch: NodePlan['branch'] = null;
  if (sgPods > 0) {
    branch = {pods: branchPods, limit: t.branchEni, addresses: branchPods};
    nodeSubnet += branchPods;
    lines.push(
      `Security groups for pods: ${branchPods} branch ENIs, one address each, from the node’s subnet (limit for ${t.type}: ${t.branchEni ?? 'unknown in the data'}).`,
    );
  }
  if (input.multiNic && cards > 1 && mode !== 'ipv6') {
    lines.push(
      `ENABLE_MULTI_NIC: the VPC CNI also manages cards 1–${cards - 1}. A pod annotated for multi-NIC attachment takes one more address on each of them; the figures here count network card ${t.defaultCard} only.`,
    );
  } else if (input.multiNic && cards <= 1) {
    notices.push(`${t.type} has one network card, so ENABLE_MULTI_NIC changes nothing on it.`);
  }

  const prefixes = (pool?.prefixes ?? 0) * input.nodes;
  const groupNode = nodeSubnet * input.nodes;
  const groupPod = podSubnet * input.nodes;
  const nodeSubnetSize = mode === 'prefix' ? smallestPrefixSubnet(prefixes, (nodeSubnet - (pool?.podAddresses ?? 0)) * input.nodes) : smallestSubnet(groupNode);
  return {
    type: t,
    mode,
    notices,
    maxPods,
    node: {pods, ipPods, pool, nodeSubnet, podSubnet, branch, lines},
    group: {
      nodes: input.nodes,
      nodeSubnet: groupNode,
      podSubnet: groupPod,
      prefixes,
      nodeSubnetSize,
      podSubnetSize: mode === 'custom' ? smallestSubnet(groupPod) : null,
    },
  };
}
