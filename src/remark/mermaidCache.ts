/**
 * Remark plugin (build time): replaces each ```mermaid block that has a fresh
 * entry in src/data/mermaid-cache/ with
 *   <MermaidDiagram light="<svg…>" dark="<svg…>" description="…" />
 * so the page's static HTML holds the diagram in both themes and no Mermaid
 * code is needed. Blocks without an entry are left alone: Docusaurus turns
 * them into <mermaid>, which our @theme/Mermaid renders in the browser.
 * Refresh the cache with `npm run diagrams`.
 */
import {cacheKey, checkCache, normalizeSource} from '../lib/mermaidCache';
import {installedMermaidVersion, readEntry} from '../lib/mermaidCacheFs';

type Node = {type: string; lang?: string | null; value?: string; children?: Node[]; [k: string]: unknown};

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
              {type: 'mdxJsxAttribute', name: 'light', value: entry.light},
              {type: 'mdxJsxAttribute', name: 'dark', value: entry.dark},
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
