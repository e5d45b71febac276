import type {ReactNode} from 'react';
import {describeLabel, efaLayout, isBurstLabel, maxPods, multiCardCaveat, totalPrivateIpv4} from '@site/src/lib/instanceCalc';
import type {ExplorerRow} from '@site/src/lib/instanceFilter';
import {cardRuns} from '@site/src/lib/instanceData';
import styles from './styles.module.css';
import NetworkDetails from './NetworkDetails';

export const DETAIL_HEADING_ID = 'ie-detail-heading';

const yes = (b: boolean) => (b ? 'yes' : 'no');


const gbps = (v: number | null) => (v === null ? '–' : `${v} Gbps`);

export default function DetailPanel({
  row,
  compared,
  compareFull,
  onToggleCompare,
  onClose,
  asOf,
  karpenterDate,
}: {
  row: ExplorerRow;
  compared: boolean;
  compareFull: boolean;
  onToggleCompare: () => void;
  onClose: () => void;
  asOf: string;
  karpenterDate: string;
}): ReactNode {
  const pods = maxPods(row);
  const ip = totalPrivateIpv4(row);
  const efa = efaLayout(row);
  const caveat = multiCardCaveat(row);
  return (
    <section
      className={styles.detail}
      aria-labelledby={DETAIL_HEADING_ID}
      data-testid="detail-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}>
      <div className={styles.detailHead}>
        <h3 id={DETAIL_HEADING_ID} tabIndex={-1}>
          {row.type}
        </h3>
        <div className={styles.detailActions}>
          <button type="button" className="button button--secondary button--sm" onClick={onToggleCompare} disabled={!compared && compareFull}>
            {compared ? 'Remove from compare' : 'Add to compare'}
          </button>
          <button type="button" className="button button--secondary button--sm" onClick={onClose} aria-label={`Close details of ${row.type}`}>
            Close
          </button>
        </div>
      </div>
      <p className={styles.muted}>DescribeInstanceTypes data as of {asOf}. Press Escape to close.</p>

      <dl className={styles.facts}>
        <dt>Family / size</dt>
        <dd>
          {row.family} / {row.size}
        </dd>
        <dt>vCPUs</dt>
        <dd>{row.vcpus}</dd>
        <dt>Hypervisor</dt>
        <dd>{row.hypervisor ?? 'none given (bare metal)'}</dd>
        <dt>Generation</dt>
        <dd>{row.currentGeneration ? 'current' : 'previous'}{row.bareMetal ? ', bare metal' : ''}</dd>
        <dt>ENA support</dt>
        <dd>{row.ena}</dd>
        <dt>ENA Express</dt>
        <dd>{yes(row.enaExpress)}</dd>
        <dt>EFA</dt>
        <dd>{row.efaSupported ? `yes, up to ${row.maxEfa}` : 'no'}</dd>
        <dt>ENIs</dt>
        <dd>{row.maxEni} in total</dd>
        <dt>Addresses per ENI</dt>
        <dd>
          {row.ipv4PerEni} private IPv4, {row.ipv6PerEni} IPv6 (IPv6 {row.ipv6Supported ? 'supported' : 'not supported'})
        </dd>
        <dt>Network performance</dt>
        <dd>{describeLabel(row.networkPerformance)}</dd>
        <dt>Encryption in transit</dt>
        <dd>{yes(row.encryptionInTransit)}</dd>
      </dl>

      <h4>Network cards</h4>
      <div className={styles.tableWrapSmall}>
        <table className={styles.cardTable}>
          <thead>
            <tr>
              <th scope="col">Cards</th>
              <th scope="col">ENIs per card</th>
              <th scope="col">Baseline</th>
              <th scope="col">Peak</th>
              <th scope="col">Label</th>
            </tr>
          </thead>
          <tbody>
            {cardRuns(row.cards).map(({first, last, card: c}) => (
              <tr key={first}>
                <th scope="row">
                  {first === last ? first : `${first}–${last}`}
                  {row.defaultCard >= first && row.defaultCard <= last ? ` (default: ${row.defaultCard})` : ''}
                </th>
                <td>{c.maxEni}{first === last ? '' : ' each'}</td>
                <td>{gbps(c.baselineGbps)}</td>
                <td>{gbps(c.peakGbps)}</td>
                <td>{c.performance}{isBurstLabel(c.performance) ? ' (burst ceiling)' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {caveat && (
        <p className={styles.caveat} data-testid="multi-card-caveat">
          <strong>Multi-card caveat:</strong> {caveat}
        </p>
      )}

      <h4>Total private IPv4</h4>
      <p>
        <strong>{ip.value}</strong>: {ip.working}
      </p>

      <h4>EFA layout</h4>
      <ul>
        {efa.lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>

      <h4>EKS max pods (Amazon VPC CNI)</h4>
      <dl className={styles.pods}>
        <dt>Secondary-IP mode (default)</dt>
        <dd>
          <strong data-testid="pods-secondary">{pods.secondaryIp.value}</strong>: {pods.secondaryIp.working}
        </dd>
        <dt>Custom networking</dt>
        <dd>
          <strong>{pods.customNetworking.value}</strong>: {pods.customNetworking.working}
        </dd>
        <dt>Prefix delegation</dt>
        <dd>
          {pods.prefixDelegation ? (
            <>
              <strong>{pods.prefixDelegation.value}</strong>: {pods.prefixDelegation.working}
            </>
          ) : null}{' '}
          {pods.prefixNote}
        </dd>
      </dl>
      <p className={styles.muted}>{pods.capNote}</p>

      <h4>Branch ENIs (security groups for pods)</h4>
      <p>
        {row.branchEni === null
          ? 'Not in the Karpenter data for this type; AWS does not publish this limit through a public API.'
          : `${row.branchEni} branch ENIs per trunk ENI${row.trunking === false ? ' (but ENI trunking is not supported on this type)' : ''}. AWS does not publish this limit through a public API; the figure comes from Karpenter's generated data (${karpenterDate}).`}
      </p>

      <NetworkDetails row={row} />

      <h4>Check the live value</h4>
      <pre className={styles.cli}>
        <code>{`aws ec2 describe-instance-types --instance-types ${row.type} \\\n  --query "InstanceTypes[].NetworkInfo"`}</code>
      </pre>
    </section>
  );
}
