/**
 * Swizzled (wrap) @theme/Mermaid: the fallback for a ```mermaid block that has
 * no build-time cache entry (normally only while writing, before
 * `npm run diagrams`). The original component statically imports Mermaid's
 * client hooks; this wrapper loads it with a dynamic import instead, so
 * Mermaid is not part of the bundle that every page loads. See
 * src/theme/README.md.
 */
import {lazy, Suspense, type ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import styles from './styles.module.css';

const OriginalMermaid = lazy(() => import('@theme-original/Mermaid'));

export default function Mermaid({value}: {value: string}): ReactNode {
  const source = (
    <pre className={styles.source} aria-label="Diagram source (Mermaid)">
      <code>{value}</code>
    </pre>
  );
  return (
    <div className={styles.slot}>
      <BrowserOnly fallback={source}>
        {() => (
          <Suspense fallback={source}>
            <OriginalMermaid value={value} />
          </Suspense>
        )}
      </BrowserOnly>
    </div>
  );
}
