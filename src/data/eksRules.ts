/**
 * Every formula, default and limit the EKS pod and IP planner uses
 * (/docs/tools/eks-ip-planner), each with its source and the date it was
 * checked. The planner's logic (src/lib/eksPlanner.ts) reads these values;
 * the page cites them. Change a number here and the planner, its working and
 * its citations follow.
 */

export type EksRule = {
  /** What the rule says, in the planner's words. */
  statement: string;
  /** Primary source (https). */
  source: string;
  /** Short label for the source link. */
  sourceLabel: string;
  /** When the source was checked (YYYY-MM-DD). */
  asOf: string;
};

const VPC_CNI_README = 'https://github.com/aws/amazon-vpc-cni-k8s/blob/master/README.md';
const EKS_AMI_NODEADM = 'https://github.com/awslabs/amazon-eks-ami/blob/main/nodeadm/internal/kubelet/eni_max_pods.go';
/** The last version of the AL2 max-pods calculator, before AL2 support was removed (2026-03-04). */
const MAX_PODS_CALCULATOR = 'https://github.com/awslabs/amazon-eks-ami/blob/8f395aaa/templates/al2/runtime/max-pods-calculator.sh';

/**
 * Numbers the planner computes with. Each is tied, in EKS_NUMBER_RULES below,
 * to the rule that states it; the rule carries the source and the date it was
 * checked (src/data/eksRules.test.ts checks that the rule names the number).
 */
export const EKS_NUMBERS = {
  /** Host-network pods counted on top of the IP-limited pods (aws-node, kube-proxy). */
  hostNetworkPods: 2,
  ipsPerPrefix: 16,
  /** A delegated IPv4 prefix is a /28. */
  ipv4PrefixLength: 28,
  reservedPerSubnet: 5,
  minSubnetPrefixLength: 28,
  maxSubnetPrefixLength: 16,
  warmEniTargetDefault: 1,
  warmPrefixTargetDefault: 1,
  ceilingLowCpu: 110,
  ceilingHighCpu: 250,
  /** Above this many vCPUs the higher ceiling applies. */
  ceilingCpuThreshold: 30,
} as const;

/**
 * AWS's vCPU-based max-pods ceiling in words, written once from the numbers
 * above. The threshold is the former calculator's test `CPU_COUNT -gt 30`:
 * 30 vCPUs or fewer get the low ceiling. (The EKS page says "less than 30"
 * and "greater than 30"; no instance type in the data has exactly 30 vCPUs,
 * which tests/unit/maxPodsCeiling.test.ts checks.)
 */
export const CEILING_TEXT = `${EKS_NUMBERS.ceilingLowCpu} pods on instance types with ${EKS_NUMBERS.ceilingCpuThreshold} vCPUs or fewer and ${EKS_NUMBERS.ceilingHighCpu} on larger ones`;

/** Settings the planner's configuration snippets write, each tied to the rule that states it. */
export const EKS_SETTINGS = {
  /** ENI_CONFIG_LABEL_DEF for custom networking: pick the ENIConfig named after the node's Availability Zone. */
  eniConfigLabelDef: 'topology.kubernetes.io/zone',
} as const;

