/**
 * Reads the MDX pages under docs/ with their front matter, for content tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

export const DOCS_DIR = path.resolve(__dirname, '../../docs');

export type DocFile = {
  file: string;
  /** URL path without the /docs prefix, e.g. "reference/glossary". */
  slug: string;
  frontMatter: Record<string, unknown>;
  body: string;
};

function walk(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return walk(full);
    return /\.mdx?$/.test(e.name) ? [full] : [];
  });
}

export function readDocs(): DocFile[] {
  return walk(DOCS_DIR).map((file) => {
    const raw = fs.readFileSync(file, 'utf8');
    const [, head, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw) ?? [];
    if (head === undefined || body === undefined) throw new Error(`${file}: no front matter`);
    const frontMatter = (yaml.load(head) ?? {}) as Record<string, unknown>;
    const rel = path.relative(DOCS_DIR, file).replace(/\.mdx?$/, '');
    const slug = typeof frontMatter.slug === 'string' ? frontMatter.slug.replace(/^\//, '') : rel;
    return {file: path.relative(process.cwd(), file), slug, frontMatter, body};
  });
}

export type Heading = {level: number; text: string; line: number; /** the explicit `{#id}`, if any */ id: string | null};

/** The lines outside fenced code blocks, with their 1-based line numbers. */
function proseLines(body: string): {text: string; line: number}[] {
  const out: {text: string; line: number}[] = [];
  let fence: string | null = null;
  body.split('\n').forEach((text, i) => {
    const [, f] = /^\s*(```+|~~~+)/.exec(text) ?? [];
    if (f) {
      if (fence === null) fence = f;
      else if (text.trim().startsWith(fence)) fence = null;
      return;
    }
    if (!fence) out.push({text, line: i + 1});
  });
  return out;
}

/** Markdown headings outside fenced code blocks, with their explicit IDs. */
export function headings(body: string): Heading[] {
  return proseLines(body).flatMap(({text: line, line: n}) => {
    const [, hashes, rawText] = /^(#{1,6})\s+(.*)$/.exec(line) ?? [];
    if (!hashes || rawText === undefined) return [];
    const text = rawText.trim();
    return [{level: hashes.length, text, line: n, id: /\{#([a-z0-9][a-z0-9-]*)\}\s*$/.exec(text)?.[1] ?? null}];
  });
}

/**
 * Every anchor a page has in its source: the explicit heading IDs and the
 * `id="…"` attributes of JSX elements outside fenced code blocks (the
 * misconceptions list's entries, the overview's stubs for moved anchors).
 */
export function anchorIds(body: string): string[] {
  const jsx = proseLines(body).flatMap(({text}) => [...text.matchAll(/<[A-Za-z][\w.]*\s[^>]*?\bid="([a-z0-9][a-z0-9-]*)"/g)].map((m) => m[1]!));
  const hs = headings(body)
    .map((h) => h.id)
    .filter((id): id is string => id !== null);
  return [...hs, ...jsx];
}
