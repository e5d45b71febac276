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
  importDate: string;
};
