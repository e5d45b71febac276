/**
 * Mermaid diagrams, build side (Node only). A ```mermaid block in docs/ is
 * rendered once, by `npm run diagrams`, into committed SVGs:
 *   static/diagrams/<hash>-light.svg and <hash>-dark.svg
 * The remark plugin below swaps each block for <MermaidDiagram>, which shows
 * those files; a block with no SVGs is left to @docusaurus/theme-mermaid.
 * A block fenced as ```mermaid phone is the narrow version of the block before it.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const SITE_DIR = path.resolve(__dirname, '../..');
export const DIAGRAM_DIR = 'static/diagrams';
export const MODES = ['light', 'dark'] as const;
export type Mode = (typeof MODES)[number];

const font = 'Arial, Helvetica, "Liberation Sans", sans-serif';
/** The site palette (src/css/custom.css); every text/background pair passes WCAG AA. */
export const DIAGRAM_THEME: Record<Mode, Record<string, string>> = {
  light: {
    fontFamily: font,
    fontSize: '16px',
    background: '#ffffff',
    primaryColor: '#e8f1fa',
    primaryBorderColor: '#0a5aa3',
    primaryTextColor: '#1c1e21',
    lineColor: '#4a4f57',
    clusterBkg: '#f5f7fa',
    clusterBorder: '#8a939e',
    titleColor: '#1c1e21',
    edgeLabelBackground: '#ffffff',
    secondaryColor: '#e6f4ee',
    tertiaryColor: '#f5f7fa',
  },
  dark: {
    fontFamily: font,
    fontSize: '16px',
    background: '#14181d',
    primaryColor: '#1d2b3a',
    primaryBorderColor: '#8ecbff',
    primaryTextColor: '#e8eaed',
    lineColor: '#b8bec6',
    clusterBkg: '#1b2027',
    clusterBorder: '#6b7683',
    titleColor: '#e8eaed',
    edgeLabelBackground: '#14181d',
    secondaryColor: '#1b3028',
    tertiaryColor: '#1b2027',
  },
};

export type Block = {source: string; phone: boolean};

/** The ```mermaid blocks of a page, in order (fences at the start of a line). */
export function diagramBlocks(text: string): Block[] {
  return [...text.replace(/\r\n?/g, '\n').matchAll(/^```mermaid( phone)?\n([\s\S]*?)\n```$/gm)].map((m) => ({
    source: m[2] ?? '',
    phone: Boolean(m[1]),
  }));
}

export function mermaidVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(SITE_DIR, 'node_modules/mermaid/package.json'), 'utf8')) as {version: string}).version;
}

/** Changes whenever the source, Mermaid or the theme changes, so a stale SVG is a missing file. */
export function diagramHash(source: string, version = mermaidVersion()): string {
  return createHash('sha256')
    .update(JSON.stringify([source, version, DIAGRAM_THEME]))
    .digest('hex')
    .slice(0, 12);
}

export const svgFile = (hash: string, mode: Mode) => path.join(SITE_DIR, DIAGRAM_DIR, `${hash}-${mode}.svg`);

/** The text alternative is the block's own `accDescr` (required by the unit test). */
export const altText = (source: string) => /^\s*accDescr:\s*(.+)$/m.exec(source)?.[1]?.trim() ?? '';

export function docsBlocks(dir = path.join(SITE_DIR, 'docs')): (Block & {file: string})[] {
  return fs.readdirSync(dir, {withFileTypes: true, recursive: true}).flatMap((e) => {
    if (!e.isFile() || !/\.mdx?$/.test(e.name)) return [];
    const file = path.join(e.parentPath, e.name);
    return diagramBlocks(fs.readFileSync(file, 'utf8')).map((b) => ({...b, file: path.relative(SITE_DIR, file)}));
  });
}

type Node = {type: string; name?: string; lang?: string | null; meta?: string | null; value?: string; children?: Node[]; attributes?: unknown[]};
const attr = (name: string, value: string) => ({type: 'mdxJsxAttribute', name, value});

/** Remark plugin: each rendered block becomes <MermaidDiagram id alt [phone]> (no Mermaid code on the page). */
export function remarkMermaidDiagrams() {
  const version = mermaidVersion();
  const rendered = (source: string) => {
    const hash = diagramHash(source, version);
    return MODES.every((m) => fs.existsSync(svgFile(hash, m))) ? hash : null;
  };
  // "width height" of the drawing, so the page reserves its space before the image arrives.
  const size = (hash: string) =>
    [...(/^<svg[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(fs.readFileSync(svgFile(hash, 'light'), 'utf8')) ?? [])]
      .slice(1)
      .map((n) => Math.round(Number(n)))
      .join(' ');
  const visit = (node: Node): void => {
    const out: Node[] = [];
    for (const child of node.children ?? []) {
      const hash = child.type === 'code' && child.lang === 'mermaid' ? rendered(child.value ?? '') : null;
      const prev = out[out.length - 1];
      if (hash && child.meta === 'phone' && prev?.name === 'MermaidDiagram') prev.attributes?.push(attr('phone', hash), attr('phoneSize', size(hash)));
      else if (hash)
        out.push({
          type: 'mdxJsxFlowElement',
          name: 'MermaidDiagram',
          attributes: [attr('id', hash), attr('alt', altText(child.value ?? '')), attr('size', size(hash))],
          children: [],
        } as Node);
      else {
        visit(child);
        out.push(child);
      }
    }
    if (node.children) node.children = out;
  };
  return visit;
}
