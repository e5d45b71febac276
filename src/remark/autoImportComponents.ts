/**
 * Remark plugin (build time): when an MDX page uses one of the components
 * below, add `import Name from '…'` to that page. The component's code then
 * lives in that page's chunk only, and the server renders it synchronously,
 * so the static HTML is complete without JavaScript.
 *
 * Why not only MDXComponents: a static import there puts the code on every
 * docs page, and a React.lazy/Suspense wrapper makes React outline large
 * boundaries in the HTML (hidden until a script runs), which breaks the page
 * with JavaScript off. MDXComponents still registers lazy wrappers as a
 * fallback for MDX outside this plugin's reach. See src/theme/README.md.
 */

type Node = {type: string; name?: string | null; children?: Node[]; [k: string]: unknown};

export const AUTO_IMPORTED: Readonly<Record<string, string>> = {
  EfaSoftwareStack: '@site/src/components/EfaSoftwareStack',
  OsBypassDiagram: '@site/src/components/OsBypassDiagram',
};

function usedComponents(tree: Node): Set<string> {
  const found = new Set<string>();
  const visit = (node: Node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && node.name in AUTO_IMPORTED) {
      found.add(node.name);
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}

function alreadyImported(tree: Node, name: string): boolean {
  return (tree.children ?? []).some((n) => n.type === 'mdxjsEsm' && typeof n.value === 'string' && new RegExp(`\\bimport\\s+${name}\\b`).test(n.value));
}

export default function remarkAutoImportComponents() {
  return (tree: Node) => {
    const imports: Node[] = [];
    for (const name of [...usedComponents(tree)].sort()) {
      if (alreadyImported(tree, name)) continue;
      const source = AUTO_IMPORTED[name];
      imports.push({
        type: 'mdxjsEsm',
        value: `import ${name} from '${source}';`,
        data: {
          estree: {
            type: 'Program',
            sourceType: 'module',
            body: [
              {
                type: 'ImportDeclaration',
                specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name}}],
                source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
              },
            ],
          },
        },
      });
    }
    if (imports.length) tree.children = [...imports, ...(tree.children ?? [])];
  };
}
