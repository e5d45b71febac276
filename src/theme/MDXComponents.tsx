/**
 * The single registry of React components that MDX pages may use without
 * importing them. Add a component here (one line) and document it in
 * src/theme/README.md. Keep heavy components lazy: register a small wrapper
 * that renders a server-side fallback and loads the widget on demand.
 */
import {lazy} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import lazyMdx from '@site/src/components/LazyMdx';

export default {
  ...MDXComponents,
  AllowanceExplainer: lazyMdx(lazy(() => import('@site/src/components/AllowanceExplainer'))),
  Quiz: lazyMdx(lazy(() => import('@site/src/components/Quiz'))),
};
