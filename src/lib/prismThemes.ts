/**
 * The code-highlighting theme: one theme for both colour modes whose colours
 * are CSS variables (`--site-code-*`, defined for light and dark in
 * src/css/custom.css, every token at least 4.5:1 against its background).
 * The server-rendered tokens are therefore right in either mode, and code
 * blocks need no re-render when the mode is known or changes (see
 * src/theme/CodeBlock/Content).
 */
import type {PrismTheme} from 'prism-react-renderer';

const v = (name: string) => `var(--site-code-${name})`;

export const codeTheme: PrismTheme = {
  plain: {color: v('plain'), backgroundColor: v('bg')},
  styles: [
    {types: ['comment', 'prolog', 'doctype', 'cdata'], style: {color: v('comment'), fontStyle: 'italic'}},
    {types: ['punctuation', 'operator'], style: {color: v('plain')}},
    {types: ['string', 'char', 'url', 'regex', 'attr-value', 'template-string'], style: {color: v('string')}},
    {types: ['keyword', 'selector', 'important', 'atrule', 'rule'], style: {color: v('keyword')}},
    {types: ['function', 'function-variable'], style: {color: v('fn')}},
    {types: ['number', 'boolean', 'constant', 'symbol', 'builtin'], style: {color: v('number')}},
    {types: ['variable', 'parameter', 'property', 'key'], style: {color: v('variable')}},
    {types: ['tag', 'namespace'], style: {color: v('tag')}},
    {types: ['attr-name'], style: {color: v('attr')}},
    {types: ['class-name', 'maybe-class-name'], style: {color: v('class-name')}},
    {types: ['deleted'], style: {color: v('deleted')}},
    {types: ['inserted'], style: {color: v('inserted')}},
  ],
};
