/**
 * The EC2 network-interface rules that the site's tools apply, written once.
 *
 * The decision helper (src/lib/decision.ts), the explorer's calculators
 * (src/lib/instanceCalc.ts), the comparison table (src/data/interfaces.ts),
 * the EFA layout builder (src/lib/efaLayout.ts) and the counter explanations
 * (src/data/counters.ts, src/lib/counterDelta.ts) read their rule text and
 * their constraints from here, so a rule that AWS changes is changed in one
 * place.
 *
 * The EKS max-pods rules are the exception: the EKS planner's module,
 * src/data/eksRules.ts, holds them (the planner reads only that module), and
 * the entries below with the same meaning take their statement, source and
 * date from there instead of restating them.
 *
 * Each rule: a stable `id` (never rename: tests and tools import it), the
 * `statement` in plain words (what pages and tools show), the primary `source`
 * (https only) and `asOf`, the date the statement was last checked against
 * that source (YYYY-MM-DD). `detail` carries the nuance a tool may show under
 * the statement. Schema and consistency tests: tests/unit/contentRules.test.ts.
 */

import {CEILING_TEXT, eksRules, type EksRuleId} from './eksRules';

export type NetworkRule = {
  id: string;
  statement: string;
  source: string;
  /** Date the statement was last checked against `source` (YYYY-MM-DD). */
  asOf: string;
  detail?: string;
};

/** A rule written in src/data/eksRules.ts, under this module's id: statement, source and date come from there. */
function fromEks<const Id extends string>(id: Id, eksId: EksRuleId, detail?: string): NetworkRule & {id: Id} {
  const r = eksRules[eksId];
  return {id, statement: r.statement, source: r.source, asOf: r.asOf, ...(detail === undefined ? {} : {detail})};
}

const EC2 = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide';
const API = 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference';

