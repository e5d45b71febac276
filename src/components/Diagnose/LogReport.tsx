/**
 * The NCCL / Libfabric reader's answer: verdict (in `data-verdict`), the
 * reason, the quoted lines with their line numbers, likely causes, the
 * environment and the pitfalls. Pasted lines are rendered as React text
 * children only, so markup in a paste stays text.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {Environment, LogReport as Report} from '@site/src/lib/ncclLog';
import styles from './styles.module.css';

const ENV_ROWS: {key: keyof Environment; label: string}[] = [
  {key: 'ncclVersion', label: 'NCCL version'},
  {key: 'ofiVersion', label: 'aws-ofi-nccl version'},
  {key: 'libfabricVersion', label: 'Libfabric version'},
  {key: 'provider', label: 'Libfabric provider'},
  {key: 'fabric', label: 'Fabric (efa / efa-direct)'},
  {key: 'nics', label: 'EFA devices (NICs) found'},
  {key: 'platform', label: 'Instance platform'},
];

const TONE: Record<Report['verdict'], string> = {
  efa: 'ok',
  'fi-info-ok': 'ok',
  'efa-no-gdr': 'warn',
  unknown: 'warn',
  'not-efa': 'bad',
  'efa-unavailable': 'bad',
  'efa-error': 'bad',
  'fi-info-failed': 'bad',
};

function Evidence({r}: {r: Report}): ReactNode {
  if (r.evidence.length === 0) return null;
  return (
    <>
      <h3 className={styles.subhead}>The lines that decide it</h3>
      <ol className={styles.evidence}>
        {r.evidence.map((e) => (
          <li key={`${e.line}-${e.kind}`} className={styles[e.kind]} data-kind={e.kind}>
            <span className={styles.lineNo}>line {e.line}</span>
            <code className={styles.quoted}>{e.text}</code>
            <span className={styles.why}>
              {e.kind === 'pitfall' ? 'Not a problem: ' : ''}
              {e.why}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

function Causes({r}: {r: Report}): ReactNode {
  if (r.causes.length === 0) return null;
  return (
    <>
      <h3 className={styles.subhead}>Likely causes, most likely first</h3>
      <ol className={styles.causes}>
        {r.causes.map((c) => (
          <li key={c.id} data-cause={c.id}>
            <p>
              <strong>{c.text}</strong>
              {c.seen ? <span className={styles.seen}> (the paste points here)</span> : null}
            </p>
            <p>
              <strong>Confirm:</strong> {c.confirm}
            </p>
            <p>
              <strong>Fix:</strong> {c.fix} <Link to={c.link}>How to, on this site</Link>
              {c.fact ? (
                <>
                  {' · '}
                  <a href={c.fact.source} rel="noopener noreferrer">
                    Source (checked {c.fact.asOf})
                  </a>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

function Env({env}: {env: Environment}): ReactNode {
  return (
    <>
      <h3 className={styles.subhead}>What the paste says about the environment</h3>
      <dl className={styles.env}>
        {ENV_ROWS.map(({key, label}) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>{env[key] === undefined ? <span className={styles.muted}>not shown</span> : String(env[key])}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

export default function LogReport({r, caption}: {r: Report; caption?: string}): ReactNode {
  return (
    <div className={styles.report} data-testid="log-report">
      {caption ? <p className={styles.caption}>{caption}</p> : null}
      {r.inputNotice ? (
        <p className={styles.notice} role="alert">
          {r.inputNotice}
        </p>
      ) : null}
      <div className={`${styles.verdict} ${styles[TONE[r.verdict]] ?? ''}`} data-verdict={r.verdict} data-testid="verdict">
        <p className={styles.verdictTitle}>
          <span className={styles.badge}>{r.verdict}</span> {r.title}
        </p>
        <p>{r.reason}</p>
      </div>
      <Evidence r={r} />
      {r.errors.length > 0 ? (
        <>
          <h3 className={styles.subhead}>EFA error codes in the paste</h3>
          <ul>
            {r.errors.map((e) => (
              <li key={e.code}>
                <code>{e.code}</code> {e.name}: {e.meaning} Usually: {e.likely}{' '}
                <a href={e.source} rel="noopener noreferrer">
                  Source
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Causes r={r} />
      {r.notes.length > 0 ? (
        <>
          <h3 className={styles.subhead}>Handled correctly</h3>
          <ul>
            {r.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      ) : null}
      {r.capture.length > 0 ? (
        <>
          <h3 className={styles.subhead}>What to capture next</h3>
          <ul>
            {r.capture.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      ) : null}
      <Env env={r.env} />
      <p className={styles.muted}>Read {r.lineCount.toLocaleString('en-US')} lines.</p>
    </div>
  );
}
