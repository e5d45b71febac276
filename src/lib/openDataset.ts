/**
 * The open dataset: /data/instance-types.json and /data/instance-types.csv
 * (+ instance-types.csv-metadata.json), written at build time by
 * src/plugins/open-dataset from the same decoded data the explorer uses.
 *
 * One row per instance type: every API type, then the types the API dump
 * lacks (retired, not yet public, or announced), marked by `source`, with null for unknown.
 * Pure: see openDataset.test.ts.
 */
import {baselineGbps, maxPods, peakGbps} from './instanceCalc';
import {regionsOffering, type InstanceType} from './instanceData';
import type {ImportProvenance, SupplementaryType} from '../data/instanceMeta';

export type DatasetValue = string | number | boolean | null | readonly (string | number | null)[];
export type DatasetRow = Record<string, DatasetValue>;

export type DatasetColumn = {
  name: string;
  /** JSON type as written: number, integer, boolean, string, or a list of those. */
  type: string;
  description: string;
  /** Where the value comes from. */
  source: string;
};

const API = 'DescribeInstanceTypes (NetworkInfo)';

export const DATASET_COLUMNS: readonly DatasetColumn[] = [
  {name: 'type', type: 'string', description: 'Instance type name', source: API},
  {
    name: 'source',
    type: 'string',
    description:
      '"api": a DescribeInstanceTypes record. "eks-tools": not in the API dump; figures from the VPC CNI / Karpenter generated files (retired or withdrawn types). "karpenter-only": only Karpenter\'s limits file (AWS-internal generator) lists it, no public listing does yet; figures from that file. "docs-only": only the AWS docs tables list it (announced types).',
    source: 'importer',
  },
  {name: 'vcpus', type: 'integer', description: 'Default vCPUs', source: 'DescribeInstanceTypes (VCpuInfo)'},
  {name: 'ena', type: 'string', description: 'EnaSupport: required, supported or unsupported', source: API},
  {name: 'efaSupported', type: 'boolean', description: 'EfaSupported', source: API},
  {name: 'maxEfa', type: 'integer', description: 'EfaInfo.MaximumEfaInterfaces (0 = no EFA)', source: API},
  {name: 'enaExpress', type: 'boolean', description: 'ENA Express (EnaSrdSupported)', source: API},
  {
    name: 'maxEni',
    type: 'integer',
    description: 'MaximumNetworkInterfaces, all network cards together',
    source: `${API}; eks-tools rows: Karpenter Interface / VPC CNI card sum`,
  },
  {name: 'ipv4PerEni', type: 'integer', description: 'Ipv4AddressesPerInterface', source: `${API}; eks-tools rows: Karpenter / VPC CNI`},
  {name: 'ipv6PerEni', type: 'integer', description: 'Ipv6AddressesPerInterface', source: API},
  {name: 'networkCards', type: 'integer', description: 'MaximumNetworkCards', source: `${API}; eks-tools rows: Karpenter / VPC CNI`},
  {name: 'networkPerformance', type: 'string', description: 'NetworkPerformance label ("Up to" = burst ceiling)', source: API},
  {
    name: 'baselineGbps',
    type: 'number',
    description: "Baseline bandwidth, Gbps: the single card's BaselineBandwidthInGbps, or the instance label on multi-card types (cards are not added up)",
    source: API,
  },
  {name: 'peakGbps', type: 'number', description: 'Burst bandwidth, Gbps (PeakBandwidthInGbps, or the instance label on multi-card types)', source: API},
  {
    name: 'docsBaselineGbps',
    type: 'number',
    description: 'Baseline bandwidth in the AWS docs tables. For api rows set only where it differs from baselineGbps beyond rounding (a disagreement)',
    source: 'AWS instance-type docs tables, via Karpenter zz_generated.bandwidth.go',
  },
  {name: 'cardBaselineGbps', type: 'number[]', description: 'BaselineBandwidthInGbps of each network card, by card index (CSV: separated by ";")', source: API},
  {name: 'cardPeakGbps', type: 'number[]', description: 'PeakBandwidthInGbps of each network card (CSV: ";")', source: API},
  {name: 'cardMaxEni', type: 'integer[]', description: 'MaximumNetworkInterfaces of each network card (CSV: ";")', source: API},
  {name: 'defaultEnaQueues', type: 'integer', description: 'DefaultEnaQueueCountPerInterface on the default card', source: API},
  {name: 'maxEnaQueuesPerEni', type: 'integer', description: 'MaximumEnaQueueCountPerInterface on the default card (flexible ENA queues only)', source: API},
  {name: 'flexibleEnaQueues', type: 'boolean', description: 'FlexibleEnaQueuesSupport = supported', source: API},
  {name: 'bandwidthWeighting', type: 'boolean', description: 'BandwidthWeightings offers vpc-1 / ebs-1', source: API},
  {name: 'tcpEstablishedTimeout', type: 'integer', description: 'ConnectionTrackingConfiguration.DefaultTcpEstablishedTimeout, seconds', source: API},
  {name: 'udpStreamTimeout', type: 'integer', description: 'ConnectionTrackingConfiguration.DefaultUdpStreamTimeout, seconds', source: API},
  {name: 'udpTimeout', type: 'integer', description: 'ConnectionTrackingConfiguration.DefaultUdpTimeout, seconds', source: API},
  {name: 'encryptionInTransit', type: 'boolean', description: 'EncryptionInTransitSupported', source: API},
  {name: 'currentGeneration', type: 'boolean', description: 'CurrentGeneration', source: 'DescribeInstanceTypes'},
  {name: 'bareMetal', type: 'boolean', description: 'BareMetal', source: 'DescribeInstanceTypes; eks-tools rows: Karpenter / VPC CNI'},
  {
    name: 'hypervisor',
    type: 'string',
    description: 'Hypervisor: nitro, xen, or null (bare metal)',
    source: 'DescribeInstanceTypes; eks-tools rows: Karpenter / VPC CNI',
  },
  {
    name: 'vpcCniMaxPods',
    type: 'integer',
    description: 'ENIs on the default card × (IPv4 per ENI − 1) + 2: the VPC CNI formula without any cap (eks-tools rows: eni-max-pods.txt)',
    source: 'computed; eks-tools rows: VPC CNI eni-max-pods.txt',
  },
  {name: 'branchEni', type: 'integer', description: 'Branch ENIs per trunk ENI (security groups for pods)', source: 'Karpenter zz_generated.vpclimits.go'},
  {name: 'regions', type: 'string[]', description: 'Regions offering the type (CSV: ";")', source: 'DescribeInstanceTypeOfferings (location type region)'},
  {
    name: 'zoneIds',
    type: 'string[]',
    description: 'Zone IDs offering the type (CSV: ";"). Zone IDs, not names: names map to zones differently per account',
    source: 'DescribeInstanceTypeOfferings (location type availability-zone-id)',
  },
  {name: 'unknown', type: 'string[]', description: 'For non-api rows: the fields no source gives (CSV: ";")', source: 'importer'},
];

