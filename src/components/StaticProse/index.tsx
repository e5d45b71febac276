/**
 * Prose the browser does not hydrate.
 *
 * Most of a docs page is paragraphs, lists and tables that never change after
 * the server rendered them, yet React hydration walks every one of their
 * elements before the page answers a tap (on /docs/efa about 800 elements in
 * the article, in the largest main-thread task of the load; profile of
 * 2026-12-03). MDXComponents maps `p`, `ul`, `ol`, `table` and `blockquote`
 * through `staticProse`:
 *
 * - Server, and any render after hydration (client-side navigation, a tool
 *   going live): the element renders as usual.
 * - Hydration: when everything inside is plain markup (text, HTML elements
 *   without event handlers, inline code, links, images, list items), the
 *   element hydrates as an empty `dangerouslySetInnerHTML` leaf, as the lazy
 *   islands do, and React keeps the server's HTML as it is.
 *
 * Links inside such prose are plain `<a href>` in the DOM; the click listener in
 * src/theme/Root.tsx (rules in src/lib/spaLinks.ts) turns a click on one into
 * client-side navigation.
 */
import {createElement, isValidElement, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode} from 'react';
import {hydrating} from '../../lib/hydrating';

type Props = {children?: ReactNode; [key: string]: unknown};

/** Components whose output is plain markup when their children are. */
const PLAIN_COMPONENTS = new Set<unknown>();

/** Register an MDX component (link, list item, image) whose output is plain markup. */
export function markPlain(...components: unknown[]): void {
  for (const c of components) PLAIN_COMPONENTS.add(c);
}

const HANDLER = /^on[A-Z]/;

/** True when `node` renders to markup with no behaviour: nothing in it needs React. */
export function isPlainTree(node: ReactNode): boolean {
  if (node === null || node === undefined || typeof node === 'boolean' || typeof node === 'string' || typeof node === 'number') return true;
  if (Array.isArray(node)) return node.every(isPlainTree);
  if (!isValidElement(node)) return false;
  const {type, props} = node as {type: unknown; props: Props};
  if (typeof type === 'string') {
    if (Object.keys(props).some((k) => HANDLER.test(k))) return false;
  } else if (!PLAIN_COMPONENTS.has(type)) {
    return false;
  }
  return isPlainTree(props.children);
}

/** `tag` (or `Component`, which renders a `tag`) that keeps its server HTML through hydration. */
export function staticProse(tag: string, Component: string | ComponentType<Props> = tag): ComponentType<Props> {
  function StaticProse(props: Props): ReactNode {
    // Decided once: after hydration the element keeps what it rendered.
    const [keepServerHtml, setKeepServerHtml] = useState(() => hydrating() && isPlainTree(props.children));
    const ref = useRef<HTMLElement>(null);
    // Should React give up hydrating (a mismatch elsewhere makes it render the page from scratch),
    // the element would be empty: render the prose then, before the browser paints.
    useLayoutEffect(() => {
      if (keepServerHtml && !ref.current?.firstChild) setKeepServerHtml(false);
    }, [keepServerHtml]);
    if (keepServerHtml) {
      const {children: _children, ...rest} = props;
      return createElement(tag, {...rest, ref, suppressHydrationWarning: true, dangerouslySetInnerHTML: {__html: ''}});
    }
    return createElement(Component, props);
  }
  markPlain(StaticProse);
  return StaticProse;
}
