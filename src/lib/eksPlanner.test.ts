import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {instanceTypes} from '../data/instances';
import type {InstanceType} from './instanceData';
import {
  checkTargets,
  plan,
  prefixPool,
  secondaryPool,
  smallestPrefixSubnet,
  smallestSubnet,
  standardMaxPods,
  type PlanInput,
  type WarmTargets,
} from './eksPlanner';

const byName = new Map(instanceTypes.map((t) => [t.type, t]));
function type(name: string): InstanceType {
  const t = byName.get(name);
  if (!t) throw new Error(`${name} missing from the data`);
  return t;
}
const none: WarmTargets = {warmEni: null, warmIp: null, minIp: null, warmPrefix: null};
const targets = (t: Partial<WarmTargets>): WarmTargets => ({...none, ...t});
const input = (p: Partial<PlanInput>): PlanInput => ({
  nodes: 100,
  mode: 'secondary',
  multiNic: false,
  targets: none,
  pods: null,
  sgPods: 0,
  ...p,
});

/*
 * Worked examples from the VPC CNI's own documentation, table "Some example cases":
 * https://github.com/aws/amazon-vpc-cni-k8s/blob/master/docs/eni-and-ip-target.md
 * (read 2026-12-02). t3.small: 3 ENIs × 4 IPv4 (3 secondary per ENI);
 * p3dn.24xlarge: 15 ENIs × 50 IPv4 (49 per ENI). "Pods" there are pods with VPC addresses.
 * Columns: WARM_ENI_TARGET, WARM_IP_TARGET, MINIMUM_IP_TARGET, pods, ENIs, secondary IPs, unused IPs.
 */
const SECONDARY_EXAMPLES: [string, number, number, number | null, number | null, number | null, number, number, number, number][] = [
  ['t3.small', 3, 3, 1, null, null, 0, 1, 3, 3],
  ['t3.small', 3, 3, 1, null, null, 5, 3, 9, 4],
  ['t3.small', 3, 3, 1, null, null, 9, 3, 9, 0],
  ['t3.small', 3, 3, null, 1, 1, 0, 1, 1, 1],
  ['t3.small', 3, 3, null, 1, 1, 5, 2, 6, 1],
  ['t3.small', 3, 3, null, 1, 1, 9, 3, 9, 0],
  ['t3.small', 3, 3, null, 2, 5, 0, 2, 5, 5],
  ['t3.small', 3, 3, null, 2, 5, 5, 3, 7, 2],
  ['t3.small', 3, 3, null, 2, 5, 9, 3, 9, 0],
  ['p3dn.24xlarge', 15, 49, 1, null, null, 0, 1, 49, 49],
  ['p3dn.24xlarge', 15, 49, 1, null, null, 3, 2, 98, 95],
  ['p3dn.24xlarge', 15, 49, 1, null, null, 95, 3, 147, 52],
  ['p3dn.24xlarge', 15, 49, null, 5, 10, 0, 1, 10, 10],
  ['p3dn.24xlarge', 15, 49, null, 5, 10, 7, 1, 12, 5],
  ['p3dn.24xlarge', 15, 49, null, 5, 10, 15, 1, 20, 5],
  ['p3dn.24xlarge', 15, 49, null, 5, 10, 45, 2, 50, 5],
];

/*
 * https://github.com/aws/amazon-vpc-cni-k8s/blob/master/docs/prefix-and-ip-target.md, table
 * "Examples" (read 2026-12-02). Columns: WARM_PREFIX_TARGET, WARM_IP_TARGET,
 * MINIMUM_IP_TARGET, pods, attached prefixes, unused IPs, ENIs (null = not checked).
 * Left out: the t3.small row "7 / 20 / 0 pods", which lists 1 attached prefix but
 * "2" prefixes per ENI (16 unused IPs): the row contradicts itself, and
 * max(0 + 7, 20) = 20 addresses need 2 prefixes. The p3dn.24xlarge rows' ENI
 * column (2 and 3 ENIs holding prefixes "3,0" and "7,0,0") is not checked: it
 * repeats the ENI counts of the secondary-IP table while every prefix sits on one ENI.
 */
