import {describe, expect, it} from 'vitest';
import yaml from 'js-yaml';
import {instanceTypes} from '../data/instances';
import {CNI_MODES, cniLimits, plan, type WarmTargets} from './eksPlanner';
import {cniEnv, maxPodsExpression, snippets} from './eksSnippets';

const none: WarmTargets = {warmEni: null, warmIp: null, minIp: null, warmPrefix: null};
const get = (name: string) => {
  const t = instanceTypes.find((x) => x.type === name);
  if (!t) throw new Error(name);
  return t;
};

/** Evaluate nodeadm's CEL expression; the subset used here (arithmetic, <, ?:) reads the same in JS. */
function evalCel(expr: string, vars: {default_enis: number; ips_per_eni: number; max_pods: number}): number {
  expect(expr).toMatch(/^[a-z_0-9 ()*+\-<?:]+$/);
  return Function(...Object.keys(vars), `return (${expr});`)(...Object.values(vars)) as number;
}

describe('configuration snippets', () => {
  for (const name of ['m5.large', 'c5.18xlarge', 'p5.48xlarge', 't3.small']) {
    for (const mode of CNI_MODES) {
      it(`${name} ${mode}: every snippet parses and sets the planned max pods`, () => {
        const targets = {...none, warmIp: mode === 'ipv6' ? null : 2, minIp: mode === 'ipv6' ? null : 10};
        const p = plan(get(name), {nodes: 100, mode, multiNic: true, targets, pods: null, sgPods: 0});
        const s = Object.fromEntries(snippets(p, targets, true).map((x) => [x.id, x]));
        const want = p.maxPods.recommended.value;

        const addon = JSON.parse(s.addon?.code ?? '') as {env: Record<string, string>};
        expect(addon.env).toEqual(cniEnv(p, targets, true));
        for (const v of Object.values(addon.env)) expect(typeof v).toBe('string');

        const nodeConfig = yaml.load(s.nodeadm?.code ?? '') as {kind: string; spec: {kubelet: {config: {maxPods: number}}}};
        expect(nodeConfig.kind).toBe('NodeConfig');
        expect(nodeConfig.spec.kubelet.config.maxPods).toBe(want);

        const nodeClass = yaml.load(s.karpenter?.code ?? '') as {apiVersion: string; spec: {kubelet: {maxPods: number}}};
        expect(nodeClass.apiVersion).toBe('karpenter.k8s.aws/v1');
        expect(nodeClass.spec.kubelet.maxPods).toBe(want);

        const eksctl = yaml.load(s.eksctl?.code ?? '') as {
          managedNodeGroups: {instanceType: string; maxPodsPerNode: number; desiredCapacity: number}[];
          addons?: {configurationValues: string}[];
        };
        expect(eksctl.managedNodeGroups[0]).toMatchObject({instanceType: name, maxPodsPerNode: want, desiredCapacity: 100});
        if (eksctl.addons) expect(JSON.parse(eksctl.addons[0]?.configurationValues ?? '')).toEqual(addon);

        const {enis, ips} = cniLimits(p.type);
        const value = evalCel(maxPodsExpression(p), {default_enis: enis, ips_per_eni: ips, max_pods: p.maxPods.nodeadm.value});
        expect(value).toBe(want);
        if (p.mode === 'prefix') expect(s.reservation?.code).toMatch(/--reservation-type prefix/);
        if (mode !== 'ipv6' && p.mode !== 'ipv6') expect(s.kubectl?.code).toMatch(/WARM_IP_TARGET=2/);
      });
    }
  }
  it('security groups for pods: the expression leaves the trunk ENI out and adds the branch pods', () => {
    for (const mode of ['secondary', 'custom'] as const) {
      const p = plan(get('m5.large'), {nodes: 1, mode, multiNic: false, targets: none, pods: null, sgPods: 5});
      const value = evalCel(maxPodsExpression(p), {default_enis: 3, ips_per_eni: 10, max_pods: 29});
      expect(value).toBe(p.maxPods.recommended.value);
      expect(cniEnv(p, none, false)).toMatchObject({ENABLE_POD_ENI: 'true'});
    }
  });
  it('a plan with defaults only sets nothing', () => {
    const p = plan(get('m5.large'), {nodes: 1, mode: 'secondary', multiNic: false, targets: none, pods: null, sgPods: 0});
    expect(cniEnv(p, none, false)).toEqual({});
  });
});
