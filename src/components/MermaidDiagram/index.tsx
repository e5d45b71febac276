/**
 * A Mermaid diagram rendered by `npm run diagrams` into static/diagrams/ (see
 * scripts/lib/diagrams.ts, whose remark plugin writes this element). Both theme
 * images are in the HTML and CSS shows the one matching [data-theme], so there
 * is no Mermaid code and the diagram shows with JavaScript off. Both start as
 * `loading="lazy"`: the first paint does not wait for drawings and the hidden
 * theme's drawing is not fetched then. Once the page has loaded and is idle,
 * the other theme's drawing is prefetched, so a later theme switch shows it
 * from the cache.
 * `phone` is an optional narrow drawing for small screens.
 */
import {useEffect, type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

const PHONE = '(max-width: 600px)';
type Props = {id: string; alt: string; size: string; phone?: string; phoneSize?: string};
/** "w h" → width/height attributes, so the browser reserves the drawing's space (no layout shift). */
const dims = (size = '') => {
  const [width, height] = size.split(' ').map(Number);
  return {width, height};
};

export default function MermaidDiagram({id, alt, size, phone, phoneSize}: Props): ReactNode {
  const base = useBaseUrl('/diagrams/');
  // After load, when idle: fetch the other theme's drawing into the cache (no decoding, no layout).
  useEffect(() => {
    let idle = 0;
    const prefetch = () => {
      const name = phone && window.matchMedia(PHONE).matches ? phone : id;
      for (const mode of ['light', 'dark']) {
        const href = `${base}${name}-${mode}.svg`;
        if (document.head.querySelector(`link[href="${href}"]`)) continue;
        document.head.append(Object.assign(document.createElement('link'), {rel: 'prefetch', as: 'image', href}));
      }
    };
    const whenIdle = () => (idle = window.requestIdleCallback?.(prefetch, {timeout: 3000}) ?? window.setTimeout(prefetch, 500));
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, {once: true});
    return () => {
      window.removeEventListener('load', whenIdle);
      window.cancelIdleCallback?.(idle);
    };
  }, [base, id, phone]);
  return (
    <figure className={styles.figure} data-testid="mermaid-diagram">
      {(['light', 'dark'] as const).map((mode) => (
        <a key={mode} className={styles[mode]} href={`${base}${id}-${mode}.svg`} title="Open the diagram full size">
          <picture>
            {phone && <source media={PHONE} srcSet={`${base}${phone}-${mode}.svg`} {...dims(phoneSize)} />}
            <img src={`${base}${id}-${mode}.svg`} alt={alt} loading="lazy" decoding="async" {...dims(size)} />
          </picture>
        </a>
      ))}
      <figcaption className={styles.caption}>Select the diagram to open it full size.</figcaption>
    </figure>
  );
}
