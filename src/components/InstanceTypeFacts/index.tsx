/**
 * The sections that describe one instance type's network limits, shared by
 * the explorer's detail panel (a quick look) and the per-type pages
 * (/docs/types/<type>). Each section is its own component so that a page can
 * pick, order and head them as it needs. Figures come from src/lib/instanceCalc.ts.
 */
import type {ReactNode} from 'react';
import {describeLabel, efaLayout, isBurstLabel, maxPods, multiCardCaveat, totalPrivateIpv4} from '@site/src/lib/instanceCalc';
import {cardRuns, type InstanceType} from '@site/src/lib/instanceData';
import CodeText from '@site/src/components/CodeText';
import styles from './styles.module.css';

const yes = (b: boolean) => (b ? 'yes' : 'no');
const gbps = (v: number | null) => (v === null ? '–' : `${v} Gbps`);

/** Key facts as a definition list: ENA, ENA Express, EFA, ENIs, addresses, bandwidth. */
export function NetworkFacts({t}: {t: InstanceType}): ReactNode {
  return (
    <dl className={styles.facts} data-testid="network-facts">
      <dt>Family / size</dt>
      <dd>
        {t.family} / {t.size}
      </dd>
      <dt>vCPUs</dt>
      <dd>{t.vcpus}</dd>
      <dt>Hypervisor</dt>
      <dd>{t.hypervisor ?? 'none given (bare metal)'}</dd>
      <dt>Generation</dt>
      <dd>
        {t.currentGeneration ? 'current' : 'previous'}
        {t.bareMetal ? ', bare metal' : ''}
      </dd>
      <dt>ENA support</dt>
      <dd data-fact="ena">{t.ena}</dd>
      <dt>ENA Express</dt>
      <dd data-fact="enaExpress">{yes(t.enaExpress)}</dd>
      <dt>EFA</dt>
      <dd data-fact="efa">{t.efaSupported ? `yes, up to ${t.maxEfa}` : 'no'}</dd>
      <dt>ENIs</dt>
      <dd data-fact="maxEni">{t.maxEni} in total</dd>
      <dt>Addresses per ENI</dt>
      <dd data-fact="addresses">
        {t.ipv4PerEni} private IPv4, {t.ipv6PerEni} IPv6 (IPv6 {t.ipv6Supported ? 'supported' : 'not supported'})
      </dd>
      <dt>Network performance</dt>
      <dd data-fact="performance">{describeLabel(t.networkPerformance)}</dd>
      <dt>Encryption in transit</dt>
      <dd data-fact="encryption">{yes(t.encryptionInTransit)}</dd>
    </dl>
  );
}

/** The network cards, identical neighbours folded into one row, and the multi-card caveat. */
export function CardTable({t}: {t: InstanceType}): ReactNode {
  const caveat = multiCardCaveat(t);
  return (
    <>
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={`Network cards of ${t.type}`}>
        <table className={styles.cardTable} data-testid="card-table">
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
            {cardRuns(t.cards).map(({first, last, card: c}) => (
              <tr key={first}>
                <th scope="row">
                  {first === last ? first : `${first}–${last}`}
                  {t.defaultCard >= first && t.defaultCard <= last ? ` (default: ${t.defaultCard})` : ''}
                </th>
                <td>
                  {c.maxEni}
                  {first === last ? '' : ' each'}
                </td>
                <td>{gbps(c.baselineGbps)}</td>
                <td>{gbps(c.peakGbps)}</td>
                <td>
                  {c.performance}
                  {isBurstLabel(c.performance) ? ' (burst ceiling)' : ''}
                </td>
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
    </>
  );
}

export function TotalIpv4({t}: {t: InstanceType}): ReactNode {
  const ip = totalPrivateIpv4(t);
  return (
    <p data-fact="totalIpv4">
      <strong>{ip.value}</strong>: {ip.working}
    </p>
  );
}

export function EfaLayoutList({t}: {t: InstanceType}): ReactNode {
  return (
    <ul data-testid="efa-layout">
      {efaLayout(t).lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

/** The three EKS max-pods figures with their working. */
export function MaxPodsFigures({t}: {t: InstanceType}): ReactNode {
  const pods = maxPods(t);
  return (
    <>
      <dl className={styles.facts}>
        <dt>Secondary-IP mode (default)</dt>
        <dd data-fact="podsSecondary">
          <strong data-testid="pods-secondary">{pods.secondaryIp.value}</strong>: {pods.secondaryIp.working}
        </dd>
        <dt>Custom networking</dt>
        <dd data-fact="podsCustom">
          <strong>{pods.customNetworking.value}</strong>: {pods.customNetworking.working}
        </dd>
        <dt>Prefix delegation</dt>
        <dd data-fact="podsPrefix">
          {pods.prefixDelegation ? (
            <>
              <strong>{pods.prefixDelegation.value}</strong>: {pods.prefixDelegation.working}
            </>
          ) : null}{' '}
          {pods.prefixNote}
        </dd>
      </dl>
      <p className={styles.muted}>
        <CodeText text={pods.capNote} />
      </p>
    </>
  );
}

export function BranchEniNote({t, karpenterDate}: {t: InstanceType; karpenterDate: string}): ReactNode {
  return (
    <p data-fact="branchEni">
      {t.branchEni === null
        ? 'Not in the Karpenter data for this type; AWS does not publish this limit through a public API.'
        : `${t.branchEni} branch ENIs per trunk ENI${t.trunking === false ? ' (but ENI trunking is not supported on this type)' : ''}. AWS does not publish this limit through a public API; the figure comes from Karpenter's generated data (${karpenterDate}).`}
    </p>
  );
}

export function LiveCheck({t}: {t: InstanceType}): ReactNode {
  return (
    <pre className={styles.cli}>
      <code>{`aws ec2 describe-instance-types --instance-types ${t.type} \\\n  --query "InstanceTypes[].NetworkInfo"`}</code>
    </pre>
  );
}
