import type {ReactNode} from 'react';
import {cardRuns} from '@site/src/lib/instanceData';
import type {ExplorerRow} from '@site/src/lib/instanceFilter';
import {zoneRegion, instanceDataProvenance} from '@site/src/data/instances';
import {networkRules as R} from '@site/src/data/networkRules';
import {maxPods} from '@site/src/lib/instanceCalc';
import CodeText from '@site/src/components/CodeText';
import DisagreementMark, {DISAGREEMENT_ADVICE} from './DisagreementMark';
import styles from './networkData.module.css';

const nf = new Intl.NumberFormat('en-US');
const q = (v: number | null | undefined) => (v == null ? '–' : String(v));

/** Zone IDs grouped by Region, in the region table's order. */
function zonesByRegion(zoneIds: readonly string[]): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const z of zoneIds) {
    const r = zoneRegion.get(z) ?? '?';
    const last = out[out.length - 1];
    if (last && last[0] === r) last[1].push(z);
    else out.push([r, [z]]);
  }
  return out;
}

/** Where the type runs, the extra network fields, and the docs-vs-API bandwidth check, for the detail panel. */
export default function NetworkDetails({row}: {row: ExplorerRow}): ReactNode {
  const offersAsOf = instanceDataProvenance.offerings?.versionDate ?? '';
  const groups = row.zoneIds ? zonesByRegion(row.zoneIds) : null;
  const ct = row.connTrack;
  const pods = maxPods(row);
  return (
    <div data-testid="network-details">
      <h3>Where it runs</h3>
      {groups === null ? (
        <p>No offering data for this type.</p>
      ) : groups.length === 0 ? (
        <p>Not offered in any of the 30 Regions in the data (DescribeInstanceTypeOfferings, {offersAsOf}).</p>
      ) : (
        <>
          <p>
            Offered in <strong data-testid="region-count">{groups.length}</strong> of 30 Regions, {row.zoneIds?.length} zones (DescribeInstanceTypeOfferings,{' '}
            {offersAsOf}). Zone IDs name the same physical zone in every account; zone names such as us-east-1a are mapped differently per account, so compare
            IDs. An EFA cluster must sit in one zone.
          </p>
          <details>
            <summary>Zone IDs by Region</summary>
            <ul className={styles.zones} data-testid="zone-list">
              {groups.map(([r, zs]) => (
                <li key={r}>
                  {r}:{' '}
                  {zs.map((z, i) => (
                    <span key={z}>
                      {i > 0 && ', '}
                      <code>{z}</code>
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}

      {row.docsBaselineGbps != null && (
        <>
          <h3>
            Bandwidth: API and docs disagree <DisagreementMark docsGbps={row.docsBaselineGbps} />
          </h3>
          <p data-testid="bw-advice">
            DescribeInstanceTypes gives <strong>{q(row.baseline)} Gbps</strong> baseline; the AWS instance-type docs table gives{' '}
            <strong>{row.docsBaselineGbps} Gbps</strong>. {DISAGREEMENT_ADVICE}
          </p>
        </>
      )}

      <h3>Max pods as a node gets it</h3>
      <dl data-testid="pods-as-seen">
        <dt>VPC CNI formula, uncapped</dt>
        <dd>
          <strong>{pods.secondaryIp.value}</strong>. <CodeText text={R.maxPodsFormula.statement} /> (<a href={R.maxPodsFormula.source}>source</a>, as of{' '}
          {R.maxPodsFormula.asOf})
        </dd>
        <dt>Amazon Linux 2023 EKS AMI (nodeadm)</dt>
        <dd>
          <strong>{pods.secondaryIp.value}</strong>. <CodeText text={R.nodeadmMaxPods.statement} /> (<a href={R.nodeadmMaxPods.source}>source</a>, as of{' '}
          {R.nodeadmMaxPods.asOf})
        </dd>
        <dt>AWS recommendation</dt>
        <dd>
          At most <strong>{pods.cap}</strong> on this type ({row.vcpus} vCPUs). {R.nodeadmMaxPods.detail}
        </dd>
      </dl>

      <h3>Connection tracking and ENA queues</h3>
      <dl>
        <dt>Default idle timeouts (conntrack)</dt>
        <dd>
          {ct
            ? `TCP established ${nf.format(ct.tcpEstablished)} s${ct.tcpEstablished === 350 ? ' (the short default of the newest types)' : ' (5 days)'}, UDP stream ${ct.udpStream} s, other UDP ${ct.udp} s. Tracked flows idle longer than this are dropped from the table; you can lower them per ENI.`
            : 'Not given by the API for this type.'}
        </dd>
        <dt>ENA queues per interface</dt>
        <dd>
          {cardRuns(row.cards)
            .map(
              ({first, last, card: c}) =>
                `card ${first === last ? first : `${first}–${last}`}: ${q(c.defaultEnaQueues)} by default${c.maxEnaQueuesPerEni != null ? `, up to ${c.maxEnaQueuesPerEni} per ENI and ${q(c.maxEnaQueues)} per card` : ''}`,
            )
            .join('; ')}
          . {row.flexibleEnaQueues ? 'Flexible ENA queues: you can set the count per interface at attach time.' : 'The queue count is fixed on this type.'}
        </dd>
        <dt>Bandwidth weighting</dt>
        <dd>
          {row.bandwidthWeighting
            ? 'Yes: vpc-1 shifts bandwidth towards the network, ebs-1 towards EBS (default keeps the split).'
            : 'No: the network/EBS split is fixed.'}
        </dd>
      </dl>
      <p className={styles.help}>
        Source: DescribeInstanceTypes NetworkInfo ({instanceDataProvenance.instances.versionDate}); docs-table bandwidth via Karpenter&apos;s generated file (
        {instanceDataProvenance.docsBandwidth?.versionDate ?? 'not imported'}).
      </p>
    </div>
  );
}
