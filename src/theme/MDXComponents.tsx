/**
 * The single registry of React components that MDX pages may use without
 * importing them. Add a component here (one line) and document it in
 * src/theme/README.md. Keep heavy components lazy: register a small wrapper
 * that renders a server-side fallback and loads the widget on demand.
 */
import MDXComponents from '@theme-original/MDXComponents';
import {lazyIsland} from '@site/src/components/LazyIsland';
import MermaidDiagram from '@site/src/components/MermaidDiagram';

export default {
  ...MDXComponents,
  // Build-time Mermaid SVGs (see src/remark/mermaidCache.ts): small, no Mermaid code.
  MermaidDiagram,
  // Tools: server-rendered in full, code loaded only on pages that use them.
  ComparisonTable: lazyIsland(() => import('@site/src/components/ComparisonTable')),
  DecisionHelper: lazyIsland(() => import('@site/src/components/DecisionHelper')),
  AllowanceExplainer: lazyIsland(() => import(/* webpackChunkName: "tool-allowance-explainer" */ '@site/src/components/AllowanceExplainer')),
  // Counter tables from src/data/counters.ts (static; an island keeps the data out of other pages' bundles).
  AllowanceCounterTable: lazyIsland(() => import(/* webpackChunkName: "tool-allowance-counter-table" */ '@site/src/components/AllowanceCounterTable')),
  Diagnose: lazyIsland(() => import(/* webpackChunkName: "tool-diagnose" */ '@site/src/components/Diagnose')),
  Quiz: lazyIsland(() => import('@site/src/components/Quiz')),
  OsBypassDiagram: lazyIsland(() => import('@site/src/components/OsBypassDiagram')),
  EfaSoftwareStack: lazyIsland(() => import('@site/src/components/EfaSoftwareStack')),
  EksIpPlanner: lazyIsland(() => import('@site/src/components/EksIpPlanner')),
  EfaLayoutBuilder: lazyIsland(() => import('@site/src/components/EfaLayoutBuilder')),
  InstanceExplorer: lazyIsland(() => import('@site/src/components/InstanceExplorer')),
  LargestFigures: lazyIsland(() => import('@site/src/components/InstanceExplorer/LargestFigures')),
};