const PREFIX_EXAMPLES: [string, number, number, number | null, number | null, number | null, number, number, number, number | null][] = [
  ['t3.small', 3, 3, 1, null, null, 0, 1, 16, 1],
  ['t3.small', 3, 3, 1, null, null, 5, 2, 27, 1],
  ['t3.small', 3, 3, 1, null, null, 16, 2, 16, 1],
  ['t3.small', 3, 3, 1, null, null, 17, 3, 31, 1],
  ['t3.small', 3, 3, 1, null, null, 58, 5, 22, 2],
  ['t3.small', 3, 3, null, 1, 1, 0, 1, 16, 1],
  ['t3.small', 3, 3, null, 1, 1, 5, 1, 11, 1],
  ['t3.small', 3, 3, null, 1, 1, 17, 2, 15, 1],
  ['t3.small', 3, 3, null, 1, 1, 58, 4, 6, 2],
  ['t3.small', 3, 3, null, 7, 20, 5, 2, 27, 1],
  ['t3.small', 3, 3, null, 7, 20, 17, 2, 15, 1],
  ['t3.small', 3, 3, null, 7, 20, 58, 5, 22, 2],
  ['p3dn.24xlarge', 15, 49, 1, null, null, 0, 1, 16, null],
  ['p3dn.24xlarge', 15, 49, 1, null, null, 3, 2, 29, null],
  ['p3dn.24xlarge', 15, 49, 1, null, null, 95, 7, 17, null],
  ['p3dn.24xlarge', 15, 49, null, 5, 10, 0, 1, 16, null],
  ['p3dn.24xlarge', 15, 49, null, 5, 10, 7, 1, 9, null],
  ['p3dn.24xlarge', 15, 49, null, 5, 10, 15, 2, 17, null],
  ['p3dn.24xlarge', 15, 49, null, 5, 10, 45, 4, 19, null],
];

describe('warm pool: the VPC CNI documentation examples', () => {
  it.each(SECONDARY_EXAMPLES)(
    '%s secondary IPs: WARM_ENI %s/%s, targets %s/%s/%s, %s pods → %s ENIs, %s IPs, %s unused',
    (_name, enis, per, warmEni, warmIp, minIp, pods, wantEnis, wantIps, wantFree) => {
      const pool = secondaryPool(pods, enis, per, targets({warmEni, warmIp, minIp}));
      expect([pool.enis, pool.podAddresses, pool.free]).toEqual([wantEnis, wantIps, wantFree]);
    },
  );
  it.each(PREFIX_EXAMPLES)(
    '%s prefixes: %s ENIs × %s slots, targets %s/%s/%s, %s pods → %s prefixes, %s unused',
    (_name, enis, slots, warmPrefix, warmIp, minIp, pods, wantPrefixes, wantFree, wantEnis) => {
      const pool = prefixPool(pods, enis, slots, targets({warmPrefix, warmIp, minIp}));
      expect([pool.prefixes, pool.free]).toEqual([wantPrefixes, wantFree]);
      if (wantEnis !== null) expect(pool.enis).toBe(wantEnis);
    },
  );
  it('the data agrees with the limits the examples assume', () => {
    expect([type('t3.small').maxEni, type('t3.small').ipv4PerEni]).toEqual([3, 4]);
  });
});

describe('default mode equals the VPC CNI eni-max-pods.txt on every type', () => {
  // tests/fixtures/eni-max-pods.txt: aws/amazon-vpc-cni-k8s misc/eni-max-pods.txt (2026-08-11).
  const lines = fs.readFileSync(path.join(__dirname, '../../tests/fixtures/eni-max-pods.txt'), 'utf8').split('\n');
  const expected = new Map(
    lines
      .filter((l) => /^[a-z0-9]/.test(l))
      .map((l) => {
        const [name, value] = l.trim().split(/\s+/);
        return [name ?? '', Number(value)] as const;
      }),
  );
  const shared = instanceTypes.filter((t) => expected.has(t.type));
  it('covers almost every type in the data', () => {
    expect(shared.length).toBeGreaterThan(1300);
  });
  it('matches on every shared type: the formula, nodeadm and Karpenter defaults; the value to set adds the ceiling', () => {
    const wrong = shared.filter((t) => {
      const want = expected.get(t.type) ?? -1;
      const p = plan(t, input({})).maxPods;
      return (
        standardMaxPods(t).value !== want ||
        p.formula.value !== want ||
        p.nodeadm.value !== want ||
        p.karpenter.value !== want ||
        p.recommended.value !== Math.min(want, p.ceiling.value)
      );
    });
    expect(wrong.map((t) => t.type)).toEqual([]);
  });
});

describe('max pods in each mode', () => {
  it('c5.18xlarge: the formula gives 737 pods, the recommendation 250', () => {
    const p = plan(type('c5.18xlarge'), input({})).maxPods;
    expect([p.formula.value, p.nodeadm.value, p.recommended.value]).toEqual([737, 737, 250]);
    expect(p.nodeadm.working).toMatch(/to 250/);
  });
  it('m5.large: 29 / 110 / 20 / 110', () => {
    const t = type('m5.large');
    expect(plan(t, input({mode: 'secondary'})).maxPods.recommended.value).toBe(29);
    const prefix = plan(t, input({mode: 'prefix'})).maxPods;
    expect(prefix.formula.value).toBe(3 * 9 * 16 + 2);
    expect(prefix.recommended.value).toBe(110);
    expect(prefix.nodeadm.value).toBe(29);
    expect(prefix.nodeadm.working).toMatch(/Set maxPods .* to 110/);
    expect(plan(t, input({mode: 'custom'})).maxPods.recommended.value).toBe(20);
    expect(plan(t, input({mode: 'ipv6'})).maxPods.recommended.value).toBe(110);
  });
  it('p5.48xlarge counts network card 0 only and gets the 250 ceiling in prefix mode', () => {
    const t = type('p5.48xlarge');
    const p = plan(t, input({})).maxPods;
    expect(p.recommended.value).toBe(100);
    expect(p.formula.working).toMatch(/network card 0 only, of 32/);
    expect(plan(t, input({mode: 'prefix'})).maxPods.recommended.value).toBe(250);
  });
  it('a Xen type cannot use prefixes: secondary mode with a notice', () => {
    const t = type('m4.large');
    const p = plan(t, input({mode: 'prefix'}));
    expect(p.mode).toBe('secondary');
    expect(p.notices.join(' ')).toMatch(/not Nitro-based/);
  });
});

