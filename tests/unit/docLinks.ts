/**
 * The pages under docs/ and the anchors on each (explicit heading IDs {#id}
 * and JSX `id="…"` attributes), so tests can check links such as
 * "/docs/efa#security-group" without a build.
 */
import {readDocs, anchorIds} from './docs';

/** "/docs/<slug>" -> anchors on that page. */
export function docAnchors(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const doc of readDocs()) out.set(`/docs/${doc.slug}`, new Set(anchorIds(doc.body)));
  return out;
}

/** Why a site link is broken, or null when its page and anchor exist. */
export function docLinkProblem(link: string, anchors: Map<string, Set<string>>): string | null {
  const m = /^(\/docs\/[a-z0-9/-]+?)(?:#([a-z0-9-]+))?$/.exec(link);
  if (!m) return `"${link}" is not a /docs/... link`;
  const [, page = '', anchor] = m;
  const ids = anchors.get(page);
  if (!ids) return `"${link}": no page ${page}`;
  if (anchor && !ids.has(anchor)) return `"${link}": ${page} has no heading {#${anchor}} or element id="${anchor}"`;
  return null;
}
