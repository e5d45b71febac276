/**
 * The single registry of React components that MDX pages may use without
 * importing them. Add a component here (one line) and document it in
 * src/theme/README.md. Interactive tools are registered with lazyIsland
 * (server-rendered in full, code loaded near the viewport or on intent).
 */
import MDXComponents from '@theme-original/MDXComponents';
import {lazyIsland} from '@site/src/components/LazyIsland';
import {hasSavedProgress} from '@site/src/lib/quiz';
import MermaidDiagram from '@site/src/components/MermaidDiagram';
// A small wrapper: static summary on the server, explorer code and data loaded after hydration.
import InstanceExplorer from '@site/src/components/InstanceExplorer';

export default {
  ...MDXComponents,
  // Build-time Mermaid SVGs (see src/remark/mermaidCache.ts): small, no Mermaid code.
  MermaidDiagram,
  // Tools: server-rendered in full, code loaded only on pages that use them.
  ComparisonTable: lazyIsland(() => import(/* webpackChunkName: "tool-comparison-table" */ '@site/src/components/ComparisonTable')),
  DecisionHelper: lazyIsland(() => import(/* webpackChunkName: "tool-decision-helper" */ '@site/src/components/DecisionHelper')),
  AllowanceExplainer: lazyIsland(() => import('@site/src/components/AllowanceExplainer')),
  // Saved progress is shown as soon as the page is interactive.
  Quiz: lazyIsland(() => import(/* webpackChunkName: "tool-quiz" */ '@site/src/components/Quiz'), {eager: hasSavedProgress}),
  OsBypassDiagram: lazyIsland(() => import(/* webpackChunkName: "tool-os-bypass-diagram" */ '@site/src/components/OsBypassDiagram')),
  EfaSoftwareStack: lazyIsland(() => import(/* webpackChunkName: "tool-efa-software-stack" */ '@site/src/components/EfaSoftwareStack')),
  InstanceExplorer,
};
