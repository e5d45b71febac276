import {describe, expect, it} from 'vitest';
import {instanceTypes} from '../data/instances';
import {similarTypes, typePageDescription, typePagePath} from './instanceTypePage';

const get = (n: string) => instanceTypes.find((t) => t.type === n)!;

describe('per-type pages', () => {
  it('maps type names to paths', () => {
    expect(typePagePath('p5.48xlarge')).toBe('/docs/types/p5.48xlarge');
  });
  it('describes a type with its figures', () => {
    expect(typePageDescription(get('p5.48xlarge'), '2026-08-02')).toBe(
      'p5.48xlarge: 32 network cards, 64 ENIs, 50 IPv4 per ENI, up to 32 EFAs, ENA required, ENA Express supported, 3200 Gigabit; EKS max pods 100. DescribeInstanceTypes data as of 2026-08-02.',
    );
    expect(typePageDescription(get('m5.large'), 'x')).toMatch(/^m5\.large: 1 network card, 3 ENIs, 10 IPv4 per ENI, no EFA,/);
  });
  it('lists neighbouring sizes of the same family', () => {
    const m5 = similarTypes(get('m5.2xlarge'), instanceTypes).map((t) => t.type);
    expect(m5).toEqual(['m5.large', 'm5.xlarge', 'm5.4xlarge', 'm5.8xlarge', 'm5.12xlarge']);
    expect(similarTypes(get('m5.large'), instanceTypes).map((t) => t.type)).toEqual(['m5.xlarge', 'm5.2xlarge', 'm5.4xlarge']);
    expect(similarTypes(get('p5.48xlarge'), instanceTypes).every((t) => t.family === 'p5')).toBe(true);
  });
});
