/**
 * Allowance-counter explainer: the reader pastes `ethtool -S eth0` output and
 * sees which ENA allowance counters (and ENA Express counters) are non-zero,
 * what they mean and what to do. Parsing is done by src/lib/ethtoolStats.ts in
 * the browser; nothing is sent anywhere, and the pasted text is never rendered
 * (only counter names from our own table and digit-only values are shown).
 *
 * Without JavaScript the instructions, the example input and its explanation
 * are all in the server-rendered HTML.
 */
import {useId, useState, type FormEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {explainEthtoolStats, SAMPLE_ETHTOOL_OUTPUT, type Explanation, type Finding} from '@site/src/lib/ethtoolStats';
import styles from './styles.module.css';

const EXAMPLE = explainEthtoolStats(SAMPLE_ETHTOOL_OUTPUT);

function FindingItem({f}: {f: Finding}): ReactNode {
  return (
    <li className={f.severity === 'problem' ? styles.problem : styles.info}>
      <p className={styles.findingHead}>
        <span className={styles.badge}>{f.severity === 'problem' ? 'Needs attention' : 'Information'}</span>{' '}
        <code>{f.name}</code> = <strong>{f.value}</strong>
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
        <strong>{r.summary}</strong> Read {r.statCount} statistics. Counters add up from when the driver loaded; run the
        command twice a minute apart and compare to see what is growing now.
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

export default function AllowanceExplainer(): ReactNode {
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<Explanation | null>(null);

  const explain = (e: FormEvent) => {
    e.preventDefault();
    setResult(explainEthtoolStats(text));
  };

  return (
    <section className={styles.explainer} aria-labelledby={`${id}-title`}>
      <p className={styles.title} id={`${id}-title`}>
        Allowance-counter explainer
      </p>
      <ol className={styles.steps}>
        <li>
          On the instance, run <code>ethtool -S eth0</code> (use your interface name, for example <code>ens5</code>).
        </li>
        <li>Paste everything it prints into the box and choose <strong>Explain counters</strong>.</li>
      </ol>
      <p className={styles.privacy}>
        The text stays in your browser: it is read here and never sent anywhere or shown back as HTML.
      </p>
      <form onSubmit={explain}>
        <label htmlFor={`${id}-input`} className={styles.label}>
          Output of <code>ethtool -S</code>
        </label>
        <textarea
          id={`${id}-input`}
          className={styles.input}
          rows={8}
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={'NIC statistics:\n     bw_in_allowance_exceeded: 0\n     ...'}
        />
        <div className={styles.buttons}>
          <button type="submit" className="button button--primary">
            Explain counters
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setText(SAMPLE_ETHTOOL_OUTPUT);
              setResult(explainEthtoolStats(SAMPLE_ETHTOOL_OUTPUT));
            }}>
            Use the example
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setText('');
              setResult(null);
            }}>
            Clear
          </button>
        </div>
      </form>
      <div className={styles.output} aria-live="polite" data-testid="allowance-result">
        {result ? (
          <Result r={result} />
        ) : (
          <Result r={EXAMPLE} caption="Example: this is what the explainer shows for the sample output below." />
        )}
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
