/**
 * Schema and key-rule tests for src/data/networkRules.ts, the one module of
 * EC2 network-interface rules that the tools read.
 */
import {describe, it, expect} from 'vitest';
import {networkRules, type NetworkRule} from '../../src/data/networkRules';
import {eksRules} from '../../src/data/eksRules';

const rules = Object.entries(networkRules) as [string, NetworkRule][];
const today = new Date().toISOString().slice(0, 10);

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe('networkRules schema', () => {
  it('holds the rules the tools need', () => {
    for (const id of [
      'primaryNotEfaOnly',
      'efaOnlyOnCard0Device1',
      'oneEfaPerCard',
      'efaMaxInterfaces',
      'efaOnlyNoIp',
      'efaTrafficScope',
      'efaSecurityGroupSelfRef',
      'efaHotAttach',
      'perCardInterfaceLimit',
      'allowancesPerInstance',
      'linkLocalPerInterface',
      'maxPodsFormula',
      'nodeadmMaxPods',
      'maxPodsCalculatorRemoved',
      'vpcCniMultiNic',
      'enaExpressBothEnds',
      'enaSrdEligibleGap',
    ]) {
      expect(networkRules, id).toHaveProperty(id);
    }
  });

  for (const [key, rule] of rules) {
    describe(key, () => {
      it('has an id equal to its key', () => expect(rule.id).toBe(key));
      it('has a statement that is a full sentence', () => {
        expect(rule.statement.length).toBeGreaterThan(30);
        expect(rule.statement).toMatch(/^[A-Z]/);
        expect(rule.statement).toMatch(/\.$/);
      });
      it('has an https source', () => expect(rule.source).toMatch(/^https:\/\/[^\s]+$/));
      it('has a real as-of date, not in the future', () => {
        expect(isRealDate(rule.asOf), rule.asOf).toBe(true);
        expect(rule.asOf <= today, `${rule.asOf} is after ${today}`).toBe(true);
      });
    });
  }
});

describe('key rules say what the primary sources say', () => {
  it('efa-only: never the primary, and recommended at card 0 device index 1', () => {
    expect(networkRules.primaryNotEfaOnly.statement).toMatch(/card 0, device index 0\).*never.*efa-only/);
    expect(networkRules.efaOnlyOnCard0Device1.statement).toMatch(/network card 0 at device index 1/);
    expect(networkRules.efaOnlyOnCard0Device1.source).toMatch(/efa-acc-inst-types/);
  });
  it('no rule says efa-only cannot be on card 0', () => {
    for (const [, r] of rules) {
      expect(`${r.statement} ${r.detail ?? ''}`).not.toMatch(/(cannot|can't|never)[^.]*efa-only[^.]*card 0|card 0[^.]*cannot[^.]*efa-only/i);
    }
  });
  it('EFA traffic scope: one AZ and one VPC; same subnet is advice', () => {
    const s = networkRules.efaTrafficScope.statement;
    expect(s).toMatch(/one Availability Zone and one VPC/);
    expect(s).toMatch(/not a requirement/);
  });
  it('link-local allowance is per interface, the others per instance', () => {
    expect(networkRules.linkLocalPerInterface.statement).toMatch(/per network interface/);
    expect(networkRules.allowancesPerInstance.statement).not.toMatch(/link-local/);
  });
  it('EFAs are not hot-attached; ordinary ENIs can be attached three ways', () => {
    expect(networkRules.efaHotAttach.statement).toMatch(/cannot be attached to or detached from a running instance/);
    expect(networkRules.eniAttachWhen.statement).toMatch(/cold.*warm.*hot/);
  });
  it('max pods: default card, no cap unless maxPodsExpression', () => {
    expect(networkRules.maxPodsFormula.statement).toMatch(/default network card × \(IPv4 addresses per ENI − 1\) \+ 2/);
    expect(networkRules.nodeadmMaxPods.statement).toMatch(/with no cap\. A NodeConfig `maxPodsExpression`/);
    expect(networkRules.vpcCniMultiNic.statement).toMatch(/v1\.20\.0/);
  });
  it('the EKS max-pods rules are written once, in src/data/eksRules.ts', () => {
    const pairs = [
      ['maxPodsFormula', 'secondaryIpMaxPods'],
      ['nodeadmMaxPods', 'nodeadmDefault'],
      ['vpcCniMultiNic', 'defaultCardOnly'],
    ] as const;
    for (const [rule, eks] of pairs) {
      expect(networkRules[rule].statement, rule).toBe(eksRules[eks].statement);
      expect(networkRules[rule].source, rule).toBe(eksRules[eks].source);
      expect(networkRules[rule].asOf, rule).toBe(eksRules[eks].asOf);
    }
    // No other network rule restates the formula.
    for (const [key, r] of rules) {
      if (pairs.some(([rule]) => rule === key)) continue;
      expect(r.statement, key).not.toMatch(/IPv4 addresses per ENI − 1\) \+ 2/);
    }
  });
});
