/**
 * True while React hydrates the server HTML: a production build, in the
 * browser, before Docusaurus marks `<html data-has-hydrated="true">`. False on
 * the server, after hydration (client-side navigation) and on `npm start`,
 * which renders from scratch with no server HTML to keep.
 *
 * StaticProse, CodeBlock/Content and LazyIsland read it once, on their first
 * render, to decide whether to keep the server HTML. Not `useIsBrowser()`: that
 * is false on `npm start`'s first render too (code blocks came out empty
 * there), and its context re-renders every user once hydration ends.
 */
export function hydrating(): boolean {
  return process.env.NODE_ENV === 'production' && typeof document !== 'undefined' && document.documentElement.getAttribute('data-has-hydrated') !== 'true';
}
