/**
 * "Last verified against the sources: <date>", shown under the title of every
 * docs page that has `last_verified` in its front matter. Rendered on the
 * server by the DocItem/Content wrapper (src/theme/DocItem/Content), so it is
 * in the HTML with JavaScript off.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

export default function LastVerified({date}: {date: string}): ReactNode {
  return (
    <p className={styles.lastVerified} data-testid="last-verified">
      Last verified against the sources: <time dateTime={date}>{date}</time>
      <span className={styles.sep} aria-hidden="true">
        {' · '}
      </span>
      <Link to="/docs/reference/changes">What changed</Link>
    </p>
  );
}
