/**
 * Code-highlighting themes whose every token colour passes WCAG 2.2 AA
 * (at least 4.5:1) against the code-block background. The stock GitHub theme
 * fails on comments, parameters and strings; see tests/e2e (axe).
 *
 * Light: on #f6f8fa, lowest ratio 5.0 (keyword). Dark: on #1e1e1e, lowest 6.3 (string).
 */
import type {PrismTheme} from 'prism-react-renderer';

type Palette = Record<
  'plain' | 'comment' | 'string' | 'keyword' | 'fn' | 'number' | 'variable' | 'tag' | 'attr' | 'className' | 'deleted' | 'inserted',
  string
>;

function theme(bg: string, c: Palette): PrismTheme {
  return {
    plain: {color: c.plain, backgroundColor: bg},
    styles: [
      {types: ['comment', 'prolog', 'doctype', 'cdata'], style: {color: c.comment, fontStyle: 'italic'}},
      {types: ['punctuation', 'operator'], style: {color: c.plain}},
      {types: ['string', 'char', 'url', 'regex', 'attr-value', 'template-string'], style: {color: c.string}},
      {types: ['keyword', 'selector', 'important', 'atrule', 'rule'], style: {color: c.keyword}},
      {types: ['function', 'function-variable'], style: {color: c.fn}},
      {types: ['number', 'boolean', 'constant', 'symbol', 'builtin'], style: {color: c.number}},
      {types: ['variable', 'parameter', 'property', 'key'], style: {color: c.variable}},
      {types: ['tag', 'namespace'], style: {color: c.tag}},
      {types: ['attr-name'], style: {color: c.attr}},
      {types: ['class-name', 'maybe-class-name'], style: {color: c.className}},
      {types: ['deleted'], style: {color: c.deleted}},
      {types: ['inserted'], style: {color: c.inserted}},
    ],
  };
}

export const lightCodeTheme = theme('#f6f8fa', {
  plain: '#1f2328',
  comment: '#57606a',
  string: '#0a3069',
  keyword: '#cf222e',
  fn: '#6639ba',
  number: '#0550ae',
  variable: '#953800',
  tag: '#116329',
  attr: '#0550ae',
  className: '#953800',
  deleted: '#82071e',
  inserted: '#116329',
});

export const darkCodeTheme = theme('#1e1e1e', {
  plain: '#d4d4d4',
  comment: '#7fae69',
  string: '#ce9178',
  keyword: '#6cb0ff',
  fn: '#dcdcaa',
  number: '#b5cea8',
  variable: '#9cdcfe',
  tag: '#4ec9b0',
  attr: '#9cdcfe',
  className: '#4ec9b0',
  deleted: '#f48771',
  inserted: '#b5cea8',
});
