/**
 * <EksIpPlanner />: how many pods fit on an EKS node in each VPC CNI mode,
 * how many subnet addresses a node group takes (with the warm pool), the
 * smallest subnet that fits, and the configuration to paste.
 *
 * Logic: src/lib/eksPlanner.ts (rules and numbers: src/data/eksRules.ts);
 * URL state: src/lib/eksPlannerUrl.ts. The controls are a real GET form
 * whose field names are the URL parameters, so the tool works before its
 * code has loaded and without JavaScript (submit reloads with the state).
 */
import type {FormEvent, ReactNode} from 'react';
import {instanceTypes} from '@site/src/data/instances';
import {instanceCounts} from '@site/src/data/instanceCounts';
import {registerSchema, useUrlState} from '@site/src/hooks/useUrlState';
import ParamNotice from '@site/src/components/ParamNotice';
import {plan} from '@site/src/lib/eksPlanner';
import {DEFAULT_TYPE, plannerSchema, toPlanInput, type PlannerState} from '@site/src/lib/eksPlannerUrl';
import {lookupType} from '@site/src/lib/instanceLookup';
import PlannerForm from './PlannerForm';
import PlanResult from './PlanResult';
import PlanSnippets from './PlanSnippets';
import styles from './styles.module.css';

registerSchema(plannerSchema);

const byName = new Map(instanceTypes.map((t) => [t.type, t]));

/** The instance type to plan for, falling back to the default with a notice. */
function resolveType(name: string) {
  const hit = byName.get(name);
  if (hit) return {type: hit, notice: null};
  const lookup = lookupType(instanceTypes, name);
  const also = lookup.status === 'not-found' && lookup.sameFamily.length > 0 ? ` Types of that family in the data: ${lookup.sameFamily.join(', ')}.` : '';
  const fallback = byName.get(DEFAULT_TYPE) ?? instanceTypes[0];
  if (!fallback) throw new Error('instance data is empty');
  return {
    type: fallback,
    notice: `“${name}” is not in the DescribeInstanceTypes data (as of ${instanceCounts.asOf}); showing ${fallback.type} instead.${also}`,
  };
}

export default function EksIpPlanner(): ReactNode {
  const {state, setState, ignored, ready} = useUrlState(plannerSchema);
  const {type: typeName, input} = toPlanInput(state);
  const resolved = resolveType(typeName);
  const result = plan(resolved.type, input);
  const notices = [resolved.notice, ...result.notices].filter((n): n is string => n !== null);

  const update = (patch: Partial<PlannerState>) => setState((prev) => ({...prev, ...patch}));
  const onSubmit = (e: FormEvent<HTMLFormElement>) => e.preventDefault();

  return (
    <div className={styles.root} data-testid="eks-planner" data-ready={ready}>
      <ParamNotice ignored={ignored} />
      <form method="get" className={styles.form} onSubmit={onSubmit} aria-label="Node group">
        <PlannerForm state={state} onChange={update} />
      </form>
      <div role="status" aria-live="polite" className={styles.notices} data-testid="planner-notices">
        {notices.map((n) => (
          <p key={n} className={styles.notice}>
            {n}
          </p>
        ))}
      </div>
      <PlanResult plan={result} />
      <PlanSnippets plan={result} targets={input.targets} multiNic={input.multiNic} />
    </div>
  );
}
