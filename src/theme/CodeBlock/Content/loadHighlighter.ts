/**
 * The code highlighter (Prism and its languages, about 30 KB gzip) in chunks
 * of its own. Code that came with the server HTML keeps its tokens and never
 * needs it; a code block rendered in the browser (client-side navigation, a
 * tool going live) does. The server render waits for it (`use`).
 */
type Highlighter = typeof import('./highlighter');

let loaded: Highlighter | null = null;
let pending: Promise<Highlighter> | null = null;

/** Starts loading once; resolves to the highlighter. */
export function loadHighlighter(): Promise<Highlighter> {
  pending ??= import(/* webpackChunkName: "highlighter" */ './highlighter').then((m) => (loaded = m));
  return pending;
}

/** The highlighter if it has loaded, else null. */
export function loadedHighlighter(): Highlighter | null {
  return loaded;
}
