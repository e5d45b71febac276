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
import {markPlain, staticProse} from '@site/src/components/StaticProse';

// Links, inline code, list items and images render plain markup: prose made of them needs no hydration.
markPlain(MDXComponents.a, MDXComponents.code, MDXComponents.li, MDXComponents.img);

export default {
  ...MDXComponents,
  // Prose keeps its server HTML through hydration when nothing in it needs React (src/components/StaticProse).
  p: staticProse('p'),
  ul: staticProse('ul', MDXComponents.ul),
  ol: staticProse('ol'),
  table: staticProse('table'),
  blockquote: staticProse('blockquote'),
  // Mermaid blocks rendered by `npm run diagrams` (scripts/lib/diagrams.ts): two <img>s, no Mermaid code.
  MermaidDiagram,
  // Tools: server-rendered in full, code loaded only on pages that use them.
  ComparisonTable: lazyIsland(() => import(/* webpackChunkName: "tool-comparison-table" */ '@site/src/components/ComparisonTable')),
  DecisionHelper: lazyIsland(() => import(/* webpackChunkName: "tool-decision-helper" */ '@site/src/components/DecisionHelper')),
  AllowanceExplainer: lazyIsland(() => import(/* webpackChunkName: "tool-allowance-explainer" */ '@site/src/components/AllowanceExplainer')),
  // Counter tables from src/data/counters.ts (static; an island keeps the data out of other pages' bundles).
  AllowanceCounterTable: lazyIsland(() => import(/* webpackChunkName: "tool-allowance-counter-table" */ '@site/src/components/AllowanceCounterTable')),
  Diagnose: lazyIsland(() => import(/* webpackChunkName: "tool-diagnose" */ '@site/src/components/Diagnose')),
  // Saved progress is shown as soon as the page is interactive.
  Quiz: lazyIsland(() => import(/* webpackChunkName: "tool-quiz" */ '@site/src/components/Quiz'), {eager: hasSavedProgress}),
  OsBypassDiagram: lazyIsland(() => import(/* webpackChunkName: "tool-os-bypass-diagram" */ '@site/src/components/OsBypassDiagram')),
  EfaSoftwareStack: lazyIsland(() => import(/* webpackChunkName: "tool-efa-software-stack" */ '@site/src/components/EfaSoftwareStack')),
  EksIpPlanner: lazyIsland(() => import(/* webpackChunkName: "tool-eks-ip-planner" */ '@site/src/components/EksIpPlanner')),
  EfaLayoutBuilder: lazyIsland(() => import(/* webpackChunkName: "tool-efa-layout" */ '@site/src/components/EfaLayoutBuilder')),
  // The explorer waits for intent (pointer, focus, touch) or a URL with a view: its first page of rows is
  // complete in the HTML (sort and pager buttons submit its form), and its code and data are the largest.
  InstanceExplorer: lazyIsland(() => import(/* webpackChunkName: "tool-instance-explorer" */ '@site/src/components/InstanceExplorer'), {
    whenVisible: false,
  }),
  LargestFigures: lazyIsland(() => import(/* webpackChunkName: "tool-largest-figures" */ '@site/src/components/InstanceExplorer/LargestFigures')),
};
