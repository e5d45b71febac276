/**
 * The rules of the "Which one do I need?" helper: questions, answers, the
 * outcome, its reasons, the caveats that apply and links to the sections that
 * explain them. Pure TypeScript, no React: see decision.test.ts.
 *
 * The instance-type question is a multiple choice plus an optional type name
 * (`itype`); the helper looks the name up in the instance data
 * (src/lib/instanceLookup.ts) and passes the result as `instanceSupport`,
 * which then takes precedence over the answer.
 */
import type {StateOf} from './urlState';
import {decisionSchema} from './decisionSchema';
import {instanceCounts} from '../data/instanceCounts';
import {formatCount} from './format';
import {networkRules as R} from '../data/networkRules';

export type Option = {value: string; label: string};
/** URL parameters answered by choosing options (the rest are free text). */
export type ChoiceParam = Exclude<keyof typeof decisionSchema, 'itype'>;
export type Question = {
  /** URL parameter name. */
  id: ChoiceParam;
  text: string;
  hint?: string;
  multiple?: boolean;
  options: readonly Option[];
  /** An optional text field under the options, looked up in the instance data. */
  lookup?: {param: 'itype'; label: string; hint: string};
};

export const QUESTIONS: readonly Question[] = [
  {
    id: 'workload',
    text: 'What will the instances mostly do?',
    options: [
      {value: 'general', label: 'General work: web, apps, databases, containers'},
      {value: 'appliance', label: 'Route or inspect traffic: NAT, firewall, proxy appliance'},
      {value: 'hpc', label: 'Tightly coupled HPC across several instances'},
      {value: 'ml', label: 'Distributed machine-learning training or inference across several instances'},
    ],
  },
  {
    id: 'software',
    text: 'How does your software talk over the network?',
    options: [
      {value: 'sockets', label: 'Ordinary TCP/UDP sockets (HTTP, gRPC, databases, storage)'},
      {value: 'mpi', label: 'MPI (Open MPI, Intel MPI)'},
      {value: 'nccl', label: 'NCCL (or RCCL) collectives'},
      {value: 'libfabric', label: 'Other software written for Libfabric'},
      {value: 'unsure', label: 'Not sure'},
    ],
  },
  {
    id: 'os',
    text: 'Which operating system?',
    options: [
      {value: 'linux', label: 'Linux'},
      {value: 'windows', label: 'Windows'},
    ],
  },
  {
    id: 'type',
    text: 'Do you already know your instance type, and does it support EFA?',
    hint: `${formatCount(instanceCounts.efa)} of ${formatCount(instanceCounts.total)} types support EFA (DescribeInstanceTypes data as of ${instanceCounts.asOf}).`,
    options: [
      {value: 'unknown', label: 'Not sure yet'},
      {value: 'efa-multi', label: 'Yes: it supports EFA and has several network cards (e.g. p5.48xlarge)'},
      {value: 'efa-single', label: 'Yes: it supports EFA on one network card (e.g. c5n.18xlarge)'},
      {value: 'no-efa', label: 'Yes: it does not support EFA'},
    ],
    lookup: {
      param: 'itype',
      label: 'Instance type, if you know it, e.g. p5.48xlarge',
      hint: 'A type found in the instance data takes precedence over the choice above.',
    },
  },
  {
    id: 'needs',
    text: 'Do you also need any of these? (pick any)',
    multiple: true,
    options: [
      {value: 'ips', label: 'Many IP addresses on one instance (e.g. for containers)'},
      {value: 'subnets', label: 'A foot in two subnets (dual-homed)'},
      {value: 'sgs', label: 'Different security groups for different traffic'},
      {value: 'mgmt', label: 'A separate management network'},
      {value: 'failover', label: 'Moving an IP and MAC to a standby instance'},
    ],
  },
];

export {decisionSchema};
export type Answers = StateOf<typeof decisionSchema>;

/** Instance-type facts from the instance data, when a lookup is available. */
export type InstanceSupport = {
  ena: 'required' | 'supported' | 'unsupported';
  efa: boolean;
  maxEfa: number;
  cards: number;
};

export type OutcomeId = 'ena' | 'eni' | 'efa' | 'efa-only';

export type CaveatId =
  | 'same-subnet'
  | 'sg-self-rule'
  | 'no-hot-attach'
  | 'windows-ena'
  | 'needs-libfabric'
  | 'efa-only-rules'
  | 'pick-efa-type'
  | 'type-lacks-efa'
  | 'same-az'
  | 'same-subnet-routing'
  | 'no-extra-bandwidth'
  | 'source-dest-check'
  | 'public-ipv4'
  | 'ena-optional'
  | 'ena-unsupported';

export type Link = {label: string; href: string};
export type Caveat = {id: CaveatId; text: string; link: Link};

export type Decision = {
  outcome: OutcomeId;
  title: string;
  reasons: string[];
  caveats: Caveat[];
  links: Link[];
};

