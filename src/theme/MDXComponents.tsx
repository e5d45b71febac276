/**
 * The single registry of React components that MDX pages may use without
 * importing them. Add a component here (one line) and document it in
 * src/theme/README.md. Keep heavy components lazy: register a small wrapper
 * that renders a server-side fallback and loads the widget on demand.
 */
import MDXComponents from '@theme-original/MDXComponents';
import InstanceExplorer from '@site/src/components/InstanceExplorer';

export default {
  ...MDXComponents,
  InstanceExplorer,
};