describe('subnet addresses', () => {
  it('m5.large, 100 nodes at max pods, default settings', () => {
    const p = plan(type('m5.large'), input({}));
    // 29 pods − 2 host-network = 27 pods; ⌈27/9⌉ + 1 = 4 → capped at 3 ENIs, 27 IPs.
    expect(p.node.pool?.enis).toBe(3);
    expect(p.node.nodeSubnet).toBe(3 + 27);
    expect(p.group.nodeSubnet).toBe(3000);
    expect(p.group.nodeSubnetSize.prefixLength).toBe(20);
  });
  it('the warm ENI is what a lightly loaded node pays for', () => {
    const p = plan(type('m5.large'), input({pods: 10}));
    // 8 pods: ⌈8/9⌉ + 1 = 2 ENIs, 18 IPs.
    expect(p.node.nodeSubnet).toBe(2 + 18);
  });
  it('custom networking splits node and pod subnets', () => {
    const p = plan(type('m5.large'), input({mode: 'custom'}));
    expect(p.node.nodeSubnet).toBe(1);
    expect(p.node.podSubnet).toBe(2 + 18);
    expect(p.group.podSubnetSize?.prefixLength).toBe(21);
  });
  it('IPv6 takes one IPv4 address per node', () => {
    const p = plan(type('m5.large'), input({mode: 'ipv6'}));
    expect(p.group.nodeSubnet).toBe(100);
    expect(p.group.nodeSubnetSize.prefixLength).toBe(25);
  });
  it('prefix mode counts whole /28 blocks', () => {
    const p = plan(type('m5.large'), input({mode: 'prefix'}));
    // 110 − 2 = 108 pods: ⌈108/16⌉ + 1 = 8 prefixes on ⌈8/9⌉ = 1 ENI.
    expect(p.node.pool?.prefixes).toBe(8);
    expect(p.node.nodeSubnet).toBe(1 + 128);
    expect(p.group.prefixes).toBe(800);
    // 800 + 2 reserved blocks + ⌈(100 − 27) / 16⌉ = 5 blocks for ENI primaries = 807 → 1024 blocks = /18.
    expect(p.group.nodeSubnetSize.prefixLength).toBe(18);
  });
  it('smallest subnet: /28 floor, /16 ceiling', () => {
    expect(smallestSubnet(3).prefixLength).toBe(28);
    expect(smallestSubnet(11).prefixLength).toBe(28);
    expect(smallestSubnet(12).prefixLength).toBe(27);
    expect(smallestSubnet(65531).prefixLength).toBe(16);
    expect(smallestSubnet(65532).prefixLength).toBeNull();
    expect(smallestPrefixSubnet(2, 1).prefixLength).toBe(26);
  });
});

describe('settings that conflict or do not apply', () => {
  it('IP targets override WARM_ENI_TARGET and WARM_PREFIX_TARGET', () => {
    expect(checkTargets('secondary', targets({warmEni: 2, warmIp: 5})).notices.join(' ')).toMatch(/ignores WARM_ENI_TARGET/);
    expect(checkTargets('prefix', targets({warmPrefix: 2, minIp: 20})).targets.warmPrefix).toBeNull();
  });
  it('zero prefix targets fall back to the default', () => {
    const c = checkTargets('prefix', targets({warmPrefix: 0}));
    expect(c.targets.warmPrefix).toBeNull();
    expect(c.notices.join(' ')).toMatch(/not supported/);
    expect(checkTargets('prefix', targets({warmIp: 0, minIp: 0})).notices.length).toBe(1);
  });
  it('IPv6 ignores the warm targets', () => {
    expect(checkTargets('ipv6', targets({warmIp: 3})).targets).toEqual(none);
  });
  it('more pods than the node runs, and more branch pods than branch ENIs, are clamped with a notice', () => {
    const p = plan(type('m5.large'), input({pods: 500, sgPods: 50}));
    expect(p.node.pods).toBeLessThanOrEqual(29);
    expect(p.node.branch?.pods).toBeLessThanOrEqual(9);
    expect(p.notices.length).toBe(2);
  });
  it('security groups for pods: the trunk ENI takes a slot', () => {
    const p = plan(type('m5.large'), input({sgPods: 5}));
    // 2 ENIs left for pods: 18 IPs + 2 host + 5 branch = 25.
    expect(p.maxPods.cni.value).toBe(25);
    expect(p.maxPods.recommended.value).toBe(25);
  });
});
