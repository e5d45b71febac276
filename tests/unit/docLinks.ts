/**
 * The pages under docs/ and the explicit heading IDs ({#id}) on each, so
 * tests can check links such as "/docs/efa#security-group" without a build.
 */
import {readDocs, headings} from './docs';

/** "/docs/<slug>" -> heading IDs on that page. */
export function docAnchors(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const doc of readDocs()) {
    const ids = headings(doc.body)
      .map((h) => h.id)
      .filter((id): id is string => id !== null);
    out.set(`/docs/${doc.slug}`, new Set(ids));
  }
  return out;
}

/** Why a site link is broken, or null when its page and anchor exist. */
export function docLinkProblem(link: string, anchors: Map<string, Set<string>>): string | null {
  const m = /^(\/docs\/[a-z0-9/-]+?)(?:#([a-z0-9-]+))?$/.exec(link);
  if (!m) return `"${link}" is not a /docs/... link`;
  const [, page = '', anchor] = m;
  const ids = anchors.get(page);
  if (!ids) return `"${link}": no page ${page}`;
  if (anchor && !ids.has(anchor)) return `"${link}": ${page} has no heading {#${anchor}}`;
  return null;
}
