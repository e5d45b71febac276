/**
 * Pure helpers for link previews: read the tags Docusaurus wrote into a built
 * HTML page, and fill in what unfurlers (Slack, Teams, Confluence, Notion)
 * need. Used by the social-cards plugin at postBuild; no JS reaches pages.
 */

export type Attrs = Record<string, string>;

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e.startsWith('#')) {
      const code = e.charAt(1).toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attributes of one start tag, quoted or unquoted (as the minified build writes them). */
export function parseAttrs(tag: string): Attrs {
  const attrs: Attrs = {};
  // Only `>` ends the tag: in `content=https://x/>` the slash belongs to the value (as in HTML).
  const body = tag.replace(/^<[a-z]+/i, '').replace(/>$/, '');
  for (const [, name = '', dq, sq, bare] of body.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    attrs[name.toLowerCase()] = decodeEntities(dq ?? sq ?? bare ?? '');
  }
  return attrs;
}

export type HeadTag = {tag: string; start: number; end: number; attrs: Attrs};

function headOf(html: string): {head: string; end: number} {
  const end = html.search(/<\/head>/i);
  if (end < 0) throw new Error('no </head> in page');
  return {head: html.slice(0, end), end};
}

/** Every `<meta>` and `<link>` tag in the head, in order. */
export function headTags(html: string): HeadTag[] {
  const {head} = headOf(html);
  return [...head.matchAll(/<(?:meta|link)\b[^>]*>/gi)].map((m) => ({tag: m[0], start: m.index, end: m.index + m[0].length, attrs: parseAttrs(m[0])}));
}

/** Content of `<meta name=…>` or `<meta property=…>` (first match), or undefined. */
export function metaContent(html: string, key: string): string | undefined {
  const t = headTags(html).find((h) => (h.attrs.property ?? h.attrs.name) === key && 'content' in h.attrs);
  return t?.attrs.content;
}

export function metaCount(html: string, key: string): number {
  return headTags(html).filter((h) => (h.attrs.property ?? h.attrs.name) === key).length;
}

export function canonicalHref(html: string): string | undefined {
  return headTags(html).find((h) => h.tag.toLowerCase().startsWith('<link') && h.attrs.rel === 'canonical')?.attrs.href;
}

export function pageTitle(html: string): string | undefined {
  const [, text] = /<title[^>]*>([^<]*)<\/title>/i.exec(headOf(html).head) ?? [];
  return text === undefined ? undefined : decodeEntities(text).trim();
}

/** "Page | Site" → "Page"; the site title alone stays as it is. */
export function stripSiteSuffix(title: string, siteTitle: string): string {
  const suffix = ` | ${siteTitle}`;
  return title.endsWith(suffix) && title.length > suffix.length ? title.slice(0, -suffix.length) : title;
}

/**
 * Where the card for a built HTML file goes, relative to the build dir:
 * `index.html` → `img/social/index.png`, `docs/efa.html` → `img/social/docs/efa.png`,
 * `docs/x/index.html` → `img/social/docs/x.png`.
 */
export function cardPathFor(htmlRelPath: string): string {
  const route = htmlRelPath
    .replace(/\\/g, '/')
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\.html$/, '');
  return `img/social/${route || 'index'}.png`;
}

export type PreviewFields = {
  title: string;
  description: string;
  /** Absolute URL of the card. */
  image: string;
  imageAlt: string;
  /** Absolute URL of the page (used when the page lacks og:url / canonical). */
  url: string;
  siteName: string;
};

/**
 * Fill the link-preview tags of a built page.
 * - og:image / twitter:image: replaced when they hold `defaultImage` (the
 *   site-wide card), kept when a page chose its own (front matter `image:`);
 * - everything else is added only when missing, so nothing is duplicated.
 */
export function fillPreviewTags(html: string, f: PreviewFields, defaultImage: string): string {
  let out = html;
  const replaceContent = (key: string, value: string) => {
    const t = headTags(out).find((h) => (h.attrs.property ?? h.attrs.name) === key);
    if (!t) return false;
    if (t.attrs.content !== defaultImage) return true;
    const attr = t.attrs.property !== undefined ? 'property' : 'name';
    const tag = `<meta data-rh="true" ${attr}="${key}" content="${escapeAttr(value)}">`;
    out = out.slice(0, t.start) + tag + out.slice(t.end);
    return true;
  };
  const additions: string[] = [];
  const ensure = (attr: 'name' | 'property', key: string, value: string) => {
    if (metaCount(out, key) === 0) additions.push(`<meta ${attr}="${key}" content="${escapeAttr(value)}">`);
  };
  if (!replaceContent('og:image', f.image)) additions.push(`<meta property="og:image" content="${escapeAttr(f.image)}">`);
  if (!replaceContent('twitter:image', f.image)) additions.push(`<meta name="twitter:image" content="${escapeAttr(f.image)}">`);
  const image = metaContent(out, 'og:image') ?? f.image;
  const title = metaContent(out, 'og:title') ?? f.title;
  const description = metaContent(out, 'og:description') ?? metaContent(out, 'description') ?? f.description;
  ensure('property', 'og:title', title);
  ensure('name', 'description', description);
  ensure('property', 'og:description', description);
  ensure('property', 'og:type', 'website');
  ensure('property', 'og:site_name', f.siteName);
  ensure('property', 'og:url', f.url);
  if (image === f.image) {
    ensure('property', 'og:image:type', 'image/png');
    ensure('property', 'og:image:width', '1200');
    ensure('property', 'og:image:height', '630');
  }
  ensure('property', 'og:image:alt', f.imageAlt);
  ensure('name', 'twitter:card', 'summary_large_image');
  ensure('name', 'twitter:title', title);
  ensure('name', 'twitter:description', description);
  ensure('name', 'twitter:image:alt', f.imageAlt);
  if (canonicalHref(out) === undefined) additions.push(`<link rel="canonical" href="${escapeAttr(f.url)}">`);
  if (additions.length === 0) return out;
  const {end} = headOf(out);
  return out.slice(0, end) + additions.join('') + out.slice(end);
}

/** Shorten text at a word boundary to at most `max` characters, with an ellipsis. */
export function truncateWords(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): {width: number; height: number} | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {width: view.getUint32(16), height: view.getUint32(20)};
}