export const OUTCOMES: Record<OutcomeId, {title: string; link: Link}> = {
  ena: {title: 'ENA (default on Nitro), no extra interfaces', link: {label: 'ENA', href: '/docs/ena#what-is-enhanced-networking'}},
  eni: {title: 'ENA plus an extra ENI', link: {label: 'ENI use cases', href: '/docs/eni#use-cases'}},
  efa: {title: 'EFA (`efa` interface type)', link: {label: 'EFA', href: '/docs/efa#what-is-efa'}},
  'efa-only': {
    title: 'An ENA primary on card 0 plus one EFA-only interface per network card, including card 0 at device index 1',
    link: {label: 'efa vs efa-only', href: '/docs/efa#efa-vs-efa-only'},
  },
};

export const CAVEATS: Record<CaveatId, {text: string; link: Link}> = {
  // Historical ID (kept stable for links and tests); the rule is one AZ and one VPC.
  'same-subnet': {
    text: R.efaTrafficScope.statement,
    link: {label: 'Where EFA traffic can go', href: '/docs/efa#traffic-scope'},
  },
  'sg-self-rule': {
    text: R.efaSecurityGroupSelfRef.statement,
    link: {label: 'EFA security group', href: '/docs/efa#security-group'},
  },
  'no-hot-attach': {
    text: R.efaHotAttach.statement,
    link: {label: 'Attaching an EFA', href: '/docs/efa#attach'},
  },
  'windows-ena': {
    text: 'On Windows an EFA acts as an ENA: MPI and NCCL get no OS-bypass (the only exception is the AWS CDI SDK).',
    link: {label: 'EFA on Windows', href: '/docs/efa#windows'},
  },
  'needs-libfabric': {
    text: 'EFA speeds up only software written for Libfabric (MPI, NCCL through aws-ofi-nccl); plain TCP/UDP apps get ENA behaviour.',
    link: {label: 'The EFA software stack', href: '/docs/efa#software-stack'},
  },
  'efa-only-rules': {
    text: `${R.efaOnlyNoIp.statement} ${R.primaryNotEfaOnly.statement} ${R.efaOnlyOnCard0Device1.statement}`,
    link: {label: 'efa vs efa-only', href: '/docs/efa#efa-vs-efa-only'},
  },
  'pick-efa-type': {
    text: `Choose an instance type that supports EFA: ${formatCount(instanceCounts.efa)} of ${formatCount(instanceCounts.total)} types do (DescribeInstanceTypes data as of ${instanceCounts.asOf}).`,
    link: {label: 'Network cards and EFA counts', href: '/docs/efa#network-cards'},
  },
  'type-lacks-efa': {
    text: 'Your instance type does not support EFA, so MPI or NCCL run over TCP; pick an EFA-capable type to get OS-bypass.',
    link: {label: 'When EFA is not the answer', href: '/docs/efa#when-not'},
  },
  'same-az': {
    text: 'An extra ENI lives in one subnet and attaches only to instances in the same Availability Zone.',
    link: {label: 'Attach and detach', href: '/docs/eni#attach-detach'},
  },
  'same-subnet-routing': {
    text: 'Two ENIs in the same subnet can cause asymmetric routing; for more addresses, add secondary IPs or prefixes to the primary ENI instead.',
    link: {label: 'Prefix delegation', href: '/docs/eni#prefix-delegation'},
  },
  'no-extra-bandwidth': {
    text: 'More ENIs do not add bandwidth: the instance type sets it.',
    link: {label: 'ENI limits', href: '/docs/eni#limits'},
  },
  'source-dest-check': {
    text: 'Turn off the source/destination check on the interfaces that forward traffic.',
    link: {label: 'Source/destination check', href: '/docs/eni#source-dest-check'},
  },
  'public-ipv4': {
    text: 'An instance launched with several ENIs gets no auto-assigned public IPv4; use an Elastic IP if you need one.',
    link: {label: 'Primary and secondary ENIs', href: '/docs/eni#primary-and-secondary'},
  },
  'ena-optional': {
    text: 'ENA is optional on this type: the AMI needs the ENA driver and the ENA attribute turned on.',
    link: {label: 'Turning ENA on', href: '/docs/ena#enable'},
  },
  'ena-unsupported': {
    text: 'This type has no ENA, so no enhanced networking through ENA; consider a current (Nitro) type.',
    link: {label: 'EnaSupport values', href: '/docs/ena#ena-support-values'},
  },
};

const LIBFABRIC_SOFTWARE = ['mpi', 'nccl', 'libfabric'];
const EXTRA_ENI_NEEDS = ['subnets', 'sgs', 'mgmt', 'failover'];

/** The instance answer, overridden by looked-up instance data when given. */
export function effectiveType(answer: string, support?: InstanceSupport): string {
  if (!support) return answer;
  if (!support.efa) return 'no-efa';
  return support.cards > 1 && support.maxEfa > 1 ? 'efa-multi' : 'efa-single';
}

