/**
 * Build-time cache of rendered Mermaid diagrams: which blocks a page has, the
 * key each rendered SVG is stored under, and the checks the unit test runs.
 *
 * Pure TypeScript with no React and no browser; hashing uses node:crypto, so
 * only build-time code (remark plugin, scripts, tests) may import this file.
 * See README.md, "Diagrams and Mermaid".
 */
import {createHash} from 'node:crypto';

/** Mermaid themes per site colour mode; docusaurus.config.ts uses the same object. */
export const mermaidThemeConfig = {
  theme: {light: 'neutral', dark: 'dark'},
  options: {},
  /**
   * Per-mode overrides for the build-time render. Mermaid's dark theme puts
   * #ccc edge labels on #585858 (4.4:1, below WCAG AA); #333 gives 7:1.
   */
  themeVariables: {light: {}, dark: {edgeLabelBackground: '#333333'}},
} as const;

export type ColorMode = 'light' | 'dark';
export const COLOR_MODES: readonly ColorMode[] = ['light', 'dark'];

/**
 * Bump when the way SVGs are post-processed (ids, descriptions) changes, so
 * every cache entry becomes stale and is rendered again.
 */
export const RENDERER_VERSION = 1;

/** Where entries live, relative to the site root. */
export const CACHE_DIR = 'src/data/mermaid-cache';

export type CacheEntry = {
  key: string;
  /** The normalised Mermaid source the SVGs were rendered from. */
  source: string;
  mermaidVersion: string;
  /** Text alternative: accTitle/accDescr when the block has them, else the diagram's labels. */
  description: string;
  light: string;
  dark: string;
};

/**
 * The form a block is hashed in: line endings unified, trailing spaces and
 * the common indentation removed, blank lines around it dropped. Remark and
 * the text scanner below then agree on indented blocks (lists, JSX).
 */
export function normalizeSource(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\s+$/, ''));
  while (lines.length && lines[0] === '') lines.shift();
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const indents = lines.filter((l) => l !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

/** The cache key of one block: source + Mermaid version + theme config + renderer version. */
export function cacheKey(source: string, mermaidVersion: string, themeConfig: unknown = mermaidThemeConfig): string {
  const payload = JSON.stringify({
    source: normalizeSource(source),
    mermaidVersion,
    themeConfig,
    renderer: RENDERER_VERSION,
  });
  return createHash('sha256').update(payload).digest('hex');
}

/** A short, stable, HTML-id-safe prefix for one diagram in one colour mode. */
export function diagramId(key: string, mode: ColorMode): string {
  return `mmd-${key.slice(0, 12)}-${mode}`;
}

/**
 * The ```mermaid blocks of an MDX/Markdown file, in order, normalised.
 * Follows CommonMark fences: a block opened with N backticks (or tildes)
 * closes only with at least N of the same, so a mermaid example inside a
 * longer fence is not a diagram.
 */
export function mermaidBlocks(text: string): string[] {
  const out: string[] = [];
  let fence: {char: string; len: number; mermaid: boolean; lines: string[]} | null = null;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const m = /^[ \t]*(`{3,}|~{3,})\s*([^\s`]*)?.*$/.exec(line);
    if (fence === null) {
      const [, marker, lang] = m ?? [];
      if (marker) fence = {char: marker.charAt(0), len: marker.length, mermaid: lang === 'mermaid', lines: []};
      continue;
    }
    const [, close] = /^[ \t]*(`{3,}|~{3,})\s*$/.exec(line) ?? [];
    if (close && close.charAt(0) === fence.char && close.length >= fence.len) {
      if (fence.mermaid) out.push(normalizeSource(fence.lines.join('\n')));
      fence = null;
      continue;
    }
    fence.lines.push(line);
  }
  return out;
}

/**
 * Make every id in a Mermaid SVG start with `rootId`, and update the
 * references to them, so two diagrams (or the light and dark copy of one)
 * never share an id on a page.
 */
export function uniquifyIds(svg: string, rootId: string): string {
  const ids = new Set<string>();
  for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) if (id) ids.add(id);
  const rename = new Map<string, string>();
  for (const id of ids) {
    if (id === rootId || id.startsWith(`${rootId}-`) || id.startsWith(`${rootId}_`)) continue;
    rename.set(id, `${rootId}-${id}`);
  }
  if (rename.size === 0) return svg;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = [...rename.keys()].sort((a, b) => b.length - a.length).map(esc).join('|');
  const ref = new RegExp(`(\\sid="|url\\(#|href="#|url\\(&quot;#)(${alternatives})(?=["&)])`, 'g');
  let result = svg.replace(ref, (_, before: string, id: string) => `${before}${rename.get(id)}`);
  // aria-labelledby / aria-describedby hold space-separated id lists.
  result = result.replace(/(\saria-(?:labelledby|describedby)=")([^"]*)"/g, (_, before: string, list: string) => {
    const mapped = list
      .split(/\s+/)
      .map((id) => rename.get(id) ?? id)
      .join(' ');
    return `${before}${mapped}"`;
  });
  return result;
}

export type CacheProblem = {source: string; key: string; problem: 'missing' | 'stale'};

/**
 * Every block must have an entry under its key whose stored source and
 * version match. `read` returns the parsed entry or undefined.
 */
export function checkCache(
  blocks: readonly string[],
  mermaidVersion: string,
  read: (key: string) => CacheEntry | undefined,
): CacheProblem[] {
  const problems: CacheProblem[] = [];
  for (const source of blocks) {
    const key = cacheKey(source, mermaidVersion);
    const entry = read(key);
    if (!entry) {
      problems.push({source, key, problem: 'missing'});
      continue;
    }
    const fresh =
      entry.key === key &&
      entry.source === normalizeSource(source) &&
      entry.mermaidVersion === mermaidVersion &&
      typeof entry.light === 'string' &&
      entry.light.startsWith('<svg') &&
      typeof entry.dark === 'string' &&
      entry.dark.startsWith('<svg') &&
      entry.description.length > 0;
    if (!fresh) problems.push({source, key, problem: 'stale'});
  }
  return problems;
}
