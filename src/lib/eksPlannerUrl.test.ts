import {describe, expect, it} from 'vitest';
import {decodeState, encodeState} from './urlState';
import {plannerSchema, toPlanInput} from './eksPlannerUrl';

describe('EKS planner URL state', () => {
  it('round-trips a full state', () => {
    const q = '?type=c5.18xlarge&nodes=100&mode=prefix&multinic=1&pods=60&warmip=2&minip=20&sgp=4';
    const {state, ignored} = decodeState(plannerSchema, q);
    expect(ignored).toEqual([]);
    expect(encodeState(plannerSchema, state)).toBe(q);
    expect(toPlanInput(state)).toEqual({
      type: 'c5.18xlarge',
      input: {nodes: 100, mode: 'prefix', multiNic: true, pods: 60, sgPods: 4, targets: {warmEni: null, warmIp: 2, minIp: 20, warmPrefix: null}},
    });
  });
  it('falls back to defaults, with a reason, for hostile or absurd values', () => {
    const q = '?type=%3Cscript%3Ealert(1)%3C/script%3E&nodes=-5&mode=bogus&warmip=-1&pods=1e9&sgp=99999';
    const {state, ignored} = decodeState(plannerSchema, q);
    expect(ignored.map((i) => i.name).sort()).toEqual(['mode', 'nodes', 'pods', 'sgp', 'type', 'warmip']);
    expect(state.type).toBe('m5.large');
    expect(state.nodes).toBe(10);
  });
  it('pods=0 means "plan at max pods"', () => {
    expect(toPlanInput(decodeState(plannerSchema, '?pods=0').state).input.pods).toBeNull();
  });
});
