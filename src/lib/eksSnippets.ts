/**
 * The configuration the EKS planner shows for a plan: VPC CNI environment
 * (kubectl and the EKS add-on JSON), an AL2023 nodeadm NodeConfig, a
 * Karpenter EC2NodeClass, an eksctl ClusterConfig and, for prefix
 * delegation, a subnet CIDR reservation. Every value comes from the plan.
 *
 * Pure TypeScript: see eksSnippets.test.ts (each snippet parses and matches the plan).
 */
import type {Plan, WarmTargets} from './eksPlanner';
import {EKS_NUMBERS as N, EKS_SETTINGS} from '../data/eksRules';

export type Snippet = {id: string; label: string; language: 'bash' | 'json' | 'yaml'; code: string};

/** VPC CNI environment variables the plan needs (non-default values only). */
export function cniEnv(plan: Plan, targets: WarmTargets, multiNic: boolean): Record<string, string> {
  const env: Record<string, string> = {};
  if (plan.mode === 'prefix') env.ENABLE_PREFIX_DELEGATION = 'true';
  if (plan.mode === 'custom') {
    env.AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG = 'true';
    env.ENI_CONFIG_LABEL_DEF = EKS_SETTINGS.eniConfigLabelDef;
  }
  if (plan.mode !== 'ipv6') {
    const t = targets;
    if (t.warmEni !== null) env.WARM_ENI_TARGET = String(t.warmEni);
    if (t.warmIp !== null) env.WARM_IP_TARGET = String(t.warmIp);
    if (t.minIp !== null) env.MINIMUM_IP_TARGET = String(t.minIp);
    if (t.warmPrefix !== null && plan.mode === 'prefix') env.WARM_PREFIX_TARGET = String(t.warmPrefix);
  }
  if (plan.node.branch) env.ENABLE_POD_ENI = 'true';
  if (multiNic && plan.type.cards.length > 1 && plan.mode !== 'ipv6') env.ENABLE_MULTI_NIC = 'true';
  return env;
}

/** A CEL expression for nodeadm's maxPodsExpression that gives the recommended value on any type. */
export function maxPodsExpression(plan: Plan): string {
  const ceiling = plan.maxPods.ceiling.value;
  // A trunk ENI (security groups for pods) takes one ENI slot; its branch ENIs add their pods back.
  const branch = plan.node.branch ? plan.node.branch.pods : 0;
  const reserved = (plan.mode === 'custom' ? 1 : 0) + (branch > 0 ? 1 : 0);
  let value: string;
  if (plan.mode === 'prefix' || plan.mode === 'ipv6') value = `(default_enis * ((ips_per_eni - 1) * ${N.ipsPerPrefix})) + ${N.hostNetworkPods}`;
  else if (reserved === 0) value = 'max_pods';
  else value = `((default_enis - ${reserved}) * (ips_per_eni - 1)) + ${N.hostNetworkPods}${branch > 0 ? ` + ${branch}` : ''}`;
  return `${value} < ${ceiling} ? ${value} : ${ceiling}`;
}

function yamlScalar(v: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(v) && !/^(true|false|null|yes|no|on|off|\d+)$/i.test(v) ? v : JSON.stringify(v);
}