export function apiRow(t: InstanceType, zoneRegion: ReadonlyMap<string, string>): DatasetRow {
  const def = t.cards[t.defaultCard];
  return {
    type: t.type,
    source: 'api',
    vcpus: t.vcpus,
    ena: t.ena,
    efaSupported: t.efaSupported,
    maxEfa: t.maxEfa,
    enaExpress: t.enaExpress,
    maxEni: t.maxEni,
    ipv4PerEni: t.ipv4PerEni,
    ipv6PerEni: t.ipv6PerEni,
    networkCards: t.cards.length,
    networkPerformance: t.networkPerformance,
    baselineGbps: baselineGbps(t),
    peakGbps: peakGbps(t),
    docsBaselineGbps: t.docsBaselineGbps ?? null,
    cardBaselineGbps: t.cards.map((c) => c.baselineGbps),
    cardPeakGbps: t.cards.map((c) => c.peakGbps),
    cardMaxEni: t.cards.map((c) => c.maxEni),
    defaultEnaQueues: def?.defaultEnaQueues ?? null,
    maxEnaQueuesPerEni: def?.maxEnaQueuesPerEni ?? null,
    flexibleEnaQueues: t.flexibleEnaQueues ?? false,
    bandwidthWeighting: t.bandwidthWeighting ?? false,
    tcpEstablishedTimeout: t.connTrack?.tcpEstablished ?? null,
    udpStreamTimeout: t.connTrack?.udpStream ?? null,
    udpTimeout: t.connTrack?.udp ?? null,
    encryptionInTransit: t.encryptionInTransit,
    currentGeneration: t.currentGeneration,
    bareMetal: t.bareMetal,
    hypervisor: t.hypervisor,
    vpcCniMaxPods: maxPods(t).secondaryIp.value,
    branchEni: t.branchEni,
    regions: regionsOffering(t, zoneRegion) ?? [],
    zoneIds: t.zoneIds ?? [],
    unknown: [],
  };
}

