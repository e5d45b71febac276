import {useEffect, useState, type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {ageText} from '@site/src/lib/dataAge';
import {groupSupplementary} from '@site/src/lib/supplementGroups';
import {bandwidthDisagreements, importChanges, instanceDataProvenance, supplementaryTypes} from '@site/src/data/instances';
import DisagreementMark, {DISAGREEMENT_ADVICE} from './DisagreementMark';
import styles from './networkData.module.css';

const p = instanceDataProvenance;
const supplementGroups = groupSupplementary(supplementaryTypes);

/** The files a type the API dump lacks is listed in, shortly. */
function listedBy(s: (typeof supplementaryTypes)[number]): string {
  if (s.status === 'docs-only') return 'AWS docs tables only';
  return s.sources
    .map((x) => x.split(' ')[0])
    .filter((x, i, a) => a.indexOf(x) === i)
    .join(', ');
}

/** Today as YYYY-MM-DD: the import date on the server (stable HTML), the reader's clock once live. */
function useToday(): string {
  const [today, setToday] = useState(p.importDate);
  useEffect(() => setToday(new Date().toISOString().slice(0, 10)), []);
  return today;
}

/** How old the data is, what changed since the previous import, what disagrees, what the API lacks, and the download. */
export default function DataFreshness(): ReactNode {
  const today = useToday();
  const json = useBaseUrl('/data/instance-types.json');
  const csv = useBaseUrl('/data/instance-types.csv');
  const c = importChanges;
  const nothing = c.added.length + c.removed.length + c.changed.length === 0;
  return (
    <section className={styles.freshness} aria-labelledby="ie-data-heading" data-testid="data-freshness">
      <h2 id="ie-data-heading">About this data</h2>
      <p data-testid="data-age">
        DescribeInstanceTypes as of {p.instances.versionDate}, {ageText(p.instances.versionDate, today)}
        {p.offerings ? `; offerings as of ${p.offerings.versionDate}` : ''}
        {p.karpenter ? `; branch ENIs as of ${p.karpenter.generated.slice(0, 10)}` : ''}. Imported {p.importDate}. AWS adds types every month: check the live
        API before relying on a figure.
      </p>
      <p>
        <a href={json} download>
          Download the data (JSON)
        </a>{' '}
        ·{' '}
        <a href={csv} download>
          CSV
        </a>{' '}
        (Apache-2.0, with sources and commits; schema on this page under &quot;Download the data&quot;).
      </p>

      <h3>New since the previous import</h3>
      <p data-testid="import-changes">
        {c.from ? `From ${c.from.versionDate} to ${c.to.versionDate}: ` : `First import (${c.to.versionDate}). `}
        {nothing
          ? 'no type added or removed, no network limit changed.'
          : `${c.added.length} added${c.added.length ? ` (${c.added.join(', ')})` : ''}, ${c.removed.length} removed${c.removed.length ? ` (${c.removed.join(', ')})` : ''}, ${c.changed.length} limits changed.`}
      </p>
      {c.changed.length > 0 && (
        <ul>
          {c.changed.slice(0, 50).map((x) => (
            <li key={`${x.type}-${x.field}`}>
              {x.type}: {x.field} {String(x.from)} → {String(x.to)}
            </li>
          ))}
        </ul>
      )}

      <h3>Where the API and the docs disagree on bandwidth</h3>
      <p>
        For {bandwidthDisagreements.length} types the baseline bandwidth from DescribeInstanceTypes differs from the AWS documentation tables beyond rounding.{' '}
        {DISAGREEMENT_ADVICE}
      </p>
      <ul data-testid="disagreement-list">
        {bandwidthDisagreements.map((d) => (
          <li key={d.type}>
            {d.type}: API {d.apiGbps} Gbps <DisagreementMark docsGbps={d.docsGbps} />
          </li>
        ))}
      </ul>

      <details>
        <summary>
          {supplementaryTypes.length} types not in the API data ({supplementGroups.map((g) => `${g.types.length} ${g.title.toLowerCase()}`).join(', ')})
        </summary>
        <p>
          DescribeInstanceTypes did not return these, so they are not in the table above; they come from the EKS tools&apos; files (VPC CNI, Karpenter
          {p.karpenter ? ` as of ${p.karpenter.generated.slice(0, 10)}` : ''}) or only from the AWS docs tables. &quot;?&quot; means no source gives the value.
        </p>
        {supplementGroups.map((g) => (
          <div key={g.status} className={styles.zones}>
            <h4 id={`ie-missing-${g.status}`}>
              {g.title} ({g.types.length})
            </h4>
            <p>{g.about}</p>
            <table data-testid="supplementary-table" data-status={g.status} aria-labelledby={`ie-missing-${g.status}`}>
              <thead>
                <tr>
                  <th scope="col">Type</th>
                  <th scope="col">Listed by</th>
                  <th scope="col">ENIs</th>
                  <th scope="col">IPv4/ENI</th>
                  <th scope="col">Max pods</th>
                  <th scope="col">Docs Gbps</th>
                </tr>
              </thead>
              <tbody>
                {g.types.map((s) => (
                  <tr key={s.type}>
                    <th scope="row">{s.type}</th>
                    <td>{listedBy(s)}</td>
                    <td>{s.maxEni ?? '?'}</td>
                    <td>{s.ipv4PerEni ?? '?'}</td>
                    <td>{s.maxPods ?? '?'}</td>
                    <td>{s.docsBaselineGbps ?? s.docsBandwidthLabel ?? '?'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </details>
    </section>
  );
}
