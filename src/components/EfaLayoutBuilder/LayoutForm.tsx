/**
 * The builder's controls: a GET form whose field names are the URL
 * parameters. Live, every change updates the state (and the URL) at once
 * and submit is prevented; before the code arrives or without JavaScript,
 * "Show layout" reloads the page with the choice in the URL.
 */
import {useEffect, useId, useRef, useState, type FormEvent, type ReactNode} from 'react';
import type {UrlState} from '@site/src/hooks/useUrlState';
import {encodeSlots, LAYOUT_IDS, LAYOUT_LABELS, MAX_NODES, efaLayoutSchema, type LayoutId, type Resolved} from '@site/src/lib/efaLayout';
import CustomEditor from './CustomEditor';
import styles from './styles.module.css';

type Props = {
  state: UrlState<typeof efaLayoutSchema>['state'];
  setState: UrlState<typeof efaLayoutSchema>['setState'];
  ready: boolean;
  resolved: Resolved;
  typeNames: readonly string[];
};

const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, '');

export default function LayoutForm({state, setState, ready, resolved, typeNames}: Props): ReactNode {
  const id = useId();
  // The type field's text as typed; the state changes when it names an EFA type.
  const [typed, setTyped] = useState(state.type);
  const typedRef = useRef(typed);
  typedRef.current = typed;
  // Text handed over from the server HTML (typed before the code arrived)
  // wins over the URL, which is read once the tool is ready.
  const typedEarly = useRef(false);
  useEffect(() => {
    if (!ready) return;
    const name = normalise(typedRef.current);
    if (typedEarly.current) {
      typedEarly.current = false;
      if (typeNames.includes(name) && name !== state.type) {
        setState((s) => ({...s, type: name}));
        return;
      }
    }
    setTyped(state.type);
    // Only when the URL has been read or the state's type changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, state.type]);

  function onType(text: string) {
    setTyped(text);
    if (!ready) typedEarly.current = true;
    const name = normalise(text);
    if (typeNames.includes(name)) setState((s) => ({...s, type: name}));
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const name = normalise(typed);
    if (name) setState((s) => ({...s, type: name}));
  }

  function onLayout(layout: LayoutId) {
    setState((s) => ({...s, layout, slots: layout === 'custom' && s.slots === '' ? encodeSlots(resolved.slots) : s.slots}));
  }

  const text = (name: 'subnet' | 'sg' | 'pg' | 'lt', label: string, placeholder: string) => (
    <label className={styles.field}>
      <span>{label}</span>
      <input
        name={name}
        type="text"
        value={state[name]}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => setState((s) => ({...s, [name]: e.target.value.trim()}))}
      />
    </label>
  );

  return (
    <form method="get" className={styles.form} onSubmit={onSubmit} aria-label="EFA layout choices">
      <div className={styles.fields}>
        <label className={styles.field}>
          <span>Instance type (EFA-capable)</span>
          <input
            name="type"
            type="text"
            list={`${id}-types`}
            value={typed}
            onChange={(e) => onType(e.target.value)}
            spellCheck={false}
            autoComplete="off"
            required
            data-testid="efa-type-input"
          />
          <datalist id={`${id}-types`}>
            {typeNames.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        </label>
        <label className={styles.field}>
          <span>Layout</span>
          <select name="layout" value={state.layout} onChange={(e) => onLayout(e.target.value as LayoutId)} data-testid="efa-layout-select">
            {LAYOUT_IDS.map((l) => (
              <option key={l} value={l}>
                {LAYOUT_LABELS[l]}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>Instances (nodes)</span>
          <input
            name="nodes"
            type="number"
            min={1}
            max={MAX_NODES}
            step={1}
            value={state.nodes}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 1 && n <= MAX_NODES) setState((s) => ({...s, nodes: n}));
            }}
            data-testid="efa-nodes"
          />
        </label>
      </div>

      <label className={styles.field} hidden={state.layout !== 'custom'}>
        <span>
          Custom layout: one group per network card, separated by commas; per device index <code>i</code> = ENA interface, <code>e</code> = EFA with ENA,{' '}
          <code>o</code> = EFA-only, <code>-</code> = none (e.g. <code>io,o,o</code>)
        </span>
        <input
          name="slots"
          type="text"
          value={state.slots}
          spellCheck={false}
          autoComplete="off"
          pattern="[ieo,\-]*"
          onChange={(e) => setState((s) => ({...s, slots: e.target.value.replace(/\s+/g, '')}))}
          data-testid="efa-slots"
        />
      </label>
      {ready && state.layout === 'custom' && (
        <CustomEditor type={resolved.type} slots={resolved.slots} onChange={(slots) => setState((s) => ({...s, slots}))} />
      )}

      <details className={styles.ids}>
        <summary>IDs and names used in the snippets (optional)</summary>
        <div className={styles.fields}>
          {text('subnet', 'Subnet ID', 'subnet-0123456789abcdef0')}
          {text('sg', 'Security group ID (CLI)', 'sg-0123456789abcdef0')}
          {text('pg', 'Placement group name', 'efa-cluster')}
          {text('lt', 'Launch template name', `efa-${resolved.type.type.replace(/\./g, '-')}`)}
        </div>
      </details>

      <button type="submit" className={`button button--sm ${ready ? 'button--secondary' : 'button--primary'}`}>
        Show layout
      </button>
    </form>
  );
}
