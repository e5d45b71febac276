import type {ReactNode} from 'react';
import type {ExplorerRow} from '@site/src/lib/instanceFilter';
import {maxPods} from '@site/src/lib/instanceCalc';
import styles from './styles.module.css';
import CommonZones from './CommonZones';

const FIELDS: [string, (r: ExplorerRow) => string][] = [
  ['vCPUs', (r) => String(r.vcpus)],
  ['ENA support', (r) => r.ena],
  ['ENA Express', (r) => (r.enaExpress ? 'yes' : 'no')],
  ['EFAs', (r) => (r.efaSupported ? String(r.maxEfa) : 'no EFA')],
  ['Network cards', (r) => String(r.cards.length)],
  ['ENIs (all cards)', (r) => String(r.maxEni)],
  ['ENIs on the default card', (r) => String(r.cards[r.defaultCard]?.maxEni ?? '')],
  ['IPv4 per ENI', (r) => String(r.ipv4PerEni)],
  ['IPv6 per ENI', (r) => String(r.ipv6PerEni)],
  ['Total private IPv4', (r) => String(r.totalIpv4)],
  ['Network performance', (r) => r.networkPerformance],
  ['Baseline Gbps', (r) => (r.baseline === null ? '–' : String(r.baseline))],
  ['Max pods (secondary IP)', (r) => String(r.pods)],
  ['Max pods (custom networking)', (r) => String(maxPods(r).customNetworking.value)],
  ['Max pods (prefix delegation)', (r) => (r.podsPrefix === null ? 'n/a' : String(r.podsPrefix))],
  ['Branch ENIs', (r) => (r.branchEni === null ? 'unknown' : String(r.branchEni))],
  ['Encryption in transit', (r) => (r.encryptionInTransit ? 'yes' : 'no')],
];

/** Up to four types side by side, one row per field. */
export default function ComparePanel({rows, onRemove, onClear}: {rows: ExplorerRow[]; onRemove: (name: string) => void; onClear: () => void}): ReactNode {
  return (
    <section className={styles.compare} aria-labelledby="ie-compare-heading" data-testid="compare-panel">
      <div className={styles.detailHead}>
        <h2 id="ie-compare-heading">Compare ({rows.length} of 4)</h2>
        <button type="button" className="button button--secondary button--sm" onClick={onClear}>
          Clear compare
        </button>
      </div>
      <div className={styles.tableWrapSmall} tabIndex={0} role="region" aria-label="Comparison (scrolls sideways)">
        <table className={styles.cardTable}>
          <thead>
            <tr>
              <th scope="col">Field</th>
              {rows.map((r) => (
                <th scope="col" key={r.type}>
                  {r.type}{' '}
                  <button type="button" className={styles.linkButton} onClick={() => onRemove(r.type)} aria-label={`Remove ${r.type} from compare`}>
                    ✕
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FIELDS.map(([label, get]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {rows.map((r) => (
                  <td key={r.type}>{get(r)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CommonZones rows={rows} />
    </section>
  );
}
