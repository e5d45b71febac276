/**
 * Every ```mermaid block in docs/ has committed SVGs for both themes that are
 * readable on a phone, and no SVG is left over. Fix a failure with
 * `npm run diagrams` and commit static/diagrams/.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DIAGRAM_DIR, MODES, SITE_DIR, altText, diagramBlocks, diagramHash, docsBlocks, svgFile} from '../../scripts/lib/diagrams';

const FIX = 'run `npm run diagrams` and commit static/diagrams/';
/** Widest drawing a 375 px phone shows without scaling 16 px text below 14 px (the body's small text). */
const PHONE_MAX_WIDTH = Math.floor(343 * (16 / 14));
const width = (file: string) => Number(/^<svg[^>]*\swidth="([\d.]+)/.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? NaN);

describe('Mermaid diagrams', () => {
  const blocks = docsBlocks();

  it('finds blocks the way the remark plugin sees them', () => {
    expect(diagramBlocks('x\n```mermaid\nflowchart TB\n  A\n```\n```mermaid phone\nB\n```\n')).toEqual([
      {source: 'flowchart TB\n  A', phone: false},
      {source: 'B', phone: true},
    ]);
    expect(blocks.length).toBeGreaterThan(0);
  });

  it(`has a fresh light and dark SVG for every block (${FIX})`, () => {
    const missing = blocks.flatMap((b) =>
      MODES.filter((m) => !fs.existsSync(svgFile(diagramHash(b.source), m))).map(
        (m) => `${b.file}: ${m} SVG missing or stale for "${b.source.split('\n')[0]}"`,
      ),
    );
    expect(missing, FIX).toEqual([]);
  });

  it(`keeps no SVG that no block uses (${FIX})`, () => {
    const used = new Set(blocks.map((b) => diagramHash(b.source)));
    const unused = fs.readdirSync(path.join(SITE_DIR, DIAGRAM_DIR)).filter((f) => !used.has(f.replace(/-(light|dark)\.svg$/, '')));
    expect(unused, FIX).toEqual([]);
  });

  it('gives every block a text alternative (accDescr)', () => {
    expect(blocks.filter((b) => !b.phone && altText(b.source).length < 20).map((b) => b.file)).toEqual([]);
  });

  it(`is no wider than ${PHONE_MAX_WIDTH} px on a phone: wide drawings have a narrow \`mermaid phone\` version`, () => {
    const tooWide = blocks.flatMap((b, i) => {
      const phone = blocks[i + 1]?.phone && blocks[i + 1]?.file === b.file ? blocks[i + 1]! : null;
      if (b.phone) return [];
      const shown = phone ?? b;
      const w = width(svgFile(diagramHash(shown.source), 'light'));
      return w <= PHONE_MAX_WIDTH ? [] : [`${b.file}: "${shown.source.split('\n')[0]}" is ${w} px wide`];
    });
    expect(tooWide).toEqual([]);
  });
});
