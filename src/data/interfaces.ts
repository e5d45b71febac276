/**
 * Rows of the ENI / ENA / EFA comparison table (src/components/ComparisonTable).
 *
 * Columns: `eni` is the VPC resource, `ena` the enhanced-networking device and
 * driver behind every ENI on Nitro, `efa` an interface of type `efa` (EFA with
 * ENA) and `efaOnly` an interface of type `efa-only`. Text may use `backticks`
 * for code. Every number carries an "as of" date in its value or note, and
 * every row lists at least one https source. Rules that tools also apply
 * (where interfaces may sit, attach rules, allowances) come from
 * ./networkRules.ts, so they are written once.
 *
 * Schema test: interfaces.test.ts.
 */
import {instanceCounts as counts} from './instanceCounts';
import {formatCount} from '../lib/format';
import {networkRules as R} from './networkRules';

export const CATEGORIES = [
  {id: 'what', label: 'What it is'},
  {id: 'performance', label: 'Performance'},
  {id: 'software', label: 'Software'},
  {id: 'addressing', label: 'Addressing and security'},
  {id: 'operations', label: 'Operations'},
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];

export type InterfaceValues = {eni: string; ena: string; efa: string; efaOnly: string};

export type ComparisonRow = {
  /** Stable, URL-safe; the row's anchor is `#cmp-<id>`. Never rename. */
  id: string;
  category: CategoryId;
  label: string;
  values: InterfaceValues;
  note?: string;
  /** Primary sources, https only. */
  sources: string[];
};

const DOCS = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide';
const S = {
  eni: `${DOCS}/using-eni.html`,
  attach: `${DOCS}/network-interface-attachments.html`,
  scenarios: `${DOCS}/scenarios-enis.html`,
  en: `${DOCS}/enhanced-networking.html`,
  enaHowTo: `${DOCS}/enhanced-networking-ena.html`,
  bandwidth: `${DOCS}/ec2-instance-network-bandwidth.html`,
  monitoring: `${DOCS}/monitoring-network-performance-ena.html`,
  enaExpress: `${DOCS}/ena-express.html`,
  efa: `${DOCS}/efa.html`,
  efaStart: `${DOCS}/efa-start.html`,
  createEfa: `${DOCS}/create-efa.html`,
  efaMultiCard: `${DOCS}/efa-acc-inst-types.html`,
  eksEfa: 'https://docs.aws.amazon.com/eks/latest/userguide/node-efa.html',
  efaOnlyNews: 'https://amazonaws.cn/en/new/2024/amazon-ec2-announces-efa-updates-for-scalability-with-aiml-applications',
  networkInfo: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkInfo.html',
  vpcQuotas: 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html',
  fiEfa: 'https://github.com/ofiwg/libfabric/blob/main/man/fi_efa.7.md',
  ofiNccl: 'https://github.com/aws/aws-ofi-nccl/blob/master/README.md',
  enaDriver: 'https://github.com/amzn/amzn-drivers/blob/master/kernel/linux/ena/README.rst',
  efaDriver: 'https://github.com/amzn/amzn-drivers/blob/master/kernel/linux/efa/README',
  efawin: 'https://github.com/aws/efawin',
  placement: `${DOCS}/placement-groups.html`,
} as const;

const asOf = counts.asOf;
const n = formatCount;

