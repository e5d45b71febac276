/**
 * The single registry of React components that MDX pages may use without
 * importing them. Add a component here (one line) and document it in
 * src/theme/README.md. Keep heavy components lazy: register a small wrapper
 * that renders a server-side fallback and loads the widget on demand.
 */
import MDXComponents from '@theme-original/MDXComponents';
import lazyWidget from '@site/src/components/LazyWidget';
import MermaidDiagram from '@site/src/components/MermaidDiagram';

export default {
  ...MDXComponents,
  EfaSoftwareStack: lazyWidget(() => import('@site/src/components/EfaSoftwareStack'), '24rem'),
  MermaidDiagram,
  OsBypassDiagram: lazyWidget(() => import('@site/src/components/OsBypassDiagram'), '40rem'),
};
