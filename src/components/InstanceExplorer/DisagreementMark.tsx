import type {ReactNode} from 'react';
import styles from './networkData.module.css';

/**
 * A visible mark where the API's baseline bandwidth and the AWS docs tables
 * disagree (src/data/instanceExtras.generated.json). The text says both values,
 * so it works without hover and for screen readers.
 */
export default function DisagreementMark({docsGbps}: {docsGbps: number | null | undefined}): ReactNode {
  if (docsGbps == null) return null;
  return (
    <span className={styles.mark} data-testid="bw-disagreement">
      ≠ docs {docsGbps}
    </span>
  );
}

/** The sentence on which figure to trust, shared by the detail panel and the page. */
export const DISAGREEMENT_ADVICE =
  'The API figure is what EC2 reports for the instance (and what tools such as Karpenter read at run time); the docs table is a human-maintained summary. Where they differ, plan capacity on the lower of the two and measure (for example with iperf3 over several flows): neither source is guaranteed for your traffic mix.';
