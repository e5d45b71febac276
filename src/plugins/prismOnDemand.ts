/**
 * Takes Prism off the page start. Docusaurus' theme-classic registers a client
 * module (`lib/prism-include-languages`) that imports prism-react-renderer and
 * the `prism.additionalLanguages` on every page: about 30 KB gzip of the first
 * load and 45 ms of the start-up task at Lighthouse's 4x CPU slowdown
 * (2026-12-03). Our code blocks keep their server-highlighted tokens
 * (src/theme/CodeBlock/Content), so this plugin swaps that client module for an
 * empty one, and the highlighter loads only where a code block is rendered in
 * the browser (src/theme/CodeBlock/Content/loadHighlighter.ts).
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/** The client module to replace, as Docusaurus lists it in .docusaurus/client-modules.js. */
export const PRISM_CLIENT_MODULE = /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

export default function prismOnDemandPlugin(): Plugin {
  return {
    name: 'site-prism-on-demand',
    configureWebpack(_config, _isServer, utils) {
      const {NormalModuleReplacementPlugin} = utils.currentBundler.instance as unknown as {
        NormalModuleReplacementPlugin: new (re: RegExp, to: string) => object;
      };
      return {plugins: [new NormalModuleReplacementPlugin(PRISM_CLIENT_MODULE, path.join(__dirname, 'prismOnDemandStub.js'))]} as never;
    },
  };
}
