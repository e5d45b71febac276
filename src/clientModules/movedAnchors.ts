/**
 * Sections that moved off /docs/overview keep their old links working:
 * /docs/overview#myth-<id> → /docs/reference/misconceptions#<id>, and the
 * comparison table's row anchors (#cmp-…) and state (?cmp=&diff=&cat=&hl=)
 * → /docs/compare. Without JavaScript the old anchors land on stub sections
 * in the overview that link to the new pages.
 */
import type {ClientModule} from '@docusaurus/types';

export function movedTarget(pathname: string, search: string, hash: string): string | null {
  const base = /^(.*\/)docs\/overview$/.exec(pathname)?.[1];
  if (base === undefined) return null;
  const myth = /^#myth-([a-z0-9-]+)$/.exec(hash);
  if (myth) return `${base}docs/reference/misconceptions#${myth[1]}`;
  if (/^#cmp-/.test(hash) || /[?&](cmp|diff|cat|hl)=/.test(search)) return `${base}docs/compare${search}${hash}`;
  return null;
}

export const onRouteDidUpdate: ClientModule['onRouteDidUpdate'] = ({location}) => {
  const to = movedTarget(location.pathname, location.search, location.hash);
  if (to) window.location.replace(to);
};
