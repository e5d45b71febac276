/**
 * The quick look at one type above the table; the type's own page
 * (/docs/types/<type>) has the same sections and more.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {BranchEniNote, CardTable, EfaLayoutList, LiveCheck, MaxPodsFigures, NetworkFacts, TotalIpv4} from '@site/src/components/InstanceTypeFacts';
import {AS_OF, KARPENTER_DATE, type ExplorerRow} from './model';
import styles from './styles.module.css';
import NetworkDetails from './NetworkDetails';

export const DETAIL_HEADING_ID = 'ie-detail-heading';

export default function DetailPanel({
  row,
  compared,
  compareFull,
  onToggleCompare,
  onClose,
}: {
  row: ExplorerRow;
  compared: boolean;
  compareFull: boolean;
  onToggleCompare: () => void;
  onClose: () => void;
}): ReactNode {
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
      }}
    >
      <div className={styles.detailHead}>
        <h2 id={DETAIL_HEADING_ID} tabIndex={-1}>
          {row.type}
        </h2>
        <div className={styles.detailActions}>
          <button type="button" className="button button--secondary button--sm" onClick={onToggleCompare} disabled={!compared && compareFull}>
            {compared ? 'Remove from compare' : 'Add to compare'}
          </button>
          <button type="button" className="button button--secondary button--sm" onClick={onClose} aria-label={`Close details of ${row.type}`}>
            Close
          </button>
        </div>
      </div>
      <p className={styles.muted}>
        DescribeInstanceTypes data as of {AS_OF}. <Link to={`/docs/types/${row.type}`}>All of {row.type} on its own page</Link>
        {/* Only where there is a keyboard: a phone has no Escape key. */}
        <span className={styles.keyHint} data-testid="escape-hint">
          {' '}
          Press Escape to close.
        </span>
      </p>
      <NetworkFacts t={row} />
      <h3>Network cards</h3>
      <CardTable t={row} />
      <h3>Total private IPv4</h3>
      <TotalIpv4 t={row} />
      <h3>EFA layout</h3>
      <EfaLayoutList t={row} />
      {row.efaSupported && (
        <p>
          <Link to={`/docs/tools/efa-layout?type=${encodeURIComponent(row.type)}`}>Generate the network layout</Link> for {row.type}.
        </p>
      )}
      <h3>EKS max pods (Amazon VPC CNI)</h3>
      <MaxPodsFigures t={row} />
      <p>
        <Link to={`/docs/tools/eks-ip-planner?type=${encodeURIComponent(row.type)}`}>Plan pods and subnet addresses</Link> for a node group of {row.type}.
      </p>
      <h3>Branch ENIs (security groups for pods)</h3>
      <BranchEniNote t={row} karpenterDate={KARPENTER_DATE} />
      <NetworkDetails row={row} />
      <h3>Check the live value</h3>
      <LiveCheck t={row} />
    </section>
  );
}
