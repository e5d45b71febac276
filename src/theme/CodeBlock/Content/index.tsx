/**
 * Docusaurus' CodeBlock content (the `<pre>` of highlighted lines), ejected to
 * skip the work hydration does not need (see src/theme/README.md): a code
 * block that came with the server HTML keeps its tokens as they are, so the
 * browser neither loads them into React nor runs Prism over the code again.
 * The token colours are CSS variables (src/lib/prismThemes.ts), so the server
 * HTML is right in both colour modes. A block rendered in the browser (after
 * a client-side navigation) is highlighted as in the original, once the
 * highlighter's chunk has loaded (./loadHighlighter; plain text until then).
 */
import {forwardRef, use, useEffect, useLayoutEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';
import clsx from 'clsx';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {usePrismTheme} from '@docusaurus/theme-common';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import Line from '@theme/CodeBlock/Line';
import {hydrating} from '@site/src/lib/hydrating';
import {loadHighlighter, loadedHighlighter} from './loadHighlighter';
// The original's class names and rules (this file replaces only its component).
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';

// As the original: the block scrolls sideways, so it takes keyboard focus (tabIndex 0).
const Pre = forwardRef<HTMLPreElement, ComponentProps<'pre'>>((props, ref) => (
  <pre ref={ref} tabIndex={0} {...props} className={clsx(props.className, styles.codeBlock, 'thin-scrollbar')} />
));
Pre.displayName = 'Pre';

function Code(props: ComponentProps<'code'>): ReactNode {
  const {metadata} = useCodeBlockContext();
  return (
    <code
      {...props}
      className={clsx(props.className, styles.codeBlockLines, metadata.lineNumbersStart !== undefined && styles.codeBlockLinesWithNumbering)}
      style={{...props.style, counterReset: metadata.lineNumbersStart === undefined ? undefined : `line-count ${metadata.lineNumbersStart - 1}`}}
    />
  );
}

export default function CodeBlockContent({className: classNameProp}: {className?: string}): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const prismTheme = usePrismTheme();
  // Keep the server's tokens: decided on the first render, true only while hydrating.
  const [keep, setKeep] = useState(hydrating);
  const codeRef = useRef<HTMLElement>(null);
  // Should React give up hydrating (a mismatch elsewhere makes it render the page from scratch),
  // the block would be empty: render the code then, before the browser paints (as StaticProse).
  useLayoutEffect(() => {
    if (keep && !codeRef.current?.firstChild) setKeep(false);
  }, [keep]);
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  const [highlighter, setHighlighter] = useState(loadedHighlighter);
  useEffect(() => {
    if (!keep && !highlighter) void loadHighlighter().then(setHighlighter);
  }, [keep, highlighter]);
  // The server render waits for the chunk; in the browser the code shows as plain text meanwhile.
  const Highlight = keep ? null : (highlighter ?? (ExecutionEnvironment.canUseDOM ? null : use(loadHighlighter())))?.Highlight;
  if (!Highlight) {
    return (
      <Pre ref={wordWrap.codeBlockRef} className={clsx(classNameProp, `prism-code language-${language.toLowerCase()}`)} style={prismTheme.plain}>
        {keep ? <Code ref={codeRef} suppressHydrationWarning dangerouslySetInnerHTML={{__html: ''}} /> : <Code>{code}</Code>}
      </Pre>
    );
  }
  return (
    <Highlight theme={prismTheme} code={code} language={language}>
      {({className, style, tokens: lines, getLineProps, getTokenProps}) => (
        <Pre ref={wordWrap.codeBlockRef} className={clsx(classNameProp, className)} style={style}>
          <Code>
            {lines.map((line, i) => (
              <Line
                key={i}
                line={line}
                getLineProps={getLineProps}
                getTokenProps={getTokenProps}
                classNames={lineClassNames[i]}
                showLineNumbers={lineNumbersStart !== undefined}
              />
            ))}
          </Code>
        </Pre>
      )}
    </Highlight>
  );
}
