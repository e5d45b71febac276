/** The planner's inputs: named after the URL parameters, inside the tool's GET form. */
import {useId, type ReactNode} from 'react';
import {CNI_MODES, MODE_LABELS} from '@site/src/lib/eksPlanner';
import {MAX_NODES, type PlannerState} from '@site/src/lib/eksPlannerUrl';
import styles from './styles.module.css';

type Props = {state: PlannerState; onChange: (patch: Partial<PlannerState>) => void};

const digits = (v: string) => v.replace(/\D/g, '').slice(0, 5);

function CountField({
  name,
  label,
  hint,
  value,
  onChange,
}: {
  name: keyof PlannerState;
  label: string;
  hint: string;
  value: string;
  onChange: (v: string) => void;
}): ReactNode {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        inputMode="numeric"
        pattern="\d*"
        maxLength={5}
        value={value}
        placeholder="not set"
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(digits(e.target.value))}
      />
      <span id={`${id}-hint`} className={styles.hint}>
        {hint}
      </span>
    </div>
  );
}

export default function PlannerForm({state, onChange}: Props): ReactNode {
  const id = useId();
  const prefix = state.mode === 'prefix';
  const ipv6 = state.mode === 'ipv6';
  return (
    <>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={`${id}-type`}>Instance type</label>
          <input
            id={`${id}-type`}
            name="type"
            value={state.type}
            spellCheck={false}
            autoCapitalize="off"
            maxLength={41}
            onChange={(e) => onChange({type: e.target.value.trim().toLowerCase()})}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-nodes`}>Nodes</label>
          <input
            id={`${id}-nodes`}
            name="nodes"
            type="number"
            min={1}
            max={MAX_NODES}
            value={state.nodes}
            onChange={(e) => onChange({nodes: Math.min(MAX_NODES, Math.max(1, Math.trunc(Number(e.target.value)) || 1))})}
          />
        </div>
        <CountField
          name="pods"
          label="Pods per node"
          hint="Expected, host-network pods included; empty = the max pods value."
          value={state.pods}
          onChange={(pods) => onChange({pods})}
        />
      </div>
      <fieldset className={styles.modes}>
        <legend>VPC CNI mode</legend>
        {CNI_MODES.map((m) => (
          <label key={m} className={styles.mode}>
            <input type="radio" name="mode" value={m} checked={state.mode === m} onChange={() => onChange({mode: m})} />
            {MODE_LABELS[m]}
          </label>
        ))}
      </fieldset>
      <details className={styles.more} open={Boolean(state.warmeni || state.warmip || state.minip || state.warmprefix || state.sgp || state.multinic)}>
        <summary>Warm pool, security groups for pods, multi-NIC</summary>
        <div className={styles.row}>
          {!prefix && !ipv6 && (
            <CountField name="warmeni" label="WARM_ENI_TARGET" hint="Default 1." value={state.warmeni} onChange={(warmeni) => onChange({warmeni})} />
          )}
          {prefix && (
            <CountField
              name="warmprefix"
              label="WARM_PREFIX_TARGET"
              hint="Default 1."
              value={state.warmprefix}
              onChange={(warmprefix) => onChange({warmprefix})}
            />
          )}
          {!ipv6 && (
            <CountField name="warmip" label="WARM_IP_TARGET" hint="Not set by default." value={state.warmip} onChange={(warmip) => onChange({warmip})} />
          )}
          {!ipv6 && (
            <CountField name="minip" label="MINIMUM_IP_TARGET" hint="Not set by default." value={state.minip} onChange={(minip) => onChange({minip})} />
          )}
          <div className={styles.field}>
            <label htmlFor={`${id}-sgp`}>Pods with their own security groups</label>
            <input
              id={`${id}-sgp`}
              name="sgp"
              type="number"
              min={0}
              max={1000}
              value={state.sgp}
              onChange={(e) => onChange({sgp: Math.min(1000, Math.max(0, Math.trunc(Number(e.target.value)) || 0))})}
            />
            <span className={styles.hint}>Per node, on branch ENIs; 0 = off.</span>
          </div>
        </div>
        <label className={styles.check}>
          <input type="checkbox" name="multinic" value="1" checked={state.multinic} onChange={(e) => onChange({multinic: e.target.checked})} />
          ENABLE_MULTI_NIC (VPC CNI 1.20.0 and later, multi-card types)
        </label>
      </details>
      <button type="submit" className={styles.submit}>
        Plan
      </button>
    </>
  );
}
