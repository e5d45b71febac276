/**
 * A Mermaid diagram rendered by `npm run diagrams` into static/diagrams/ (see
 * scripts/lib/diagrams.ts, whose remark plugin writes this element). Both theme
 * images load with the page and CSS shows the one matching [data-theme], so
 * switching is instant, there is no Mermaid code and the diagram shows with
 * JavaScript off. `phone` is an optional narrow drawing for small screens.
 */
import type {ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

type Props = {id: string; alt: string; size: string; phone?: string; phoneSize?: string};
/** "w h" → width/height attributes, so the browser reserves the drawing's space (no layout shift). */
const dims = (size = '') => {
  const [width, height] = size.split(' ').map(Number);
  return {width, height};
};

export default function MermaidDiagram({id, alt, size, phone, phoneSize}: Props): ReactNode {
  const base = useBaseUrl('/diagrams/');
  return (
    <figure className={styles.figure} data-testid="mermaid-diagram">
      {(['light', 'dark'] as const).map((mode) => (
        <a key={mode} className={styles[mode]} href={`${base}${id}-${mode}.svg`} title="Open the diagram full size">
          <picture>
            {phone && <source media="(max-width: 600px)" srcSet={`${base}${phone}-${mode}.svg`} {...dims(phoneSize)} />}
            <img src={`${base}${id}-${mode}.svg`} alt={alt} decoding="async" {...dims(size)} />
          </picture>
        </a>
      ))}
      <figcaption className={styles.caption}>Select the diagram to open it full size.</figcaption>
    </figure>
  );
}
