/**
 * The types the API dump lacks, in the groups the explorer's "About this data"
 * shows them in: retired, not yet public, announced. The group comes from the
 * importer (`status`, see supplementaryTypes in scripts/lib/instanceSources.ts).
 * Pure: see supplementGroups.test.ts.
 */
import type {SupplementaryType} from '../data/instanceMeta';

type Status = SupplementaryType['status'];

export type SupplementGroup = {status: Status; title: string; about: string; types: SupplementaryType[]};

/** Heading and explanation of each group, in the order they are shown. */
export const SUPPLEMENT_GROUP_TEXT: readonly {status: Status; title: string; about: string}[] = [
  {
    status: 'listed-by-eks-tools',
    title: 'Retired or withdrawn',
    about:
      'The VPC CNI files (generated from DescribeInstanceTypes) or Karpenter and the AWS docs tables list them, but DescribeInstanceTypes no longer returned them. Figures from those files.',
  },
  {
    status: 'karpenter-only',
    title: 'Not in any public listing yet',
    about:
      "Only Karpenter's branch-ENI limits file lists them, and an AWS-internal generator writes that file. DescribeInstanceTypes (moto's dump and the VPC CNI's), the AWS docs tables and Karpenter's price list did not have them, so they are not retired: check the live API before planning on them. Figures (ENIs, IPv4 per ENI, branch ENIs) from Karpenter's file only.",
  },
  {
    status: 'docs-only',
    title: 'Announced',
    about: 'Only the AWS instance-type docs tables list them: bandwidth only.',
  },
];

/** The non-empty groups, in display order; each keeps the input order of its types. */
export function groupSupplementary(types: readonly SupplementaryType[]): SupplementGroup[] {
  return SUPPLEMENT_GROUP_TEXT.map((g) => ({...g, types: types.filter((t) => t.status === g.status)})).filter((g) => g.types.length > 0);
}