/** The `source` value of a row the API dump lacks, by its group. */
export const DATASET_SOURCE: Record<SupplementaryType['status'], string> = {
  'listed-by-eks-tools': 'eks-tools',
  'karpenter-only': 'karpenter-only',
  'docs-only': 'docs-only',
};

export function supplementaryRow(s: SupplementaryType): DatasetRow {
  const row: DatasetRow = {};
  for (const c of DATASET_COLUMNS) row[c.name] = null;
  return {
    ...row,
    type: s.type,
    source: DATASET_SOURCE[s.status],
    maxEni: s.maxEni,
    ipv4PerEni: s.ipv4PerEni,
    networkCards: s.cards,
    networkPerformance: s.docsBandwidthLabel,
    docsBaselineGbps: s.docsBaselineGbps,
    bareMetal: s.bareMetal,
    hypervisor: s.hypervisor,
    vpcCniMaxPods: s.maxPods,
    branchEni: s.branchEni,
    cardBaselineGbps: [],
    cardPeakGbps: [],
    cardMaxEni: [],
    regions: [],
    zoneIds: [],
    unknown: s.unknown,
  };
}

export type Dataset = {
  title: string;
  licence: string;
  attribution: string;
  generated: string;
  provenance: ImportProvenance;
  columns: readonly DatasetColumn[];
  types: DatasetRow[];
};

export const DATASET_LICENCE = 'Apache-2.0';
export const DATASET_ATTRIBUTION =
  'Derived from getmoto/moto (instance_types.json and instance_type_offerings, Apache-2.0), aws/karpenter-provider-aws (Apache-2.0; Karpenter, Copyright Amazon.com, Inc. or its affiliates) and aws/amazon-vpc-cni-k8s (Apache-2.0). Values are what the EC2 DescribeInstanceTypes / DescribeInstanceTypeOfferings APIs and the AWS docs tables returned at the dates given in provenance; check the live API before relying on them.';

export function buildDataset(
  types: readonly InstanceType[],
  supplementary: readonly SupplementaryType[],
  zoneRegion: ReadonlyMap<string, string>,
  provenance: ImportProvenance,
): Dataset {
  return {
    title: 'EC2 instance types: network limits and where they are offered',
    licence: DATASET_LICENCE,
    attribution: DATASET_ATTRIBUTION,
    generated: provenance.importDate,
    provenance,
    columns: DATASET_COLUMNS,
    types: [...types.map((t) => apiRow(t, zoneRegion)), ...supplementary.map(supplementaryRow)],
  };
}

function csvCell(v: DatasetValue): string {
  const text = v === null ? '' : Array.isArray(v) ? v.map((x) => (x === null ? '' : String(x))).join(';') : String(v);
  // Spreadsheet formula guard, then RFC 4180 quoting.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV, header row of column names, CRLF line ends, no comment lines (see the metadata file). */
export function datasetCsv(d: Dataset): string {
  const names = d.columns.map((c) => c.name);
  const lines = [names.join(',')];
  for (const r of d.types) lines.push(names.map((n) => csvCell(r[n] ?? null)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** W3C "CSV on the Web" metadata for the CSV: licence, provenance and the column schema. */
export function datasetCsvMetadata(d: Dataset, csvName = 'instance-types.csv'): object {
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    url: csvName,
    'dc:title': d.title,
    'dc:license': d.licence,
    'dc:source': d.attribution,
    'dc:created': d.generated,
    provenance: d.provenance,
    tableSchema: {
      columns: d.columns.map((c) => ({name: c.name, titles: c.name, datatype: c.type, 'dc:description': c.description, 'dc:source': c.source})),
      primaryKey: 'type',
    },
  };
}
