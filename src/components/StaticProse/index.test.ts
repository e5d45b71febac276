import {createElement as h} from 'react';
import {describe, expect, it} from 'vitest';
import {isPlainTree, markPlain, staticProse} from './index';

const Link = (props: {href: string; children?: unknown}) => h('a', {href: props.href}, props.children as string);
const Button = () => h('button', {type: 'button'}, 'Copy');
markPlain(Link);

describe('isPlainTree', () => {
  it('accepts text, HTML elements, registered components and nested prose', () => {
    expect(isPlainTree(['EFA is ', h('strong', null, 'ENA'), ' plus ', h(Link, {href: '/docs/os-bypass'}, 'OS-bypass'), 1, null, false])).toBe(true);
    const List = staticProse('ul');
    expect(isPlainTree(h('li', null, ['a ', h('code', null, 'fi_info'), h(List, null, h('li', null, 'nested'))]))).toBe(true);
  });

  it('rejects anything that needs React: unknown components and event handlers, however deep', () => {
    expect(isPlainTree(['text ', h(Button)])).toBe(false);
    expect(isPlainTree(h('em', null, h('span', null, h(Button))))).toBe(false);
    expect(isPlainTree(h('span', {onClick: () => undefined}, 'x'))).toBe(false);
    expect(isPlainTree({not: 'an element'} as never)).toBe(false);
  });
});