export const eksRules = {
  secondaryIpMaxPods: {
    statement:
      'Secondary-IP mode: max pods = ENIs on the default network card × (IPv4 addresses per ENI − 1) + 2. The first IP of each ENI is not used for pods; the 2 are host-network pods (aws-node, kube-proxy).',
    source: 'https://github.com/aws/amazon-vpc-cni-k8s/blob/master/misc/eni-max-pods.txt',
    sourceLabel: 'VPC CNI eni-max-pods.txt',
    asOf: '2026-12-02',
  },
  prefixMaxPods: {
    statement:
      'Prefix delegation: each IPv4 slot of an ENI (all but the primary address) holds a /28 prefix of 16 addresses, so max pods = ENIs × ((IPv4 per ENI − 1) × 16) + 2. Prefixes need a Nitro-based instance.',
    source: MAX_PODS_CALCULATOR,
    sourceLabel: 'EKS AMI max-pods-calculator.sh (last version)',
    asOf: '2026-12-02',
  },
  customNetworkingMaxPods: {
    statement:
      'Custom networking: the primary ENI serves no pods (pods get addresses from the ENIConfig subnet on the other ENIs), so the formula uses ENIs − 1.',
    source: MAX_PODS_CALCULATOR,
    sourceLabel: 'EKS AMI max-pods-calculator.sh (last version)',
    asOf: '2026-12-02',
  },
  recommendedCeiling: {
    statement: `AWS recommends at most ${CEILING_TEXT}. Its former max-pods calculator applied that ceiling (it printed the uncapped value only with --show-max-allowed) until it was removed with Amazon Linux 2 support on 2026-03-04. Managed node groups without a custom AMI still enforce it; on other nodes it is a recommendation.`,
    source: MAX_PODS_CALCULATOR,
    sourceLabel: 'EKS AMI max-pods-calculator.sh (last version)',
    asOf: '2026-12-02',
  },
  managedNodeGroupCap: {
    statement: `A managed node group that does not use a custom AMI caps the maxPods it writes into each node’s user data at ${CEILING_TEXT}. That value wins over nodeadm’s default and over any maxPodsExpression; to set another value, give the launch template a custom AMI and set maxPods yourself.`,
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/choosing-instance-type.html#max-pods-precedence',
    sourceLabel: 'EKS: how maxPods is determined',
    asOf: '2026-12-02',
  },
  nodeadmDefault: {
    statement:
      'Amazon Linux 2023 (nodeadm) sets kubelet maxPods to ENIs on the default card × (IPv4 per ENI − 1) + 2, whatever the VPC CNI mode, with no cap. A NodeConfig `maxPodsExpression` (a CEL expression over default_enis, ips_per_eni and max_pods) replaces it; an explicit kubelet `maxPods` wins over both.',
    source: EKS_AMI_NODEADM,
    sourceLabel: 'amazon-eks-ami nodeadm eni_max_pods.go',
    asOf: '2026-12-02',
  },
  karpenterMaxPods: {
    statement:
      'Karpenter works out a node’s pod capacity from the same ENI formula unless the EC2NodeClass sets `spec.kubelet.maxPods`; it does not know that prefix delegation is on, so set maxPods yourself when you use prefixes or IPv6.',
    source: 'https://karpenter.sh/docs/concepts/nodeclasses/',
    sourceLabel: 'Karpenter NodeClasses',
    asOf: '2026-12-02',
  },
  defaultCardOnly: {
    statement:
      'By default the VPC CNI manages network card 0 only. With ENABLE_MULTI_NIC=true (v1.20.0 of 2025-07-15 and later) it also manages the other eligible cards, and a pod annotated `k8s.amazonaws.com/nicConfig: multi-nic-attachment` gets one IP address from each managed card. Pods that are not multi-homed still get their address on card 0.',
    source: VPC_CNI_README,
    sourceLabel: 'VPC CNI README, ENABLE_MULTI_NIC',
    asOf: '2026-12-02',
  },
  eniConfigLabel: {
    statement: `Custom networking (AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG=true): ENI_CONFIG_LABEL_DEF names the node label whose value is the ENIConfig to use (default k8s.amazonaws.com/eniConfig). Set it to ${EKS_SETTINGS.eniConfigLabelDef} and create one ENIConfig per Availability Zone, named after the zone, and each node takes the ENIConfig of its zone. A node annotation, if present, wins over the label.`,
    source: VPC_CNI_README,
    sourceLabel: 'VPC CNI README, ENI_CONFIG_LABEL_DEF',
    asOf: '2026-12-02',
  },
  warmEniTarget: {
    statement:
      'WARM_ENI_TARGET (default 1): ipamd keeps that many whole free ENIs, with all their IP addresses, attached beyond what pods use. Ignored when WARM_IP_TARGET or MINIMUM_IP_TARGET is set.',
    source: 'https://github.com/aws/amazon-vpc-cni-k8s/blob/master/docs/eni-and-ip-target.md',
    sourceLabel: 'VPC CNI: WARM_ENI_TARGET, WARM_IP_TARGET and MINIMUM_IP_TARGET',
    asOf: '2026-12-02',
  },
  warmIpTarget: {
    statement:
      'WARM_IP_TARGET keeps that many free addresses; MINIMUM_IP_TARGET keeps at least that many addresses in total. When both are set ipamd meets both: allocated = max(pods + WARM_IP_TARGET, MINIMUM_IP_TARGET).',
    source: 'https://github.com/aws/amazon-vpc-cni-k8s/blob/master/docs/eni-and-ip-target.md',
    sourceLabel: 'VPC CNI: WARM_ENI_TARGET, WARM_IP_TARGET and MINIMUM_IP_TARGET',
    asOf: '2026-12-02',
  },
  warmPrefixTarget: {
    statement:
      'With prefix delegation, WARM_PREFIX_TARGET (default 1) keeps that many whole free /28 prefixes; WARM_IP_TARGET and MINIMUM_IP_TARGET, if set, override it and are met in whole prefixes. Setting WARM_PREFIX_TARGET, or both IP targets, to 0 is not supported with prefix delegation.',
    source: 'https://github.com/aws/amazon-vpc-cni-k8s/blob/master/docs/prefix-and-ip-target.md',
    sourceLabel: 'VPC CNI: WARM_PREFIX_TARGET, WARM_IP_TARGET and MINIMUM_IP_TARGET',
    asOf: '2026-12-02',
  },
  ipv6Mode: {
    statement:
      'IPv6 mode (v1.10.0+) needs prefix delegation and a Nitro-based instance: pods get IPv6 addresses from an /80 prefix, so addresses do not limit pods. The warm and minimum targets do not apply, security groups for pods are not supported, and each node still takes one private IPv4 address from its subnet.',
    source: VPC_CNI_README,
    sourceLabel: 'VPC CNI README, ENABLE_IPv6 and feature matrix',
    asOf: '2026-12-02',
  },
  prefixSize: {
    statement: 'An IPv4 prefix is a /28: 16 consecutive addresses, aligned on a 16-address boundary, and it takes one of the ENI’s IPv4 slots.',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-prefix-eni.html',
    sourceLabel: 'EC2: Assign prefixes to network interfaces',
    asOf: '2026-12-02',
  },
  reservedAddresses: {
    statement: 'AWS reserves 5 addresses in every subnet: the first four and the last. Subnet sizes range from /28 to /16 for IPv4.',
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html',
    sourceLabel: 'VPC: Subnet CIDR blocks',
    asOf: '2026-12-02',
  },
  fragmentation: {
    statement:
      'A /28 prefix must come from 16 free, aligned addresses. Secondary IPs and ENI primary addresses scattered across a subnet can leave many free addresses but no free /28, and the assignment fails with InsufficientCidrBlocks. A subnet CIDR reservation of type prefix keeps a range for prefixes only.',
    source: 'https://docs.aws.amazon.com/eks/latest/best-practices/prefix-mode-linux.html',
    sourceLabel: 'EKS best practices: prefix mode for Linux',
    asOf: '2026-12-02',
  },
  branchEnis: {
    statement:
      'Security groups for pods (ENABLE_POD_ENI=true): a trunk ENI takes one ENI slot on the node, and each pod with its own security groups gets a branch ENI with one primary IP address from the node’s subnet. Branch capacity is per instance type, is additive to the secondary IPs or prefixes, and is not raised by prefix delegation. Nitro-based types only.',
    source: VPC_CNI_README,
    sourceLabel: 'VPC CNI README, ENABLE_POD_ENI',
    asOf: '2026-12-02',
  },
  branchLimits: {
    statement: 'Branch ENIs per instance type, as published in Karpenter’s generated VPC limits (AWS exposes no public API for them).',
    source: 'https://github.com/aws/karpenter-provider-aws/blob/main/pkg/providers/instancetype/zz_generated.vpclimits.go',
    sourceLabel: 'Karpenter zz_generated.vpclimits.go',
    asOf: '2026-08-18',
  },
} as const satisfies Record<string, EksRule>;

export type EksRuleId = keyof typeof eksRules;

/** The rule (and so the source and date) behind each number and setting. */
export const EKS_NUMBER_RULES: Record<keyof typeof EKS_NUMBERS | keyof typeof EKS_SETTINGS, EksRuleId> = {
  hostNetworkPods: 'secondaryIpMaxPods',
  ipsPerPrefix: 'prefixSize',
  ipv4PrefixLength: 'prefixSize',
  reservedPerSubnet: 'reservedAddresses',
  minSubnetPrefixLength: 'reservedAddresses',
  maxSubnetPrefixLength: 'reservedAddresses',
  warmEniTargetDefault: 'warmEniTarget',
  warmPrefixTargetDefault: 'warmPrefixTarget',
  ceilingLowCpu: 'recommendedCeiling',
  ceilingHighCpu: 'recommendedCeiling',
  ceilingCpuThreshold: 'recommendedCeiling',
  eniConfigLabelDef: 'eniConfigLabel',
};
