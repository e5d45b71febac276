import {describe, expect, it} from 'vitest';
import remarkAutoImportComponents from './autoImportComponents';

type N = {type: string; name?: string; value?: string; children?: N[]};

describe('remarkAutoImportComponents', () => {
  it('imports the components a page uses, once, at the top', () => {
    const tree: N = {
      type: 'root',
      children: [
        {type: 'heading', children: [{type: 'text', value: 'x'}]},
        {type: 'mdxJsxFlowElement', name: 'OsBypassDiagram', children: []},
        {type: 'paragraph', children: [{type: 'mdxJsxTextElement', name: 'OsBypassDiagram', children: []}]},
        {type: 'mdxJsxFlowElement', name: 'SomethingElse', children: []},
      ],
    };
    remarkAutoImportComponents()(tree);
    const esm = tree.children!.filter((n) => n.type === 'mdxjsEsm');
    expect(esm.map((n) => n.value)).toEqual(["import OsBypassDiagram from '@site/src/components/OsBypassDiagram';"]);
    expect(tree.children![0].type).toBe('mdxjsEsm');
  });

  it('leaves pages without those components, or with their own import, alone', () => {
    const plain: N = {type: 'root', children: [{type: 'paragraph', children: []}]};
    remarkAutoImportComponents()(plain);
    expect(plain.children).toHaveLength(1);
    const own: N = {
      type: 'root',
      children: [
        {type: 'mdxjsEsm', value: "import EfaSoftwareStack from '@site/src/components/EfaSoftwareStack';"},
        {type: 'mdxJsxFlowElement', name: 'EfaSoftwareStack', children: []},
      ],
    };
    remarkAutoImportComponents()(own);
    expect(own.children!.filter((n) => n.type === 'mdxjsEsm')).toHaveLength(1);
  });
});
