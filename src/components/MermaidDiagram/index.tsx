/**
 * A Mermaid diagram rendered at build time (see src/remark/mermaidCache.ts):
 * the light and the dark SVG are both in the static HTML and CSS shows the one
 * for the current theme, so there is no Mermaid code, no layout shift and a
 * complete diagram with JavaScript off. The SVG strings come from our own
 * committed cache (src/data/mermaid-cache), never from user input.
 *
 * The SVGs are not part of the page's JavaScript: the server build fills them
 * in (src/lib/mermaidSvgs.server.js), hydration keeps that HTML as it is, and
 * only after a client-side navigation (no server HTML) are they fetched from
 * `/mermaid/<key>.json`, with the diagram's space reserved meanwhile.
 */
import {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useBaseUrl from '@docusaurus/useBaseUrl';
import getMermaidSvgs, {type MermaidSvgs} from '@site/src/lib/mermaidSvgs';
import styles from './styles.module.css';

export type MermaidDiagramProps = {cacheKey: string; ratio: string; description: string};

export default function MermaidDiagram({cacheKey, ratio, description}: MermaidDiagramProps): ReactNode {
  const rendered = getMermaidSvgs(cacheKey);
  const isBrowser = useIsBrowser();
  // Decided once: true only when this diagram first mounts after hydration.
  const [clientOnly] = useState(isBrowser);
  const [fetched, setFetched] = useState<MermaidSvgs | null>(null);
  const jsonUrl = useBaseUrl(`/mermaid/${cacheKey}.json`);

  useEffect(() => {
    if (!clientOnly || rendered) return;
    let alive = true;
    fetch(jsonUrl)
      .then((r) => (r.ok ? (r.json() as Promise<MermaidSvgs>) : null))
      .then((svgs) => alive && svgs && setFetched(svgs))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [clientOnly, rendered, jsonUrl]);

  const svgs = rendered ?? fetched;
  // While hydrating, an empty innerHTML tells React to keep the server's SVG.
  const html = (theme: keyof MermaidSvgs) => ({__html: svgs ? svgs[theme] : ''});
  const waiting = clientOnly && !svgs;
  return (
    <figure className={styles.figure} data-testid="mermaid-diagram">
      <div
        role="img"
        aria-label={description}
        className={styles.frame}
        style={waiting ? {aspectRatio: ratio} : undefined}>
        <div className={clsx(styles.svg, styles.light)} suppressHydrationWarning dangerouslySetInnerHTML={html('light')} />
        <div className={clsx(styles.svg, styles.dark)} suppressHydrationWarning dangerouslySetInnerHTML={html('dark')} />
      </div>
    </figure>
  );
}
