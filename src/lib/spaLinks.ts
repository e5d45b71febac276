/**
 * When a click on a link should navigate inside the app rather than load the
 * page again: used by src/theme/Root.tsx for links React does not handle (prose
 * kept as server HTML, links drawn in SVG). Docusaurus' `Link` does the same
 * for the links it renders.
 */

export type LinkClick = {
  /** Some handler (React's `Link`, a tool) already acted on the click. */
  defaultPrevented: boolean;
  button: number;
  /** Ctrl, Meta, Shift or Alt held: the reader wants a new tab or window, or a download. */
  modified: boolean;
  /** The link's `href` attribute as written. */
  href: string | null;
  /** The link's `target` attribute. */
  target: string | null;
  download: boolean;
};

export type Here = {href: string; origin: string; pathname: string; search: string};

/** The path to push to the app's history, or null to leave the click to the browser. */
export function appNavigationTarget(click: LinkClick, here: Here, baseUrl: string, isRoute: (pathname: string) => boolean): string | null {
  if (click.defaultPrevented || click.button !== 0 || click.modified || click.download) return null;
  if (click.href === null || (click.target !== null && click.target !== '' && click.target !== '_self')) return null;
  let url: URL;
  try {
    url = new URL(click.href, here.href);
  } catch {
    return null;
  }
  if (url.origin !== here.origin || !url.pathname.startsWith(baseUrl)) return null;
  // Same page, another anchor: the browser scrolls to it.
  if (url.pathname === here.pathname && url.search === here.search) return null;
  // Files (diagrams, data, the search page's index) and unknown paths load as documents.
  if (!isRoute(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
