import {describe, expect, it} from 'vitest';
import {instanceTypes} from '../data/instances';
import {baselineGbps, efaLayout, isBurstLabel, labelGbps, maxPods, multiCardCaveat, peakGbps, totalPrivateIpv4} from './instanceCalc';

const get = (n: string) => {
  const t = instanceTypes.find((x) => x.type === n);
  if (!t) throw new Error(`no ${n}`);
  return t;
};

describe('max pods (EKS VPC CNI)', () => {
  it('gives the known secondary-IP values', () => {
    expect(maxPods(get('m5.large')).secondaryIp.value).toBe(29);
    expect(maxPods(get('t3.micro')).secondaryIp.value).toBe(4);
    // Only the default card counts: 2 ENIs × 49 + 2.
    expect(maxPods(get('p5.48xlarge')).secondaryIp.value).toBe(100);
    expect(maxPods(get('p5.48xlarge')).secondaryIp.working).toContain('default card');
  });

  it('matches every line of the VPC CNI eni-max-pods.txt that the data shares', () => {
    // Small sample copied from aws/amazon-vpc-cni-k8s misc/eni-max-pods.txt (2026-08-11).
    const sample: Record<string, number> = {'c5.large': 29, 'c5n.18xlarge': 737, 'm5.24xlarge': 737, 't3.nano': 4, 'p4d.24xlarge': 737};
    for (const [n, v] of Object.entries(sample)) expect(maxPods(get(n)).secondaryIp.value, n).toBe(v);
  });

  it('uses ENIs − 1 for custom networking', () => {
    expect(maxPods(get('m5.large')).customNetworking.value).toBe(2 * 9 + 2);
    expect(maxPods(get('t3.micro')).customNetworking.value).toBe(1 * 1 + 2);
  });

  it('multiplies slots by 16 with prefix delegation and caps at 110 / 250 by vCPUs', () => {
    const m5 = maxPods(get('m5.large'));
    expect(m5.prefixDelegation?.value).toBe(110); // 3 × 9 × 16 + 2 = 434, 2 vCPUs
    expect(m5.prefixDelegation?.working).toContain('434');
    expect(maxPods(get('t3.micro')).prefixDelegation?.value).toBe(34); // 2 × 1 × 16 + 2
    expect(maxPods(get('m5.8xlarge')).prefixDelegation?.value).toBe(250); // 32 vCPUs
    expect(maxPods(get('m5.8xlarge')).cap).toBe(250);
    expect(maxPods(get('c5.4xlarge')).cap).toBe(110); // 16 vCPUs
  });

  it('gives no prefix figure on Xen types', () => {
    const t2 = maxPods(get('t2.micro'));
    expect(t2.prefixDelegation).toBeNull();
    expect(t2.prefixNote).toMatch(/Nitro/);
    expect(maxPods(get('c5.metal')).prefixDelegation).not.toBeNull();
  });
});

describe('other calculators', () => {
  it('counts total private IPv4 over all cards', () => {
    expect(totalPrivateIpv4(get('m5.large')).value).toBe(30);
    expect(totalPrivateIpv4(get('p5.48xlarge')).value).toBe(64 * 50);
  });

  it('describes the EFA layout within what the sources say', () => {
    const p5 = efaLayout(get('p5.48xlarge'));
    expect([p5.maxEfa, p5.cards]).toEqual([32, 32]);
    expect(p5.lines.join(' ')).toMatch(/one on each of the 32 network cards/);
    // AWS efa-acc-inst-types: the primary is never efa-only, and card 0 keeps an efa-only EFA at device index 1.
    expect(p5.lines.join(' ')).toMatch(/never be an efa-only/);
    expect(p5.lines.join(' ')).toMatch(/network card 0 at device index 1/);
    expect(p5.lines.join(' ')).not.toMatch(/card 0 cannot take an EFA-only/i);
    expect(efaLayout(get('c5n.18xlarge')).lines.join(' ')).toMatch(/efa-only interface at device index 1 beside an ENA primary/);
    expect(efaLayout(get('p6-b300.48xlarge')).lines[0]).toMatch(/16 of the 17 network cards/);
    expect(efaLayout(get('c5n.18xlarge')).lines[0]).toMatch(/^1 EFA/);
    expect(efaLayout(get('m5.large')).supported).toBe(false);
  });

  it('warns about multi-card types and does not add up cards', () => {
    expect(multiCardCaveat(get('m5.large'))).toBeNull();
    const c6in = multiCardCaveat(get('c6in.32xlarge'))!;
    expect(c6in).toMatch(/must not be added up/);
    expect(c6in).toMatch(/400 Gbps, which is not/);
    expect(baselineGbps(get('c6in.32xlarge'))).toBe(200);
    expect(baselineGbps(get('p5.48xlarge'))).toBe(3200);
  });

  it('says the per-card sum is not the bandwidth only where it differs from the rating', () => {
    // p5.48xlarge: 32 cards × 100 Gbps = 3200 Gbps, its rating; the old text called that sum wrong.
    const p5 = multiCardCaveat(get('p5.48xlarge'))!;
    expect(p5).not.toMatch(/which is not the instance's bandwidth/);
    expect(p5).not.toMatch(/would give 3200 Gbps/);
    expect(multiCardCaveat(get('p4d.24xlarge'))).not.toMatch(/which is not the instance's bandwidth/);
  });

  it('parses bandwidth labels and treats "Up to" as a burst ceiling', () => {
    expect(labelGbps('4x 100 Gigabit')).toBe(400);
    expect(labelGbps('Up to 12.5 Gigabit')).toBe(12.5);
    expect(labelGbps('Moderate')).toBeNull();
    expect(isBurstLabel('Up to 10 Gigabit')).toBe(true);
    expect(isBurstLabel('10 Gigabit')).toBe(false);
    expect(baselineGbps(get('m5.large'))).toBe(0.75);
    expect(peakGbps(get('m5.large'))).toBe(10);
  });
});
