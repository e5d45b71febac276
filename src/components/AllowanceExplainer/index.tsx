/**
 * Allowance-counter explainer: the reader pastes `ethtool -S eth0` output and
 * sees which ENA allowance counters (and ENA Express counters) are non-zero,
 * what they mean and what to do. Parsing is done by src/lib/ethtoolStats.ts in
 * the browser; nothing is sent anywhere, and the pasted text is never rendered
 * (only counter names from our own table and digit-only values are shown).
 *
 * Without JavaScript the instructions, the example input and its explanation
 * are all in the server-rendered HTML.
 *
 * Loading contract (src/components/LazyIsland): the explainer has no URL
 * parameters, so its `<form method="get">` has no named fields and no submit
 * button; the text area has no `name` (the paste never reaches a URL). It is
 * read as you type. Text typed into the server-rendered text area before
 * this code arrived is taken over by id when the live explainer mounts.
 */
import {useDeferredValue, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {explainEthtoolStats, SAMPLE_ETHTOOL_OUTPUT, type Explanation, type Finding} from '@site/src/lib/ethtoolStats';
import styles from './styles.module.css';

const EXAMPLE = explainEthtoolStats(SAMPLE_ETHTOOL_OUTPUT);

function FindingItem({f}: {f: Finding}): ReactNode {
  return (
    <li className={f.severity === 'problem' ? styles.problem : styles.info}>
      <p className={styles.findingHead}>
        <span className={styles.badge}>{f.severity === 'problem' ? 'Needs attention' : 'Information'}</span> <code>{f.name}</code> = <strong>{f.value}</strong>
      </p>
      {f.note ? <p>{f.note}</p> : null}
      <p>
        <strong>What it means:</strong> {f.info.meaning}
      </p>
      <p>
        <strong>What to do:</strong> {f.info.action}
      </p>
      <p className={styles.links}>
        <Link to={f.info.learnMore}>Learn more on this site</Link>
        {' · '}
        <a href={f.info.source} rel="noopener noreferrer" target="_blank">
          Source (AWS)
        </a>
      </p>
    </li>
  );
}

function CodeList({names}: {names: string[]}): ReactNode {
  return names.map((n, i) => (
    <span key={n}>
      {i > 0 ? ', ' : ''}
      <code>{n}</code>
    </span>
  ));
}

function Result({r, caption}: {r: Explanation; caption?: string}): ReactNode {
  if (!r.ok) {
    return (
      <div className={styles.message} role="alert">
        <p>{r.message}</p>
      </div>
    );
  }
  return (
    <div>
      {caption ? <p className={styles.caption}>{caption}</p> : null}
      <p className={styles.summary}>
        <strong>{r.summary}</strong> Read {r.statCount} statistics. Counters add up from when the driver loaded; run the command twice a minute apart and
        compare to see what is growing now.
      </p>
      {r.findings.length > 0 ? (
        <ul className={styles.findings}>
          {r.findings.map((f) => (
            <FindingItem key={f.name} f={f} />
          ))}
        </ul>
      ) : null}
      {r.zero.length > 0 ? (
        <p>
          At zero (no drops): <CodeList names={r.zero} />.
        </p>
      ) : null}
      {r.missing.length > 0 ? (
        <p>
          Not in this output (older driver, or not an ENA interface): <CodeList names={r.missing} />.
        </p>
      ) : null}
    </div>
  );
}

/** One explainer per page: a fixed id lets the live tool find the static text area. */
const INPUT_ID = 'allowance-explainer-input';

function staticText(): string {
  if (typeof document === 'undefined') return '';
  const el = document.getElementById(INPUT_ID);
  return el instanceof HTMLTextAreaElement ? el.value : '';
}

export default function AllowanceExplainer(): ReactNode {
  const id = useId();
  const [text, setText] = useState(staticText);
  const hadFocus = useRef(typeof document !== 'undefined' && document.activeElement?.id === INPUT_ID);
  useLayoutEffect(() => {
    const el = document.getElementById(INPUT_ID);
    if (hadFocus.current && el instanceof HTMLTextAreaElement) el.focus();
    hadFocus.current = false;
  }, []);
  const deferred = useDeferredValue(text);
  const result = useMemo<Explanation | null>(() => (deferred.trim() ? explainEthtoolStats(deferred) : null), [deferred]);

  return (
    <section className={styles.explainer} aria-labelledby={`${id}-title`}>
      <p className={styles.title} id={`${id}-title`}>
        Allowance-counter explainer
      </p>
      <ol className={styles.steps}>
        <li>
          On the instance, run <code>ethtool -S eth0</code> (use your interface name, for example <code>ens5</code>).
        </li>
        <li>
          Paste everything it prints into the box: the explanation appears as you paste (<strong>Explain counters</strong> takes you to it).
        </li>
      </ol>
      <p className={styles.privacy}>The text stays in your browser: it is read here and never sent anywhere or shown back as HTML.</p>
      <form method="get" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={INPUT_ID} className={styles.label}>
          Output of <code>ethtool -S</code>
        </label>
        {/* No `name`: the paste is never submitted or put in the URL. */}
        <textarea
          id={INPUT_ID}
          className={styles.input}
          rows={8}
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={'NIC statistics:\n     bw_in_allowance_exceeded: 0\n     ...'}
        />
        <div className={styles.buttons}>
          {/* Not a submit button: before the code arrives a click must not reload the page and lose the paste. */}
          <button type="button" className="button button--primary" onClick={() => document.getElementById(`${id}-result`)?.scrollIntoView({block: 'nearest'})}>
            Explain counters
          </button>
          <button type="button" className="button button--secondary" onClick={() => setText(SAMPLE_ETHTOOL_OUTPUT)}>
            Use the example
          </button>
          <button type="button" className="button button--secondary" onClick={() => setText('')}>
            Clear
          </button>
        </div>
      </form>
      <div className={styles.output} aria-live="polite" data-testid="allowance-result" id={`${id}-result`}>
        {result ? <Result r={result} /> : <Result r={EXAMPLE} caption="Example: this is what the explainer shows for the sample output below." />}
      </div>
      <details className={styles.sample}>
        <summary>Sample input used for the example</summary>
        <pre>
          <code>{SAMPLE_ETHTOOL_OUTPUT}</code>
        </pre>
      </details>
    </section>
  );
}
