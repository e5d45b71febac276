/**
 * Every filter except the name search, in a collapsible panel. Each field's
 * `name` is its URL parameter, so the panel also works as a plain GET form.
 */
import {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {tcpIdleLabel, type ExplorerState} from '@site/src/lib/instanceFilter';
import DecimalInput from './DecimalInput';
import {FAMILIES, REGIONS, TCP_IDLE, schema, type SetKey} from './model';
import RegionFilter from './RegionFilter';
import styles from './styles.module.css';

const CARD_OPTIONS: [string, string][] = [
  ['', 'Any'],
  ['1', 'Exactly 1'],
  ['multi', '2 or more'],
  ['2', 'Exactly 2'],
  ['4', 'Exactly 4'],
  ['8', 'Exactly 8'],
  ['16', 'Exactly 16'],
  ['32', 'Exactly 32'],
];

const TCP_IDLE_OPTIONS: [string, string][] = [['', 'Any'], ...TCP_IDLE.map((v): [string, string] => [v, tcpIdleLabel(v)])];

const FAMILY_OPTIONS = FAMILIES.map((f) => (
  <option key={f} value={f}>
    {f}
  </option>
));

function clampInt(raw: string, min: number, max: number): number {
  const n = Number.parseInt(raw, 10);
  if (!Number.isFinite(n)) return min;
  return Math.min(max, Math.max(min, n));
}

function NumberField({
  name,
  label,
  max,
  value,
  set,
}: {
  name: 'minEfa' | 'minEni' | 'minIp' | 'minEnaQ';
  label: string;
  max: number;
  value: number;
  set: SetKey;
}): ReactNode {
  return (
    <div className={styles.field}>
      <label htmlFor={`ie-${name}`}>{label}</label>
      {/* "0" rather than empty, so that a plain form submit sends a valid value. */}
      <input
        id={`ie-${name}`}
        name={name}
        type="number"
        min={0}
        max={max}
        inputMode="numeric"
        value={String(value)}
        onChange={(e) => set(name, clampInt(e.target.value, 0, max))}
      />
    </div>
  );
}

function Select({
  name,
  label,
  value,
  options,
  set,
}: {
  name: 'fam' | 'ena' | 'cards' | 'metal' | 'tcpIdle';
  label: string;
  value: string;
  options: ReactNode;
  set: SetKey;
}): ReactNode {
  return (
    <div className={styles.field}>
      <label htmlFor={`ie-${name}`}>{label}</label>
      <select id={`ie-${name}`} name={name} value={value} onChange={(e) => set(name, e.target.value)}>
        {options}
      </select>
    </div>
  );
}

const opts = (pairs: [string, string][]) =>
  pairs.map(([v, l]) => (
    <option key={v} value={v}>
      {l}
    </option>
  ));

export default function FilterPanel({state, set, active, onClear}: {state: ExplorerState; set: SetKey; active: number; onClear: () => void}): ReactNode {
  // Closed at first, also for a shared link (its summary says how many filters are on), so the rows stay in view.
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.panel} open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="filter-panel">
      <summary className={styles.panelSummary}>Filters{active > 0 ? ` (${active} active)` : ''}</summary>
      <div className={styles.panelBody}>
        <Select
          name="fam"
          label="Family"
          value={state.fam}
          set={set}
          options={
            <>
              <option value="">All families</option>
              {FAMILY_OPTIONS}
            </>
          }
        />
        <RegionFilter regions={REGIONS} value={state.region} onChange={(v) => set('region', v)} />
        <Select
          name="ena"
          label="ENA support"
          value={state.ena}
          set={set}
          options={opts([
            ['', 'Any'],
            ['required', 'required'],
            ['supported', 'supported'],
            ['unsupported', 'unsupported'],
          ])}
        />
        <NumberField name="minEfa" label="At least N EFAs" max={schema.minEfa.max} value={state.minEfa} set={set} />
        <NumberField name="minEni" label="Minimum ENIs" max={schema.minEni.max} value={state.minEni} set={set} />
        <NumberField name="minIp" label="Minimum IPv4 per ENI" max={schema.minIp.max} value={state.minIp} set={set} />
        <Select name="cards" label="Network cards" value={state.cards} set={set} options={opts(CARD_OPTIONS)} />
        <fieldset className={clsx(styles.field, styles.range)}>
          <legend>Baseline bandwidth (Gbps)</legend>
          <label htmlFor="ie-bwMin">from</label>
          <DecimalInput id="ie-bwMin" name="bwMin" className={styles.small} value={state.bwMin} onChange={(v) => set('bwMin', v)} />
          <label htmlFor="ie-bwMax">to</label>
          <DecimalInput id="ie-bwMax" name="bwMax" className={styles.small} value={state.bwMax} onChange={(v) => set('bwMax', v)} />
        </fieldset>
        <Select
          name="metal"
          label="Bare metal"
          value={state.metal}
          set={set}
          options={opts([
            ['', 'Include'],
            ['only', 'Only bare metal'],
            ['no', 'Exclude bare metal'],
          ])}
        />
        <Select name="tcpIdle" label="TCP idle timeout" value={state.tcpIdle} set={set} options={opts(TCP_IDLE_OPTIONS)} />
        <NumberField name="minEnaQ" label="Minimum ENA queues per ENI" max={schema.minEnaQ.max} value={state.minEnaQ} set={set} />
        <fieldset className={clsx(styles.field, styles.checks)}>
          <legend>Features</legend>
          {(
            [
              ['efa', 'EFA'],
              ['enax', 'ENA Express'],
              ['cur', 'Current generation only'],
              ['bww', 'Bandwidth weighting'],
            ] as const
          ).map(([key, label]) => (
            <label key={key}>
              <input type="checkbox" name={key} value="1" checked={state[key]} onChange={(e) => set(key, e.target.checked)} /> {label}
            </label>
          ))}
        </fieldset>
        <div className={styles.formActions}>
          <button type="button" className="button button--secondary button--sm" onClick={onClear} disabled={active === 0}>
            Clear filters
          </button>
        </div>
      </div>
    </details>
  );
}