export function decide(answers: Answers, instanceSupport?: InstanceSupport): Decision {
  const type = effectiveType(answers.type || 'unknown', instanceSupport);
  const hpcLike = answers.workload === 'hpc' || answers.workload === 'ml';
  const usesLibfabric = LIBFABRIC_SOFTWARE.includes(answers.software);
  const wantsEfa = usesLibfabric || (hpcLike && answers.software === 'unsure');
  const extraEniNeeds = answers.needs.filter((x) => EXTRA_ENI_NEEDS.includes(x));

  const reasons: string[] = [];
  const caveats = new Set<CaveatId>();
  let outcome: OutcomeId;

  if (wantsEfa && answers.os === 'windows') {
    caveats.add('windows-ena');
    reasons.push('Windows gets no OS-bypass for MPI or NCCL, so an EFA would only act as an ENA.');
  } else if (wantsEfa && type === 'no-efa') {
    caveats.add('type-lacks-efa');
    reasons.push('Your software could use OS-bypass, but the instance type has no EFA.');
  }
  const efaPossible = wantsEfa && answers.os === 'linux' && type !== 'no-efa';

  if (efaPossible) {
    outcome = type === 'efa-multi' ? 'efa-only' : 'efa';
    reasons.push(
      usesLibfabric
        ? 'Your software uses Libfabric, so an EFA gives it OS-bypass: lower, steadier latency than TCP.'
        : 'Tightly coupled HPC and distributed ML usually run on MPI or NCCL, which use EFA through Libfabric.',
    );
    if (outcome === 'efa-only') {
      reasons.push(
        'With several network cards you get one EFA per card; efa-only interfaces save IP addresses, while the ENA primary on card 0 keeps the IP path and an efa-only interface beside it (device index 1) keeps card 0’s EFA.',
      );
      caveats.add('efa-only-rules');
    } else {
      reasons.push('An `efa` interface also keeps the normal IP path, so the same interface serves SSH and other TCP traffic.');
    }
    if (type === 'unknown') caveats.add('pick-efa-type');
    caveats.add('needs-libfabric');
    caveats.add('same-subnet');
    caveats.add('sg-self-rule');
    caveats.add('no-hot-attach');
    if (extraEniNeeds.length > 0) {
      reasons.push('For your other needs (separate subnets, security groups or management), add an ordinary ENI beside the EFA.');
      caveats.add('same-az');
    }
  } else if (extraEniNeeds.length > 0 || answers.workload === 'appliance') {
    outcome = 'eni';
    reasons.push('ENA already gives every interface enhanced networking; you do not choose it separately.');
    if (answers.workload === 'appliance') {
      reasons.push('Network and security appliances are one of the uses AWS lists for several ENIs.');
      caveats.add('source-dest-check');
    }
    if (extraEniNeeds.includes('subnets') || extraEniNeeds.includes('mgmt')) {
      reasons.push('A second ENI puts the instance in a second subnet, e.g. a more restricted management subnet.');
    }
    if (extraEniNeeds.includes('sgs')) reasons.push('Each ENI has its own security groups, so traffic types can be filtered apart.');
    if (extraEniNeeds.includes('failover')) {
      reasons.push('An ENI keeps its private IPs, Elastic IPs and MAC when moved to a standby instance.');
    }
    caveats.add('same-az');
    caveats.add('no-extra-bandwidth');
    caveats.add('public-ipv4');
  } else {
    outcome = 'ena';
    reasons.push('ENA is already on for every interface of a Nitro instance: nothing to add or switch on.');
    if (hpcLike && answers.software === 'sockets') {
      reasons.push('Your software uses ordinary sockets, which an EFA would not speed up.');
      caveats.add('needs-libfabric');
    }
  }

  if (answers.needs.includes('ips')) {
    reasons.push('For many addresses, use secondary IPs or prefix delegation on the primary ENI rather than more ENIs.');
    caveats.add('same-subnet-routing');
  }
  if (instanceSupport?.ena === 'supported') caveats.add('ena-optional');
  if (instanceSupport?.ena === 'unsupported') caveats.add('ena-unsupported');

  const order = Object.keys(CAVEATS) as CaveatId[];
  return {
    outcome,
    title: OUTCOMES[outcome].title,
    reasons,
    caveats: order.filter((id) => caveats.has(id)).map((id) => ({id, ...CAVEATS[id]})),
    links: [OUTCOMES[outcome].link],
  };
}

/** The rules in plain words, shown under the helper (and with JavaScript off). */
export const RULES_SUMMARY: readonly string[] = [
  'Software written for Libfabric (MPI, NCCL, others) on Linux, on a type with EFA: use EFA. On a type with several network cards: an ENA primary at card 0 device index 0, then one EFA-only interface per card (at device index 1 on card 0, device index 0 on the others).',
  'Windows, or a type without EFA: stay on ENA; MPI and NCCL then run over TCP.',
  'Ordinary TCP/UDP software: ENA, which every Nitro instance already uses. EFA would not speed it up.',
  'Separate subnets, security groups, a management network, failover, or a network appliance: add an extra ENI.',
  'Many IP addresses: secondary IPs or prefixes on the primary ENI, not more ENIs.',
];
