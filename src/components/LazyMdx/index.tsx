/**
 * Wraps a React.lazy component for MDXComponents.tsx so that its code is only
 * downloaded on pages that use it. The static build waits for lazy components
 * (Docusaurus renders with onAllReady), so the server HTML is complete; while
 * the chunk loads in the browser, React keeps that server HTML in place, so
 * nothing moves. The fallback only shows during client-side navigation, and
 * reserves some height to limit movement then.
 */
import {Suspense, type ComponentType, type LazyExoticComponent, type ReactNode} from 'react';

export default function lazyMdx<P extends object>(Component: LazyExoticComponent<ComponentType<P>>): (props: P) => ReactNode {
  function LazyMdxComponent(props: P): ReactNode {
    return (
      <Suspense fallback={<div style={{minHeight: '12rem'}} aria-busy="true" />}>
        <Component {...props} />
      </Suspense>
    );
  }
  return LazyMdxComponent;
}