export const ROWS: ComparisonRow[] = [
  // ---- What it is ---------------------------------------------------------
  {
    id: 'kind',
    category: 'what',
    label: 'Kind of thing',
    values: {
      eni: 'A VPC resource that acts as a virtual network card',
      ena: 'A device and driver family (enhanced networking), not a VPC resource',
      efa: 'An ENI of type `efa`: an ENA device plus an EFA device',
      efaOnly: 'An ENI of type `efa-only`: an EFA device without the ENA device',
    },
    sources: [S.eni, S.en, S.createEfa], // T1, T3, T8
  },
  {
    id: 'attach-what',
    category: 'what',
    label: 'What you attach',
    values: {
      eni: 'The ENI itself: the primary at device index 0, extra ones at 1 and up',
      ena: 'Nothing: on Nitro every attached ENI shows up as an ENA device',
      efa: 'An ENI created with `--interface-type efa`',
      efaOnly: 'An ENI created with `--interface-type efa-only`; never as the primary (card 0, device index 0)',
    },
    sources: [S.attach, S.en, S.createEfa, S.efaMultiCard], // ENI5, T3, EFA9, EFA6
  },
  {
    id: 'os-view',
    category: 'what',
    label: 'What the OS sees',
    values: {
      eni: 'One network device per attached ENI; its driver depends on the instance type',
      ena: 'A network device whose `ethtool -i` shows `driver: ena`',
      efa: 'An ENA network device plus an EFA device for Libfabric',
      efaOnly: 'Only the EFA device: no IP network device',
    },
    sources: [S.enaHowTo, S.efa, S.createEfa], // T3, DRV2, EFA2, EFA5
  },
  {
    id: 'api-object',
    category: 'what',
    label: 'Own ID in the EC2 API',
    values: {
      eni: 'Yes: `eni-…`, with `InterfaceType` `interface`',
      ena: 'No: `EnaSupport` is an attribute of instances, AMIs and instance types',
      efa: 'Yes: `eni-…`, with `InterfaceType` `efa`',
      efaOnly: 'Yes: `eni-…`, with `InterfaceType` `efa-only`',
    },
    sources: [S.eni, S.networkInfo, S.createEfa], // T1, EN9, EFA9
  },

  // ---- Performance --------------------------------------------------------
  {
    id: 'bandwidth',
    category: 'performance',
    label: 'Bandwidth',
    values: {
      eni: 'Set by the instance type; more ENIs do not add bandwidth',
      ena: 'Docs say “up to 100 Gbps”; the API shows up to 400 Gbps on one card (g7e.12xlarge) and 800 Gbps on two (g7e.24xlarge)',
      efa: 'Up to the instance total, e.g. 3,200 Gbps on p5.48xlarge over 32 network cards',
      efaOnly: 'Carries EFA traffic on its network card; the card sets the share',
    },
    note: `Numbers from the DescribeInstanceTypes data as of ${asOf}; the “up to 100 Gbps” wording is from the EC2 docs (unchanged 2023 to 2026). Many single-card types exceed 100 Gbps; multi-card types get more aggregate bandwidth from the cards, not from adding ENIs.`,
    sources: [S.attach, S.en, S.networkInfo, S.eni], // ENI18, EN4, NC1
  },
  {
    id: 'single-flow',
    category: 'performance',
    label: 'Single-flow limit',
    values: {
      eni: 'Not an ENI setting: see ENA',
      ena: '5 Gbps per flow; 10 Gbps in a cluster placement group; up to 25 Gbps with ENA Express',
      efa: 'Its IP traffic: as ENA. No per-flow figure found for OS-bypass traffic',
      efaOnly: 'No IP flows. No per-flow figure found for OS-bypass traffic',
    },
    note: 'A flow is one 5-tuple. Limits from the EC2 bandwidth page (2023 text) and the ENA Express page (as of 2026-08).',
    sources: [S.bandwidth, S.enaExpress, S.placement], // BW3, EX1
  },
  {
    id: 'pps',
    category: 'performance',
    label: 'Packets per second (PPS)',
    values: {
      eni: 'A per-instance allowance, shared by all ENIs (only the link-local allowance is per ENI)',
      ena: 'Higher PPS than paravirtual networking; drops show in `pps_allowance_exceeded`',
      efa: 'IP part: as ENA. OS-bypass part: skips the kernel per message',
      efaOnly: 'OS-bypass only',
    },
    note: 'AWS does not publish a PPS figure per instance type (as of 2026-08). A third-party 2016 test measured about 200 kpps without and about 2 Mpps with SR-IOV enhanced networking.',
    sources: [S.monitoring, S.en, S.bandwidth], // C23, EN1, BW5, BW9
  },
  {
    id: 'latency',
    category: 'performance',
    label: 'Latency',
    values: {
      eni: 'Not an ENI property',
      ena: 'Lower and steadier than without enhanced networking',
      efa: 'Lower and more consistent than TCP for Libfabric traffic',
      efaOnly: 'Lower and more consistent than TCP for Libfabric traffic',
    },
    note: 'AWS gives relative claims only, no absolute latency number for ENA or EFA (as of 2026-08). Community figures vary too much to quote one.',
    sources: [S.en, S.efa, S.placement], // LAT1, LAT4
  },
  {
    id: 'os-bypass',
    category: 'performance',
    label: 'OS-bypass',
    values: {
      eni: 'No',
      ena: 'No: every packet goes through the kernel',
      efa: 'Yes, for Libfabric software on Linux',
      efaOnly: 'Yes: it is the only path',
    },
    sources: [S.efa, S.efaOnlyNews], // EFA2, EFA5
  },
  {
    id: 'sr-iov',
    category: 'performance',
    label: 'SR-IOV',
    values: {
      eni: 'Not an ENI property',
      ena: 'Yes: enhanced networking is built on SR-IOV',
      efa: 'Yes, for its ENA part',
      efaOnly: 'No ENA part; user space reaches the EFA device directly',
    },
    sources: [S.en, S.enaDriver, S.efa], // T5, T6, EFA2
  },
  {
    id: 'kernel-path',
    category: 'performance',
    label: 'Kernel TCP/IP path',
    values: {eni: 'Yes', ena: 'Yes', efa: 'Yes', efaOnly: 'No: no IP address'},
    sources: [S.createEfa, S.efaOnlyNews], // C4, EFA5
  },
  {
    id: 'transport',
    category: 'performance',
    label: 'Transport',
    values: {
      eni: 'IP (TCP, UDP and others)',
      ena: 'IP; ENA Express adds SRD under TCP and UDP',
      efa: 'IP, plus SRD for OS-bypass traffic',
      efaOnly: 'SRD only; peers are addressed by MAC',
    },
    sources: [S.enaExpress, S.efaDriver, S.efaOnlyNews], // T9, T10, EFA3, EFA7
  },

  // ---- Software -----------------------------------------------------------
  {
    id: 'sockets',
    category: 'software',
    label: 'Ordinary socket apps (TCP/UDP)',
    values: {
      eni: 'Yes',
      ena: 'Yes',
      efa: 'Yes, through the ENA part, with ENA behaviour',
      efaOnly: 'No',
    },
    sources: [S.efa, S.createEfa], // C26, C4
  },
  {
    id: 'libfabric',
    category: 'software',
    label: 'Libfabric',
    values: {
      eni: 'Not used',
      ena: 'Not used',
      efa: 'Required for OS-bypass: the `efa` provider, Libfabric 1.7.0 or later',
      efaOnly: 'Required for OS-bypass: the `efa` provider, Libfabric 1.7.0 or later',
    },
    note: 'Version from the EFA docs (as of 2026-08).',
    sources: [S.efa, S.fiEfa], // SW1, SW2
  },
  {
    id: 'mpi',
    category: 'software',
    label: 'MPI',
    values: {
      eni: 'Over TCP, through the kernel',
      ena: 'Over TCP, through the kernel',
      efa: 'Open MPI or Intel MPI over Libfabric',
      efaOnly: 'Open MPI or Intel MPI over Libfabric',
    },
    note: 'AWS named Open MPI 3.1.3+ and Intel MPI 2019 Update 5+ in the 2023 docs; the EFA page as read on 2026-12-02 names Open MPI 4 and later and Intel MPI 2019 Update 5 and later.',
    sources: [S.efa, S.efaStart], // SW5, SW6
  },
  {
    id: 'nccl',
    category: 'software',
    label: 'NCCL',
    values: {
      eni: 'Socket transport only',
      ena: 'Socket transport only',
      efa: 'Through the aws-ofi-nccl plugin (NCCL 2.4.2 or later)',
      efaOnly: 'Through the aws-ofi-nccl plugin (NCCL 2.4.2 or later)',
    },
    note: 'NCCL version from the EFA docs; aws-ofi-nccl needs Libfabric 1.18.0 or later (its INSTALL.md, as of 2026-08).',
    sources: [S.efa, S.ofiNccl], // SW7, SW8, SW10
  },
  {
    id: 'install',
    category: 'software',
    label: 'Software to install',
    values: {
      eni: 'Nothing beyond the driver for the device',
      ena: 'The `ena` kernel driver; current major Linux AMIs already have it',
      efa: 'The EFA installer: kernel module, Libfabric and Open MPI',
      efaOnly: 'The EFA installer: kernel module, Libfabric and Open MPI',
    },
    note: 'AMI list from the 2023 Linux docs (Amazon Linux, Ubuntu linux-aws, RHEL 7.4+, SLES 12 SP2+, Debian 9+ and others).',
    sources: [S.enaHowTo, S.efaStart], // DRV7, EFA24
  },

  // ---- Addressing and security -------------------------------------------
  {
    id: 'ip-addresses',
    category: 'addressing',
    label: 'IP addresses',
    values: {
      eni: 'A primary private IPv4, optional secondary IPv4s, IPv6, one public IPv4',
      ena: 'None of its own: the ENI holds them',
      efa: 'Like any ENI',
      efaOnly: 'None: no IP can be assigned',
    },
    sources: [S.eni, S.createEfa], // ENI1, EFA14
  },
  {
    id: 'elastic-ip',
    category: 'addressing',
    label: 'Elastic IP',
    values: {
      eni: 'Yes, one per private IPv4',
      ena: 'Not applicable: set on the ENI',
      efa: 'Yes, like any ENI',
      efaOnly: 'No',
    },
    sources: [S.eni, S.createEfa], // ENI1, EFA14
  },
  {
    id: 'security-groups',
    category: 'addressing',
    label: 'Security groups',
    values: {
      eni: 'Yes: 5 per ENI by default, up to 16',
      ena: 'Not applicable: set on the ENI',
      efa: 'Yes; the group must allow all traffic in and out to itself',
      efaOnly: 'Yes; the group must allow all traffic in and out to itself',
    },
    note: `Quotas from the VPC quotas page (2023 text). ${R.efaSecurityGroupSelfRef.statement}`,
    sources: [S.vpcQuotas, S.efaStart], // quotas, EFA12, C7
  },
  {
    id: 'source-dest-check',
    category: 'addressing',
    label: 'Source/destination check',
    values: {
      eni: 'On by default; turn it off for NAT, routing or firewall instances',
      ena: 'Not applicable: set on the ENI',
      efa: 'An ENI setting that applies to its IP traffic',
      efaOnly: 'No IP traffic to check',
    },
    sources: [S.eni], // ENI12
  },
  {
    id: 'routing',
    category: 'addressing',
    label: 'Routable beyond the subnet',
    values: {
      eni: 'Yes',
      ena: 'Yes',
      efa: 'IP traffic: yes. OS-bypass traffic: no',
      efaOnly: 'No: OS-bypass traffic only',
    },
    note: `${R.efaTrafficScope.statement} (Checked ${R.efaTrafficScope.asOf}; the 2019-2023 wording said one subnet.)`,
    sources: [S.efa, S.eksEfa], // EFA15, EFA16, C6
  },
  {
    id: 'subnet-az',
    category: 'addressing',
    label: 'Subnet and Availability Zone',
    values: {
      eni: 'Lives in one subnet; attaches only to instances in that AZ',
      ena: 'Not applicable',
      efa: 'As an ENI; it cannot move to another subnet after creation',
      efaOnly: 'As an ENI; it cannot move to another subnet after creation',
    },
    sources: [S.attach, S.createEfa], // ENI2, EFA9
  },

  // ---- Operations ---------------------------------------------------------
  {
    id: 'hot-attach',
    category: 'operations',
    label: 'Attach to a running instance',
    values: {
      eni: 'Yes (hot attach); secondary ENIs can also be detached while running',
      ena: 'Not applicable: nothing to attach',
      efa: 'No: only at launch or while the instance is stopped',
      efaOnly: 'No: only at launch or while the instance is stopped',
    },
    note: `${R.eniAttachWhen.statement} ${R.efaHotAttach.statement}`,
    sources: [S.attach, S.createEfa], // ENI15, ENI16, EFA10, C9
  },
  {
    id: 'enable',
    category: 'operations',
    label: 'How to turn it on',
    values: {
      eni: 'Create it and attach it (console, CLI or API)',
      ena: 'Already on with Nitro types and current AMIs; for old AMIs, `modify-instance-attribute --ena-support` while stopped',
      efa: 'Launch a supported type with an `efa` interface, then run the EFA installer',
      efaOnly: 'Launch with an ENA primary, an `efa-only` interface at card 0 device index 1, and one `efa-only` interface per further card',
    },
    sources: [S.attach, S.enaHowTo, S.efaStart, S.efaMultiCard], // DRV4, C24, EFA24, NC4, EFA6
  },
  {
    id: 'check',
    category: 'operations',
    label: 'How to check it',
    values: {
      eni: '`aws ec2 describe-network-interfaces`',
      ena: '`ethtool -i eth0` shows `driver: ena`; `modinfo ena` shows the module',
      efa: '`fi_info -p efa -t FI_EP_RDM` lists `provider: efa`',
      efaOnly: '`fi_info -p efa -t FI_EP_RDM` lists `provider: efa`',
    },
    sources: [S.eni, S.enaHowTo, S.efaStart], // DRV1, DRV2, EFA25
  },
  {
    id: 'windows',
    category: 'operations',
    label: 'Windows',
    values: {
      eni: 'Yes',
      ena: 'Yes',
      efa: 'Acts as an ENA; OS-bypass only for the AWS CDI SDK',
      efaOnly: 'Not useful: no ENA path to fall back to, and the CDI SDK does not support `efa-only`',
    },
    note: `AWS ships a Windows EFA driver and the efawin library for the Cloud Digital Interface (CDI) SDK; MPI and NCCL OS-bypass is Linux-only. ${R.efaOnlyCdi.statement}`,
    sources: [S.efa, S.efawin], // C5, EFA22, EFA23, efa-only and CDI
  },
  {
    id: 'instance-types',
    category: 'operations',
    label: 'Instance types that support it',
    values: {
      eni: `All ${n(counts.total)} types`,
      ena: `Required on ${n(counts.enaSupport.required)}, optional on ${n(counts.enaSupport.supported)}, unsupported on ${n(counts.enaSupport.unsupported)} types`,
      efa: `${n(counts.efa)} of ${n(counts.total)} types`,
      efaOnly: `The same ${n(counts.efa)} EFA types, on any network card but never as the primary`,
    },
    note: `Counts from the DescribeInstanceTypes data as of ${asOf}; ENA Express is available on ${n(counts.enaExpress)} of them.`,
    sources: [counts.source, S.networkInfo, S.efaMultiCard], // EN9, API1-3, NC4
  },
  {
    id: 'per-instance',
    category: 'operations',
    label: 'How many per instance',
    values: {
      eni: 'Set per type, e.g. 3 on m5.large and 64 on p5.48xlarge',
      ena: 'One ENA device per ENI',
      efa: 'One EFA per network card, e.g. 32 on p5.48xlarge',
      efaOnly: 'One EFA per network card, at card 0 device index 1 or device index 0 of the other cards',
    },
    note: `Examples from the DescribeInstanceTypes data as of ${asOf}. ${R.oneEfaPerCard.statement} ${R.efaCountsTowardEniLimit.statement}`,
    sources: [S.eni, S.eksEfa, S.efaMultiCard, S.networkInfo], // NC3, NC4, NC5, C8
  },
  {
    id: 'cost',
    category: 'operations',
    label: 'Extra cost',
    values: {eni: 'None', ena: 'None', efa: 'None', efaOnly: 'None'},
    note: 'No fee for the ENI itself, enhanced networking or EFA; a public IPv4 address on any ENI costs USD 0.005 per hour (since 2024-02-01). No separate price found for efa-only interfaces (as of 2026-08).',
    sources: [S.en, 'https://aws.amazon.com/hpc/efa/', 'https://aws.amazon.com/vpc/pricing/'], // PR1, PR2, PR5
  },
];
