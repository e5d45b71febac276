/**
 * The EKS planner's URL state (?type=m5.large&nodes=100&mode=prefix&warmprefix=1…)
 * and its translation into planner input. Empty warm-target fields mean
 * "not set" (the VPC CNI default applies), so they are text fields of digits.
 *
 * Pure TypeScript: see eksPlannerUrl.test.ts.
 */
import type {Schema, StateOf} from './urlState';
import {CNI_MODES, type PlanInput} from './eksPlanner';
import {TYPE_NAME_PATTERN, normaliseTypeName} from './instanceLookup';

const COUNT = /^\d{0,5}$/;

export const DEFAULT_TYPE = 'm5.large';
export const MAX_NODES = 10000;

export const plannerSchema = {
  type: {kind: 'text', pattern: TYPE_NAME_PATTERN, default: DEFAULT_TYPE, maxLength: 41},
  nodes: {kind: 'int', min: 1, max: MAX_NODES, default: 10},
  mode: {kind: 'enum', values: CNI_MODES, default: 'secondary'},
  multinic: {kind: 'bool', default: false},
  pods: {kind: 'text', pattern: COUNT, default: ''},
  warmeni: {kind: 'text', pattern: COUNT, default: ''},
  warmip: {kind: 'text', pattern: COUNT, default: ''},
  minip: {kind: 'text', pattern: COUNT, default: ''},
  warmprefix: {kind: 'text', pattern: COUNT, default: ''},
  sgp: {kind: 'int', min: 0, max: 1000, default: 0},
} as const satisfies Schema;

export type PlannerState = StateOf<typeof plannerSchema>;

const count = (s: string): number | null => (s === '' ? null : Number(s));

/** Planner input from a decoded state; the type name is normalised but not looked up. */
export function toPlanInput(state: PlannerState): {type: string; input: PlanInput} {
  const pods = count(state.pods);
  return {
    type: normaliseTypeName(state.type),
    input: {
      nodes: state.nodes,
      mode: state.mode as PlanInput['mode'],
      multiNic: state.multinic,
      targets: {
        warmEni: count(state.warmeni),
        warmIp: count(state.warmip),
        minIp: count(state.minip),
        warmPrefix: count(state.warmprefix),
      },
      pods: pods === null || pods === 0 ? null : pods,
      sgPods: state.sgp,
    },
  };
}
