import {describe, expect, it} from 'vitest';
import {supplementaryTypes} from '../data/instances';
import {SUPPLEMENT_GROUP_TEXT, groupSupplementary} from './supplementGroups';

const groups = groupSupplementary(supplementaryTypes);
const names = (status: string) => groups.find((g) => g.status === status)?.types.map((t) => t.type) ?? [];

describe('types the API dump lacks, by group', () => {
  it('keeps every type once, in its group', () => {
    expect(groups.flatMap((g) => g.types)).toHaveLength(supplementaryTypes.length);
    expect(groups.map((g) => g.status)).toEqual(SUPPLEMENT_GROUP_TEXT.map((g) => g.status));
  });

  it('does not call the Graviton flex sizes retired: only Karpenter lists them, no public listing does', () => {
    const flex = supplementaryTypes.filter((t) => /-flex\./.test(t.type));
    expect(flex).toHaveLength(28);
    expect(names('karpenter-only').sort()).toEqual(flex.map((t) => t.type).sort());
    expect(names('karpenter-only').every((n) => /^[cm][78]g-flex\./.test(n))).toBe(true);
    expect(names('listed-by-eks-tools').some((n) => n.includes('-flex.'))).toBe(false);
    // Where their figures come from: Karpenter's file only, with branch ENIs but no VPC CNI max pods or docs bandwidth.
    for (const t of flex) {
      expect(t.sources).toEqual([expect.stringMatching(/^Karpenter /)]);
      expect(t.branchEni).not.toBeNull();
      expect(t.maxPods).toBeNull();
      expect(t.docsBaselineGbps).toBeNull();
    }
    expect(SUPPLEMENT_GROUP_TEXT.find((g) => g.status === 'karpenter-only')?.about).toMatch(/Karpenter/);
  });

  it('keeps retired and announced types in their groups', () => {
    expect(names('listed-by-eks-tools')).toEqual(expect.arrayContaining(['p3.16xlarge', 'f1.2xlarge', 'dl1.24xlarge', 'cr1.8xlarge']));
    expect(names('docs-only')).toEqual(expect.arrayContaining(['p6e-gb200.36xlarge', 'g3.4xlarge']));
  });

  it('leaves out empty groups', () => {
    expect(groupSupplementary([])).toEqual([]);
  });
});
