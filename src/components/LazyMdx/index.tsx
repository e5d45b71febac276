/**
 * Wraps a React.lazy component for MDXComponents.tsx so that its code is a
 * separate chunk, downloaded only on pages that use it, while the static HTML
 * stays complete (also without JavaScript).
 *
 * Why no <Suspense> during server rendering and hydration: React 19 streams a
 * suspended boundary as a hidden segment plus an inline script that reveals
 * it, so without JavaScript the widget would stay invisible. Without a
 * boundary, the static build simply waits for the chunk and writes the HTML
 * inline; during hydration React keeps the server HTML until the chunk has
 * loaded, so nothing moves. After hydration (client-side navigation to a page
 * that uses the widget) a boundary with a height-reserving fallback is used.
 */
import {Suspense, useState, type ComponentType, type LazyExoticComponent, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';

export default function lazyMdx<P extends object>(Component: LazyExoticComponent<ComponentType<P>>): (props: P) => ReactNode {
  function LazyMdxComponent(props: P): ReactNode {
    const isBrowser = useIsBrowser();
    // Decided once per mount, so the tree never changes shape (no remount).
    const [afterHydration] = useState(isBrowser);
    if (!afterHydration) return <Component {...props} />;
    return (
      <Suspense fallback={<div style={{minHeight: '12rem'}} aria-busy="true" />}>
        <Component {...props} />
      </Suspense>
    );
  }
  return LazyMdxComponent;
}
