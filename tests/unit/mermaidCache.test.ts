/**
 * Every ```mermaid block in docs/ must have a fresh entry in the committed
 * cache (src/data/mermaid-cache), so the build never needs a browser.
 * Fix a failure with `npm run diagrams` and commit the files it writes.
 */
import {describe, expect, it} from 'vitest';
import {cacheKey, checkCache, diagramId, uniquifyIds} from '../../src/lib/mermaidCache';
import {docsMermaidBlocks, installedMermaidVersion, readEntry} from '../../src/lib/mermaidCacheFs';

describe('Mermaid cache', () => {
  const version = installedMermaidVersion();
  const blocks = docsMermaidBlocks();

  it('has a fresh entry for every Mermaid block in docs/ (run `npm run diagrams` if not)', () => {
    const problems = checkCache(
      blocks.map((b) => b.source),
      version,
      (key) => readEntry(key),
    ).map((p) => {
      const where = blocks.find((b) => b.source === p.source)?.file;
      return `${where}: ${p.problem} cache entry ${p.key.slice(0, 12)} for "${p.source.split('\n')[0]}"`;
    });
    expect(problems, 'run `npm run diagrams` and commit src/data/mermaid-cache').toEqual([]);
  });

  it('stores SVGs whose ids are unique per diagram and theme', () => {
    const owner = new Map<string, string>();
    for (const {source} of blocks) {
      const key = cacheKey(source, version);
      const e = readEntry(key);
      if (!e) continue; // reported by the test above
      for (const [mode, svg] of [['light', e.light], ['dark', e.dark]] as const) {
        const root = /^<svg[^>]*\sid="([^"]+)"/.exec(svg)?.[1] ?? '';
        expect(root, `${key.slice(0, 12)} ${mode}`).toBe(diagramId(key, mode));
        expect(uniquifyIds(svg, root), 'every id already starts with the diagram id').toBe(svg);
        for (const [, id = ''] of svg.matchAll(/\sid="([^"]+)"/g)) {
          const other = owner.get(id);
          expect(other === undefined || other === `${key}/${mode}`, `id ${id} in two diagrams`).toBe(true);
          owner.set(id, `${key}/${mode}`);
        }
      }
    }
  });
});
