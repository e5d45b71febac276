import {describe, expect, it} from 'vitest';
import {
  BYPASS_PATH,
  KERNEL_PATH,
  PATH_IDS,
  PATHS,
  STEP_COUNT,
  activeLayers,
  announcement,
  clampStep,
  crossingsUpTo,
  nextStep,
  playStep,
  previousStep,
  stepOf,
  totalCrossings,
  visiblePaths,
} from './osBypassSteps';

describe('OS-bypass step model', () => {
  it('has one step per phase on both paths, with the same phase names', () => {
    expect(KERNEL_PATH.steps).toHaveLength(STEP_COUNT);
    expect(BYPASS_PATH.steps).toHaveLength(STEP_COUNT);
    KERNEL_PATH.steps.forEach((s, i) => expect(BYPASS_PATH.steps[i]?.phase).toBe(s.phase));
  });

  it('highlights only boxes that exist, in the layer the step names', () => {
    for (const id of PATH_IDS) {
      const nodes = new Map(PATHS[id].nodes.map((n) => [n.id, n]));
      for (const step of PATHS[id].steps) {
        expect(step.nodes.length).toBeGreaterThan(0);
        for (const n of step.nodes) expect(nodes.has(n), `${id}: ${n}`).toBe(true);
        expect(
          step.nodes.some((n) => nodes.get(n)!.layer === step.layer),
          step.phase,
        ).toBe(true);
        expect(step.sources.length).toBeGreaterThan(0);
        for (const src of step.sources) expect(src).toMatch(/^https:\/\//);
      }
    }
  });

  it('counts two data crossings on the kernel path and none on the OS-bypass path', () => {
    expect(totalCrossings('kernel')).toBe(2);
    expect(totalCrossings('bypass')).toBe(0);
    expect(crossingsUpTo('kernel', 3)).toBe(0);
    expect(crossingsUpTo('kernel', 4)).toBe(1);
    expect(crossingsUpTo('kernel', STEP_COUNT)).toBe(2);
  });

  it('uses the kernel on the OS-bypass path only for set-up', () => {
    const kernelSteps = BYPASS_PATH.steps.filter((s) => s.layer === 'kernel' || s.nodes.includes('b-driver'));
    expect(kernelSteps.length).toBe(1);
    expect(kernelSteps[0]?.setup).toBe(true);
    expect(BYPASS_PATH.nodes.find((n) => n.id === 'b-driver')!.label.join(' ')).toMatch(/set-up only/);
  });

  it('names the layers of the fact sheet on both paths', () => {
    const kernelText = KERNEL_PATH.nodes.map((n) => n.label.join(' ')).join(' | ');
    const bypassText = BYPASS_PATH.nodes.map((n) => n.label.join(' ')).join(' | ');
    expect(kernelText).toMatch(/TCP\/IP/);
    expect(kernelText).toMatch(/ENA driver/);
    expect(kernelText).toMatch(/SR-IOV/);
    expect(bypassText).toMatch(/Libfabric efa provider/);
    expect(bypassText).toMatch(/aws-ofi-nccl/);
    expect(bypassText).toMatch(/rdma-core/);
    expect(bypassText).toMatch(/SRD/);
  });

  it('clamps and moves between steps', () => {
    expect(clampStep(0)).toBe(1);
    expect(clampStep(99)).toBe(STEP_COUNT);
    expect(clampStep(Number.NaN)).toBe(1);
    expect(nextStep(STEP_COUNT)).toBe(STEP_COUNT);
    expect(previousStep(1)).toBe(1);
    expect(nextStep(2)).toBe(3);
    expect(playStep(STEP_COUNT)).toBe(1);
    expect(playStep(1)).toBe(2);
  });

  it('highlights the layers and announces the text of the visible paths', () => {
    expect(visiblePaths('both')).toEqual(['kernel', 'bypass']);
    expect(visiblePaths('bypass')).toEqual(['bypass']);
    expect(activeLayers('kernel', 4)).toEqual(['kernel']);
    expect(activeLayers('bypass', 4)).toEqual(['user']);
    expect(activeLayers('both', 4).sort()).toEqual(['kernel', 'user']);
    const text = announcement('bypass', 4);
    expect(text).toContain('Step 4 of');
    expect(text).toContain(stepOf('bypass', 4).text);
    expect(text).not.toContain(stepOf('kernel', 4).text);
    expect(announcement('both', 4)).toContain(stepOf('kernel', 4).text);
  });
});
