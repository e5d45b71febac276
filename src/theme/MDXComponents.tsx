/**
 * The single registry of React components that MDX pages may use without
 * importing them. Add a component here (one line) and document it in
 * src/theme/README.md. Keep heavy components lazy: register a small wrapper
 * that renders a server-side fallback and loads the widget on demand.
 */
import MDXComponents from '@theme-original/MDXComponents';
import EfaSoftwareStack from '@site/src/components/EfaSoftwareStack';
import MermaidDiagram from '@site/src/components/MermaidDiagram';
import OsBypassDiagram from '@site/src/components/OsBypassDiagram';

export default {
  ...MDXComponents,
  EfaSoftwareStack,
  MermaidDiagram,
  OsBypassDiagram,
};