export const networkRules = {
  // ---- Where interfaces may sit ------------------------------------------
  primaryOnCard0: {
    id: 'primaryOnCard0',
    statement: 'The primary network interface is always on network card 0, at device index 0.',
    source: `${API}/API_AttachNetworkInterface.html`,
    asOf: '2026-12-02',
  },
  primaryNotEfaOnly: {
    id: 'primaryNotEfaOnly',
    statement: 'The primary network interface (network card 0, device index 0) can never be an efa-only interface.',
    source: `${EC2}/efa-acc-inst-types.html`,
    asOf: '2026-12-02',
    detail: 'Use an ENA interface (type interface) or an efa interface (EFA with ENA) as the primary.',
  },
  efaOnlyOnCard0Device1: {
    id: 'efaOnlyOnCard0Device1',
    statement:
      'Where network card 0 supports EFA, AWS recommends an efa-only interface on network card 0 at device index 1, beside the ENA primary; each further card takes its efa-only interface at device index 0.',
    source: `${EC2}/efa-acc-inst-types.html`,
    asOf: '2026-12-02',
    detail:
      'Card 0 therefore keeps its EFA: leaving card 0 without one gives up one EFA (one of four on p4d.24xlarge). An ENA interface for more IP bandwidth or addresses can go at device index 1 of a further card. P5 and P5e have their own recommended layouts on the same page.',
  },
  oneEfaPerCard: {
    id: 'oneEfaPerCard',
    statement: 'At most one EFA (of type efa or efa-only) per network card.',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/node-efa.html',
    asOf: '2026-12-02',
    detail: 'AWS’s multi-card layouts on the efa-acc-inst-types page place exactly one EFA on each card.',
  },
  efaMaxInterfaces: {
    id: 'efaMaxInterfaces',
    statement: 'The number of EFAs on an instance cannot exceed the type’s EfaInfo.MaximumEfaInterfaces.',
    source: `${API}/API_EfaInfo.html`,
    asOf: '2026-12-02',
  },
  efaCountsTowardEniLimit: {
    id: 'efaCountsTowardEniLimit',
    statement: 'Every EFA, efa or efa-only, is a network interface and counts toward the instance’s and its card’s interface limits.',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/node-efa.html',
    asOf: '2026-12-02',
  },
  perCardInterfaceLimit: {
    id: 'perCardInterfaceLimit',
    statement:
      'Each network card has its own interface limit (NetworkCards[].MaximumNetworkInterfaces); the interfaces on a card cannot exceed it, and the instance total is the sum over its cards.',
    source: `${API}/API_NetworkCardInfo.html`,
    asOf: '2026-12-02',
    detail: 'Example: p5.48xlarge has 32 cards × 2 interfaces = 64 (DescribeInstanceTypes data).',
  },

  // ---- What an EFA is and where its traffic goes ----------------------------
  efaOnlyNoIp: {
    id: 'efaOnlyNoIp',
    statement: 'An efa-only interface has no IP address: it cannot be given one, so it carries no TCP/IP traffic.',
    source: `${EC2}/create-efa.html`,
    asOf: '2026-12-02',
  },
  efaTrafficScope: {
    id: 'efaTrafficScope',
    statement:
      'EFA OS-bypass (SRD) traffic is not routable: it stays within one Availability Zone and one VPC. Keeping all EFA peers in one subnet is the safe choice, not a requirement.',
    source: `${EC2}/efa.html`,
    asOf: '2026-12-02',
    detail:
      'The boundary was "one subnet" in the 2019-2023 wording and is "one Availability Zone and one VPC" in the current wording. The IP traffic of an efa interface is routed like any ENA traffic.',
  },
  efaSecurityGroupSelfRef: {
    id: 'efaSecurityGroupSelfRef',
    statement:
      'An EFA’s security group must allow all inbound traffic from, and all outbound traffic to, the security group itself; an outbound rule to 0.0.0.0/0 does not cover it.',
    source: `${EC2}/create-efa.html`,
    asOf: '2026-12-02',
  },
  efaHotAttach: {
    id: 'efaHotAttach',
    statement: 'An EFA cannot be attached to or detached from a running instance: attach it at launch or while the instance is stopped.',
    source: `${EC2}/create-efa.html`,
    asOf: '2026-12-02',
  },
  eniAttachWhen: {
    id: 'eniAttachWhen',
    statement:
      'An ordinary network interface can be attached at launch (cold attach), while the instance is stopped (warm attach) or while it runs (hot attach).',
    source: `${EC2}/network-interface-attachments.html`,
    asOf: '2026-12-02',
  },
  efaOnlyCdi: {
    id: 'efaOnlyCdi',
    statement: 'The AWS Cloud Digital Interface (CDI) SDK does not support efa-only interfaces, on Windows or on Linux.',
    source: `${EC2}/efa.html`,
    asOf: '2026-12-02',
    detail: 'On Windows an EFA otherwise acts as an ENA: no OS-bypass for MPI or NCCL.',
  },

  // ---- Allowances ---------------------------------------------------------
  allowancesPerInstance: {
    id: 'allowancesPerInstance',
    statement: 'The bandwidth, packets-per-second and connection-tracking allowances are set per instance, shared by all its interfaces.',
    source: `${EC2}/monitoring-network-performance-ena.html`,
    asOf: '2026-12-02',
  },
  linkLocalPerInterface: {
    id: 'linkLocalPerInterface',
    statement:
      'The link-local allowance (packets per second to the Amazon DNS resolver, the instance metadata service and the Time Sync Service) is set per network interface, not per instance.',
    source: `${EC2}/monitoring-network-performance-ena.html`,
    asOf: '2026-12-02',
    detail: 'Its drops show in linklocal_allowance_exceeded. For DNS the limit is resolverPacketLimit.',
  },
  resolverPacketLimit: {
    id: 'resolverPacketLimit',
    statement:
      'Each network interface can send at most 1,024 packets per second to the Route 53 Resolver (the VPC’s .2 address and 169.254.169.253), and this quota cannot be raised.',
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html',
    asOf: '2026-12-02',
  },
  gatewayEgressLimit: {
    id: 'gatewayEgressLimit',
    statement:
      'Traffic through an internet gateway or a local gateway may use 50% of the instance bandwidth or 5 Gbps, whichever is larger, on instances with 32 or more vCPUs, and 5 Gbps on smaller ones.',
    source: `${EC2}/ec2-instance-network-bandwidth.html`,
    asOf: '2026-12-02',
    detail: 'Older versions of the page also named traffic to other Regions and over Direct Connect; the current one does not.',
  },

  // ---- ENA Express ---------------------------------------------------------
  enaExpressBothEnds: {
    id: 'enaExpressBothEnds',
    statement:
      'ENA Express uses SRD only when both the sending and the receiving instance are of a supported type and have ENA Express turned on for their network interface attachments; otherwise the traffic silently stays on plain ENA.',
    source: `${EC2}/monitoring-network-performance-ena.html`,
    asOf: '2026-12-02',
    detail:
      'The same page lists the other eligibility conditions: both instances in the same Availability Zone and no middlebox on the path. The EnaSrdSpecification API reference also says both instances must have it enabled.',
  },
  enaSrdEligibleGap: {
    id: 'enaSrdEligibleGap',
    statement:
      'A packet counted in ena_srd_eligible_tx_pkts already meets the conditions on both ends, so eligible packets that are not sent over SRD do not point at the ENA Express settings: the usual causes are SRD resources running out (ena_srd_resource_utilization near 100%), packets larger than the MTU allows, or a live migration or server update.',
    source: `${EC2}/monitoring-network-performance-ena.html`,
    asOf: '2026-12-02',
    detail: 'If ena_srd_eligible_tx_pkts itself stays at zero while traffic flows, check the other end’s type and setting first.',
  },

  // ---- EKS max pods ------------------------------------------------------
  maxPodsFormula: fromEks('maxPodsFormula', 'secondaryIpMaxPods'),
  nodeadmMaxPods: fromEks(
    'nodeadmMaxPods',
    'nodeadmDefault',
    `AWS recommends at most ${CEILING_TEXT}. Managed node groups without a custom AMI enforce that ceiling over nodeadm’s value; on other nodes it is advice, not what nodeadm sets.`,
  ),
  maxPodsCalculatorRemoved: {
    id: 'maxPodsCalculatorRemoved',
    statement: 'The EKS AMI’s max-pods-calculator.sh script was removed together with Amazon Linux 2 support (2026-03-04); old links to it are dead.',
    source: 'https://github.com/awslabs/amazon-eks-ami/pull/2645',
    asOf: '2026-12-02',
  },
  vpcCniMultiNic: fromEks('vpcCniMultiNic', 'defaultCardOnly'),
} as const satisfies Record<string, NetworkRule>;

export type NetworkRuleId = keyof typeof networkRules;

/** The rule's statement, for tools that show it as text. */
export function ruleText(id: NetworkRuleId): string {
  return networkRules[id].statement;
}