export function snippets(plan: Plan, targets: WarmTargets, multiNic: boolean): Snippet[] {
  const env = cniEnv(plan, targets, multiNic);
  const maxPods = plan.maxPods.recommended.value;
  const type = plan.type.type;
  const envPairs = Object.entries(env);
  const out: Snippet[] = [];

  out.push({
    id: 'kubectl',
    label: 'kubectl',
    language: 'bash',
    code:
      plan.mode === 'ipv6'
        ? '# IPv6 is chosen when the cluster is created (ipFamily: ipv6); the VPC CNI\n# then runs with ENABLE_IPv6=true and ENABLE_PREFIX_DELEGATION=true by itself.\nkubectl -n kube-system get daemonset aws-node -o yaml | grep -A1 -E "ENABLE_IPv6|ENABLE_PREFIX_DELEGATION"'
        : envPairs.length === 0
          ? '# The VPC CNI defaults already match this plan; nothing to set.\nkubectl -n kube-system set env daemonset aws-node --list | grep -E "WARM_|MINIMUM_IP_TARGET|ENABLE_PREFIX"'
          : `kubectl -n kube-system set env daemonset aws-node \\\n${envPairs.map(([k, v]) => `  ${k}=${v}`).join(' \\\n')}`,
  });

  out.push({
    id: 'addon',
    label: 'EKS add-on (JSON)',
    language: 'json',
    code: JSON.stringify({env}, null, 2),
  });

  const nodeadmLine =
    plan.maxPods.nodeadm.value === maxPods
      ? `    # nodeadm's default is already ${plan.maxPods.nodeadm.value} for ${type}.\n    config:\n      maxPods: ${maxPods}`
      : `    config:\n      maxPods: ${maxPods}\n    # or, for a node group of mixed types:\n    # maxPodsExpression: ${JSON.stringify(maxPodsExpression(plan))}`;
  out.push({
    id: 'nodeadm',
    label: 'AL2023 NodeConfig',
    language: 'yaml',
    code: `apiVersion: node.eks.aws/v1alpha1
kind: NodeConfig
spec:
  cluster:
    name: my-cluster
    apiServerEndpoint: https://EXAMPLE.gr7.us-east-1.eks.amazonaws.com
    certificateAuthority: BASE64_CA_DATA
    cidr: 10.100.0.0/16
  kubelet:
${nodeadmLine}`,
  });

  out.push({
    id: 'karpenter',
    label: 'Karpenter EC2NodeClass',
    language: 'yaml',
    code: `apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata:
  name: ${yamlScalar(plan.mode === 'secondary' ? 'default' : `${plan.mode}-pods`)}
spec:
  role: KarpenterNodeRole-my-cluster
  amiSelectorTerms:
    - alias: al2023@latest
  subnetSelectorTerms:
    - tags:
        karpenter.sh/discovery: my-cluster
  securityGroupSelectorTerms:
    - tags:
        karpenter.sh/discovery: my-cluster
  kubelet:
    maxPods: ${maxPods}`,
  });

  const addon =
    envPairs.length > 0
      ? `addons:
  - name: vpc-cni
    configurationValues: ${JSON.stringify(JSON.stringify({env}))}
`
      : '';
  out.push({
    id: 'eksctl',
    label: 'eksctl',
    language: 'yaml',
    code: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: my-cluster
  region: us-east-1
${plan.mode === 'ipv6' ? 'kubernetesNetworkConfig:\n  ipFamily: IPv6\n' : ''}${addon}managedNodeGroups:
  - name: ${yamlScalar(type.replace(/\./g, '-'))}
    instanceType: ${yamlScalar(type)}
    desiredCapacity: ${plan.group.nodes}
    maxPodsPerNode: ${maxPods}`,
  });

  if (plan.mode === 'prefix' && plan.group.prefixes > 0) {
    const addresses = plan.group.prefixes * N.ipsPerPrefix;
    const len = Math.max(N.maxSubnetPrefixLength, 32 - Math.ceil(Math.log2(addresses)));
    out.push({
      id: 'reservation',
      label: 'Prefix reservation',
      language: 'bash',
      code: `# Keep a contiguous range for /${N.ipv4PrefixLength} prefixes only (${plan.group.prefixes} prefixes × ${N.ipsPerPrefix} = ${addresses} addresses → a /${len}).
# Replace the CIDR with a free, aligned /${len} inside your subnet.
aws ec2 create-subnet-cidr-reservation \\
  --subnet-id subnet-0123456789abcdef0 \\
  --cidr 10.0.0.0/${len} \\
  --reservation-type prefix \\
  --description "VPC CNI prefixes for ${type} nodes"`,
    });
  }
  return out;
}
