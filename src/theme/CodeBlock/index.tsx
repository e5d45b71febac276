/**
 * Docusaurus' CodeBlock without its remount after hydration (see
 * src/theme/README.md). The original keys its content by `useIsBrowser()`,
 * so every code block on a page is thrown away and tokenised again right
 * after hydration, to apply a dark Prism theme. That is not needed: the
 * colour mode is the default during hydration and changes in an effect, so
 * the normal re-render that follows patches the token colours in place.
 */
import {isValidElement, Children, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';

/** As the original: a plain string when it can be one, so the copy button copies it. */
function maybeStringifyChildren(children: ReactNode): ReactNode {
  if (Children.toArray(children).some((el) => isValidElement(el))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

export default function CodeBlock({children: rawChildren, ...props}: Props): ReactNode {
  const children = maybeStringifyChildren(rawChildren);
  return typeof children === 'string' ? <StringContent {...props}>{children}</StringContent> : <ElementContent {...props}>{children}</ElementContent>;
}
