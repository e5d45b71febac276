/**
 * Takes Prism off the page start. Docusaurus' theme-classic registers a client
 * module (`lib/prism-include-languages`) that imports prism-react-renderer and
 * the `prism.additionalLanguages` on every page: about 30 KB gzip of the first
 * load and 45 ms of the start-up task at Lighthouse's 4x CPU slowdown
 * (2026-12-03). Our code blocks keep their server-highlighted tokens
 * (src/theme/CodeBlock/Content), so this plugin resolves that client module to
 * an empty module (a `false` alias), and the highlighter loads only where a
 * code block is rendered in the browser
 * (src/theme/CodeBlock/Content/loadHighlighter.ts).
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/** The client module, as theme-classic lists it (relative to its `lib/`, no extension). */
export const PRISM_CLIENT_MODULE = path.join(path.dirname(require.resolve('@docusaurus/theme-classic/package.json')), 'lib', 'prism-include-languages');

export default function prismOnDemandPlugin(): Plugin {
  return {
    name: 'site-prism-on-demand',
    configureWebpack() {
      return {resolve: {alias: {[PRISM_CLIENT_MODULE]: false}}};
    },
  };
}
