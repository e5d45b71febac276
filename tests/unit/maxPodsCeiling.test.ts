/**
 * AWS's vCPU-based max-pods ceiling (110 or 250 pods) is stated by the data,
 * the explorer, the EKS planner and several pages. They must agree on the
 * threshold: 30 vCPUs or fewer get the low ceiling, as in the former
 * calculator's `CPU_COUNT -gt 30`. The numbers and the wording are written
 * once in src/data/eksRules.ts (EKS_NUMBERS, CEILING_TEXT).
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, it, expect} from 'vitest';
import {readDocs} from './docs';
import {CEILING_TEXT, EKS_NUMBERS as N, eksRules} from '../../src/data/eksRules';
import {networkRules as R, type NetworkRule} from '../../src/data/networkRules';
import {instanceTypes} from '../../src/data/instances';
import {maxPods, PODS_CAP_CPU_THRESHOLD, PODS_CAP_HIGH_CPU, PODS_CAP_LOW_CPU} from '../../src/lib/instanceCalc';
import {ceilingFor} from '../../src/lib/eksPlanner';

const ROOT = path.resolve(__dirname, '../..');
const flat = (s: string) => s.replace(/\s+/g, ' ');

/** The threshold stated the other way ("fewer than 30 vCPUs" puts 30 vCPUs on the wrong side). */
const WRONG_THRESHOLD = /\b(fewer|less) than 30 vCPUs?\b|\b(under|below) 30 vCPUs?\b/i;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), {withFileTypes: true}).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

describe('the max-pods ceiling threshold is stated one way', () => {
  it('the explorer uses the planner’s numbers', () => {
    expect([PODS_CAP_LOW_CPU, PODS_CAP_HIGH_CPU, PODS_CAP_CPU_THRESHOLD]).toEqual([N.ceilingLowCpu, N.ceilingHighCpu, N.ceilingCpuThreshold]);
    expect(CEILING_TEXT).toBe(`${N.ceilingLowCpu} pods on instance types with ${N.ceilingCpuThreshold} vCPUs or fewer and ${N.ceilingHighCpu} on larger ones`);
  });

  it('the explorer and the planner give the same ceiling, 30 vCPUs included', () => {
    const base = instanceTypes.find((t) => t.type === 'm5.large')!;
    for (const vcpus of [29, 30, 31, 32]) {
      const t = {...base, vcpus};
      expect(maxPods(t).cap, `${vcpus} vCPUs`).toBe(ceilingFor(t).value);
      expect(ceilingFor(t).value, `${vcpus} vCPUs`).toBe(vcpus <= 30 ? 110 : 250);
    }
    for (const t of instanceTypes) expect(maxPods(t).cap, t.type).toBe(ceilingFor(t).value);
  });

  it('the rule texts use the one wording', () => {
    expect(R.nodeadmMaxPods.detail).toContain(CEILING_TEXT);
    expect(eksRules.recommendedCeiling.statement).toContain(CEILING_TEXT);
    expect(eksRules.managedNodeGroupCap.statement).toContain(CEILING_TEXT);
    const p5 = instanceTypes.find((t) => t.type === 'p5.48xlarge')!;
    expect(maxPods(p5).capNote).toContain(CEILING_TEXT);
  });

  it('no page, rule or tool says "fewer than 30 vCPUs"', () => {
    const texts = [
      ...readDocs().map((d) => ({name: d.file, text: d.body})),
      ...['src/data', 'src/lib', 'src/components'].flatMap(sourceFiles).map((f) => ({name: f, text: fs.readFileSync(path.join(ROOT, f), 'utf8')})),
      ...(Object.values(R) as NetworkRule[]).map((r) => ({name: `networkRules.${r.id}`, text: `${r.statement} ${r.detail ?? ''}`})),
      ...Object.entries(eksRules).map(([id, r]) => ({name: `eksRules.${id}`, text: r.statement})),
    ];
    const hits = texts.filter((t) => WRONG_THRESHOLD.test(flat(t.text))).map((t) => t.name);
    expect(hits).toEqual([]);
    expect(WRONG_THRESHOLD.test('AWS recommends at most 110 pods on nodes with fewer than 30 vCPUs and 250 otherwise')).toBe(true);
  });

  it('no instance type in the data has exactly 30 vCPUs, so the EKS page’s “less than 30 / greater than 30” and the calculator’s “-gt 30” agree on every type', () => {
    expect(instanceTypes.filter((t) => t.vcpus === N.ceilingCpuThreshold).map((t) => t.type)).toEqual([]);
  });
});
