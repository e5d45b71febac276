/**
 * Remark plugin (build time): replaces each ```mermaid block that has a fresh
 * entry in src/data/mermaid-cache/ with
 *   <MermaidDiagram cacheKey="<sha256>" ratio="w / h" description="…" />
 * so the page's static HTML holds the diagram in both themes and no Mermaid
 * code is needed. Blocks without an entry are left alone: Docusaurus turns
 * them into <mermaid>, which our @theme/Mermaid renders in the browser.
 * Refresh the cache with `npm run diagrams`.
 */
import {cacheKey, checkCache, normalizeSource} from '../lib/mermaidCache';
import {installedMermaidVersion, readEntry} from '../lib/mermaidCacheFs';

type Node = {type: string; lang?: string | null; value?: string; children?: Node[]; [k: string]: unknown};

/** "width / height" of an SVG's viewBox, to reserve its space before it loads. */
export function viewBoxRatio(svg: string): string {
  const m = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  return m ? `${Number(m[1]).toFixed(1)} / ${Number(m[2]).toFixed(1)}` : 'auto';
}

export default function remarkMermaidCache() {
  const version = installedMermaidVersion();
  return (tree: Node) => {
    const visit = (node: Node) => {
      if (!node.children) return;
      node.children = node.children.map((child) => {
        if (child.type === 'code' && child.lang === 'mermaid' && typeof child.value === 'string') {
          const source = normalizeSource(child.value);
          const key = cacheKey(source, version);
          const entry = readEntry(key);
          if (!entry || checkCache([source], version, () => entry).length > 0) return child;
          return {
            type: 'mdxJsxFlowElement',
            name: 'MermaidDiagram',
            attributes: [
              // Only the key: the SVGs reach the HTML through the server build
              // (src/lib/mermaidSvgs.server.js), not the page's JavaScript.
              {type: 'mdxJsxAttribute', name: 'cacheKey', value: key},
              {type: 'mdxJsxAttribute', name: 'ratio', value: viewBoxRatio(entry.light)},
              {type: 'mdxJsxAttribute', name: 'description', value: entry.description},
            ],
            children: [],
          } as Node;
        }
        visit(child);
        return child;
      });
    };
    visit(tree);
  };
}
