/**
 * Types of the generated module src/data/instanceCounts.ts, kept by hand here
 * so the generator (scripts/lib/instanceOutput.ts) writes only values.
 */

export type InstanceCounts = {
  /** Instance types in the data. */
  total: number;
  /** Types with EfaSupported = true. */
  efa: number;
  /** Types with EnaSrdSupported = true (ENA Express). */
  enaExpress: number;
  /** Types with more than one network card. */
  multiCard: number;
  /** Types by EnaSupport value. */
  enaSupport: {required: number; supported: number; unsupported: number};
  /** Upstream version date of the DescribeInstanceTypes data (YYYY-MM-DD). */
  asOf: string;
  /** https URL of the upstream data file at the imported commit. */
  source: string;
};

/** One upstream file the data came from. */
export type DataProvenance = {
  repository: string;
  path: string;
  commit: string;
  versionDate: string;
  licence: string;
  url: string;
};

/** Where the instance data came from and when it was imported. */
export type ImportProvenance = {
  instances: DataProvenance;
  karpenter: (DataProvenance & {generated: string}) | null;
  /** DescribeInstanceTypeOfferings (by Region and zone ID); absent in imports without it. */
  offerings?: ExtraProvenance | null;
  /** Docs-derived baseline bandwidth (Karpenter's generated bandwidth file). */
  docsBandwidth?: ExtraProvenance | null;
  /** VPC CNI limits and eni-max-pods.txt (used for types not in the API dump). */
  vpcCni?: ExtraProvenance | null;
  importDate: string;
};

/** Where the API's baseline bandwidth and the AWS documentation tables disagree beyond rounding. */
export type Disagreement = {type: string; apiGbps: number; docsGbps: number};

/** One changed network limit between two imports. */
export type LimitChange = {type: string; field: string; from: number | string | boolean | null; to: number | string | boolean | null};

/** "New since the previous import", kept by the importer. */
export type ImportChanges = {
  /** The DescribeInstanceTypes version the previous import used (null: no previous import). */
  from: {versionDate: string; commit: string} | null;
  to: {versionDate: string; commit: string};
  added: string[];
  removed: string[];
  changed: LimitChange[];
};

/**
 * An instance type the API dump does not have: listed by the EKS tools' files
 * (retired types like p3, f1, dl1), only by Karpenter's AWS-internal limits
 * file (types no public listing has yet, like the Graviton flex sizes), or
 * only by the docs tables (announced types).
 * Never mixed into the API records: every figure names its source.
 */
export type SupplementaryType = {
  type: string;
  family: string;
  size: string;
  /**
   * listed-by-eks-tools: the VPC CNI files (or Karpenter and the docs tables) have it: retired or withdrawn.
   * karpenter-only: only Karpenter's vpclimits (AWS-internal generator) has it: in no public listing yet.
   * docs-only: only the AWS docs tables have it: announced.
   */
  status: 'listed-by-eks-tools' | 'karpenter-only' | 'docs-only';
  /** Which files the figures come from (human-readable). */
  sources: string[];
  maxEni: number | null;
  ipv4PerEni: number | null;
  cards: number | null;
  hypervisor: string | null;
  bareMetal: boolean | null;
  branchEni: number | null;
  trunking: boolean | null;
  /** VPC CNI default max pods (eni-max-pods.txt). */
  maxPods: number | null;
  docsBaselineGbps: number | null;
  /** "Moderate", "High"... where the docs give only a word. */
  docsBandwidthLabel: string | null;
  /** Fields no source gives for this type. */
  unknown: string[];
};

/** Provenance of one extra input file (offerings, bandwidth, limits). */
export type ExtraProvenance = DataProvenance & {note?: string};
