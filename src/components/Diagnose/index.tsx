/**
 * /docs/tools/diagnose: "is NCCL really on EFA?" from pasted logs, and rates
 * between two counter snapshots. Everything runs in the browser; nothing is
 * sent anywhere.
 *
 * Loading contract (src/components/LazyIsland): the options are a real
 * `<form method="get">` whose field names are the URL parameters (`section`,
 * `secs`). The pasted text is never in that form and never in the URL: the
 * text areas have no `name` and sit outside it. Text typed into the static
 * HTML before this code arrived is taken over by id when the live tool mounts.
 */
import {useDeferredValue, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import {registerSchema, useUrlState} from '@site/src/hooks/useUrlState';
import ParamNotice from '@site/src/components/ParamNotice';
import {readNcclLog} from '@site/src/lib/ncclLog';
import {compareSnapshots, MAX_SECONDS, MIN_SECONDS} from '@site/src/lib/counterDelta';
import {SAMPLE_ETHTOOL_AFTER, SAMPLE_ETHTOOL_BEFORE, SAMPLE_LOGS} from '@site/src/lib/diagnoseSamples';
import LogReport from './LogReport';
import DeltaReport from './DeltaReport';
import styles from './styles.module.css';

export const diagnoseSchema = registerSchema({
  section: {kind: 'enum', values: ['log', 'counters'], default: 'log'},
  secs: {kind: 'int', min: MIN_SECONDS, max: MAX_SECONDS, default: 60},
} as const);

const IDS = {log: 'diagnose-log', before: 'diagnose-before', after: 'diagnose-after'} as const;
const FIRST_SAMPLE = SAMPLE_LOGS[0];
const EXAMPLE_LOG = readNcclLog(FIRST_SAMPLE.text);
const EXAMPLE_DELTA = compareSnapshots(SAMPLE_ETHTOOL_BEFORE, SAMPLE_ETHTOOL_AFTER, 60);

/** Text the reader typed into the server-rendered text area before the code arrived. */
function staticText(id: string): string {
  if (typeof document === 'undefined') return '';
  const el = document.getElementById(id);
  return el instanceof HTMLTextAreaElement ? el.value : '';
}

function useHandedOverText(id: string): [string, (v: string) => void] {
  const [text, setText] = useState(() => staticText(id));
  const hadFocus = useRef(typeof document !== 'undefined' && document.activeElement?.id === id);
  useLayoutEffect(() => {
    if (!hadFocus.current) return;
    hadFocus.current = false;
    const el = document.getElementById(id);
    if (el instanceof HTMLTextAreaElement) {
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    }
  }, [id]);
  return [text, setText];
}

function PasteBox({
  id,
  label,
  value,
  onChange,
  rows,
  hint,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (v: string) => void;
  rows: number;
  hint?: string;
}): ReactNode {
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint ? <p className={styles.hint}>{hint}</p> : null}
      {/* No `name`: the paste is never submitted with the options form or put in the URL. */}
      <textarea id={id} className={styles.input} rows={rows} spellCheck={false} autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function LogSection(): ReactNode {
  const [text, setText] = useHandedOverText(IDS.log);
  const deferred = useDeferredValue(text);
  const report = useMemo(() => (deferred.trim() ? readNcclLog(deferred) : null), [deferred]);
  return (
    <>
      <PasteBox
        id={IDS.log}
        rows={10}
        value={text}
        onChange={setText}
        label="NCCL_DEBUG=INFO output, Libfabric warnings or fi_info output"
        hint="Read as you paste. Any mix works: the whole job log, a few WARN lines, or the output of fi_info -p efa -t FI_EP_RDM."
      />
      <div className={styles.buttons}>
        {SAMPLE_LOGS.map((s) => (
          <button key={s.id} type="button" className="button button--secondary button--sm" onClick={() => setText(s.text)}>
            Example: {s.label}
          </button>
        ))}
        <button type="button" className="button button--secondary button--sm" onClick={() => setText('')}>
          Clear
        </button>
      </div>
      <div aria-live="polite" className={styles.output}>
        {report ? <LogReport r={report} /> : <LogReport r={EXAMPLE_LOG} caption={`Example: what the reader says about "${FIRST_SAMPLE.label}".`} />}
      </div>
    </>
  );
}

function CounterSection({secs}: {secs: number}): ReactNode {
  const [before, setBefore] = useHandedOverText(IDS.before);
  const [after, setAfter] = useHandedOverText(IDS.after);
  const result = useMemo(() => (before.trim() || after.trim() ? compareSnapshots(before, after, secs) : null), [before, after, secs]);
  return (
    <>
      <div className={styles.pair}>
        <PasteBox id={IDS.before} rows={8} value={before} onChange={setBefore} label="First snapshot (before)" />
        <PasteBox id={IDS.after} rows={8} value={after} onChange={setAfter} label="Second snapshot (after)" />
      </div>
      <div className={styles.buttons}>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => {
            setBefore(SAMPLE_ETHTOOL_BEFORE);
            setAfter(SAMPLE_ETHTOOL_AFTER);
          }}
        >
          Example: two ethtool -S snapshots
        </button>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => {
            setBefore('');
            setAfter('');
          }}
        >
          Clear
        </button>
      </div>
      <div aria-live="polite" className={styles.output}>
        {result ? (
          <DeltaReport r={result} />
        ) : (
          <DeltaReport r={EXAMPLE_DELTA} caption="Example with made-up numbers: two ethtool -S snapshots 60 seconds apart." />
        )}
      </div>
    </>
  );
}

export default function Diagnose(): ReactNode {
  const id = useId();
  const {state, setState, ignored, ready} = useUrlState(diagnoseSchema);
  const [secsText, setSecsText] = useState<string | null>(null);
  return (
    <section className={styles.root} data-testid="diagnose" data-ready={ready ? 'true' : 'false'} aria-labelledby={`${id}-title`}>
      <p className={styles.title} id={`${id}-title`}>
        Diagnose from what the machine prints
      </p>
      <p className={styles.privacy}>Runs in your browser: nothing you paste is uploaded, stored or put in the link. Pasted text is shown back as text only.</p>
      <ParamNotice ignored={ignored} />
      <form method="get" className={styles.options} onSubmit={(e) => e.preventDefault()} aria-label="Options">
        <fieldset className={styles.fieldset}>
          <legend>What to read</legend>
          {(
            [
              ['log', 'NCCL / Libfabric log'],
              ['counters', 'Counter snapshots (ethtool -S or EFA)'],
            ] as const
          ).map(([value, text]) => (
            <label key={value} className={styles.radio}>
              <input type="radio" name="section" value={value} checked={state.section === value} onChange={() => setState((s) => ({...s, section: value}))} />{' '}
              {text}
            </label>
          ))}
        </fieldset>
        <label className={styles.secs}>
          Seconds between the snapshots{' '}
          <input
            type="number"
            name="secs"
            min={MIN_SECONDS}
            max={MAX_SECONDS}
            inputMode="numeric"
            value={secsText ?? String(state.secs)}
            onChange={(e) => {
              setSecsText(e.target.value);
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= MIN_SECONDS && n <= MAX_SECONDS) setState((s) => ({...s, secs: n}));
            }}
          />
        </label>
        <button type="submit" className={`button button--outline button--secondary button--sm ${styles.apply}`}>
          Apply
        </button>
      </form>
      <div hidden={state.section !== 'log'} data-section="log">
        <LogSection />
      </div>
      <div hidden={state.section !== 'counters'} data-section="counters">
        <CounterSection secs={state.secs} />
      </div>
    </section>
  );
}
