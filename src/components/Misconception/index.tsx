/**
 * The misconceptions list (/docs/reference/misconceptions): one compact entry
 * per claim, with its correction and a link to copy. Each entry's `id` is its
 * anchor. Anchors never change once shipped: links such as
 * /docs/reference/misconceptions#efa-faster, and old /docs/overview#myth-<id>
 * links (src/clientModules/movedAnchors.ts), point at them;
 * tests/unit/misconceptions.test.ts checks the source and
 * tests/built/misconceptions.test.ts the build. Static (no client code of its
 * own); the page imports it, so it stays out of other pages' bundles.
 */
import type {ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import styles from './styles.module.css';

export function MisconceptionList({children}: {children: ReactNode}): ReactNode {
  return <ul className={styles.list}>{children}</ul>;
}

export function Misconception({id, claim, children}: {id: string; claim: string; children: ReactNode}): ReactNode {
  // Links to #<id> from any page count as valid anchors for onBrokenAnchors.
  useBrokenLinks().collectAnchor(id);
  const label = `Direct link to "${claim}"`;
  return (
    <li id={id} className={styles.item}>
      <p className={styles.claim}>
        <strong>"{claim}"</strong>
        <a href={`#${id}`} className="hash-link" aria-label={label} title={label} translate="no">
          {'\u200b'}
        </a>
      </p>
      {children}
    </li>
  );
}
