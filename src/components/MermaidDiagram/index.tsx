/**
 * A Mermaid diagram rendered at build time (see src/remark/mermaidCache.ts):
 * the light and the dark SVG are both in the static HTML and CSS shows the one
 * for the current theme, so there is no Mermaid code, no layout shift and a
 * complete diagram with JavaScript off. The SVG strings come from our own
 * committed cache (src/data/mermaid-cache), never from user input.
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export type MermaidDiagramProps = {light: string; dark: string; description: string};

export default function MermaidDiagram({light, dark, description}: MermaidDiagramProps): ReactNode {
  return (
    <figure className={styles.figure} data-testid="mermaid-diagram">
      <div role="img" aria-label={description} className={styles.frame}>
        <div className={clsx(styles.svg, styles.light)} dangerouslySetInnerHTML={{__html: light}} />
        <div className={clsx(styles.svg, styles.dark)} dangerouslySetInnerHTML={{__html: dark}} />
      </div>
    </figure>
  );
}
