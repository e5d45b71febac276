/**
 * Build-time Mermaid SVGs by cache key.
 *
 * This is the browser's version and it knows no SVGs: the diagrams are already
 * in the static HTML, so shipping them again inside the page's JavaScript
 * would only add bytes. The server (static-site) build replaces this module
 * with `mermaidSvgs.server.js`, which reads the committed cache in
 * src/data/mermaid-cache (see src/plugins/mermaidChunks.ts). After a
 * client-side navigation the component fetches `/mermaid/<key>.json` instead.
 */
export type MermaidSvgs = {light: string; dark: string};

export default function getMermaidSvgs(_key: string): MermaidSvgs | null {
  return null;
}
