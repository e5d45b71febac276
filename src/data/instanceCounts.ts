/**
 * Instance-type counts used by the comparison table and the decision helper.
 *
 * Kept in this one small module on purpose: the instance-type importer
 * (scripts/) will regenerate these numbers from the DescribeInstanceTypes
 * data, and nothing else in src/ should hard-code them.
 */
export type InstanceCounts = {
  /** Date of the DescribeInstanceTypes data the counts come from (YYYY-MM-DD). */
  asOf: string;
  /** Where the counts come from (https). */
  source: string;
  /** Instance types in the data. */
  total: number;
  /** Types with `NetworkInfo.EfaSupported: true`. */
  efa: number;
  /** Types by `NetworkInfo.EnaSupport`. */
  ena: {required: number; supported: number; unsupported: number};
  /** Types with `NetworkInfo.EnaSrdSupported: true` (ENA Express). */
  enaExpress: number;
};

export const instanceCounts: InstanceCounts = {
  asOf: '2026-08-02',
  source: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstanceTypes.html',
  total: 1373,
  efa: 298,
  ena: {required: 1299, supported: 25, unsupported: 49},
  enaExpress: 519,
};

/** 1373 -> "1,373", the same on the server and in every browser. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
