/**
 * Rates between two counter snapshots: conclusions in words, then every
 * counter that moved with its meaning (from src/data/counters.ts).
 * Counter names come from the paste but are matched by /^[a-z0-9_]+$/ (or
 * the device-name pattern) in the parser, and are rendered as text.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {DeltaResult} from '@site/src/lib/counterDelta';
import styles from './styles.module.css';

const rate = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toLocaleString('en-US', {maximumSignificantDigits: 3}));

export default function DeltaReport({r, caption}: {r: DeltaResult; caption?: string}): ReactNode {
  if (!r.ok) {
    return (
      <p className={styles.notice} role="alert" data-testid="delta-message">
        {r.message}
      </p>
    );
  }
  return (
    <div className={styles.report} data-testid="delta-report" data-format={r.format}>
      {caption ? <p className={styles.caption}>{caption}</p> : null}
      <h3 className={styles.subhead}>Conclusion</h3>
      <ul className={styles.conclusions}>
        {r.conclusions.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      {r.moved.length > 0 ? (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>
              Counters that moved in {r.seconds} s ({r.unchanged} unchanged)
            </caption>
            <thead>
              <tr>
                <th scope="col">Counter</th>
                <th scope="col">Change</th>
                <th scope="col">Per second</th>
                <th scope="col">What it means</th>
              </tr>
            </thead>
            <tbody>
              {r.moved.slice(0, 200).map((m) => (
                <tr key={m.key} className={m.info?.kind === 'exceeded' || m.info?.kind === 'error' ? styles.rowProblem : undefined}>
                  <td>
                    <code>{m.name}</code>
                    {m.device ? <div className={styles.muted}>{m.device}</div> : null}
                  </td>
                  <td>{Number(m.delta).toLocaleString('en-US')}</td>
                  <td>{rate(m.perSecond)}</td>
                  <td>
                    {m.info ? (
                      <>
                        {m.info.meaning} <Link to={m.info.learnMore}>More</Link>
                      </>
                    ) : (
                      <span className={styles.muted}>A counter this page does not describe.</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {r.gauges.length > 0 ? (
        <p>
          Levels (not rates):{' '}
          {r.gauges.map((g, i) => (
            <span key={g.key}>
              {i > 0 ? '; ' : ''}
              <code>{g.name}</code> {Number(g.before).toLocaleString('en-US')} → {Number(g.after).toLocaleString('en-US')}
            </span>
          ))}
          .
        </p>
      ) : null}
    </div>
  );
}
