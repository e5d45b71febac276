import {describe, expect, it} from 'vitest';
import {cacheKey, checkCache, diagramId, mermaidBlocks, normalizeSource, uniquifyIds, type CacheEntry} from './mermaidCache';

const svg = '<svg id="x">ok</svg>';
function entry(source: string, version = '11.0.0'): CacheEntry {
  return {key: cacheKey(source, version), source: normalizeSource(source), mermaidVersion: version, description: 'flowchart: A, B', light: svg, dark: svg};
}

describe('mermaidBlocks', () => {
  it('finds mermaid fences, indented ones included, and skips examples inside longer fences', () => {
    const mdx = [
      '# T',
      '```mermaid',
      'flowchart LR',
      '  A --> B',
      '```',
      '- item',
      '',
      '  ```mermaid',
      '  sequenceDiagram',
      '    A->>B: hi',
      '  ```',
      '````md',
      '```mermaid',
      'flowchart LR; X-->Y',
      '```',
      '````',
      '```js',
      'const a = 1;',
      '```',
    ].join('\n');
    expect(mermaidBlocks(mdx)).toEqual(['flowchart LR\n  A --> B', 'sequenceDiagram\n  A->>B: hi']);
  });
});

describe('cacheKey', () => {
  it('changes with the source, the Mermaid version and the theme config, not with indentation', () => {
    const k = cacheKey('flowchart LR; A-->B', '11.0.0');
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey('  flowchart LR; A-->B  \n', '11.0.0')).toBe(k);
    expect(cacheKey('flowchart LR; A-->C', '11.0.0')).not.toBe(k);
    expect(cacheKey('flowchart LR; A-->B', '11.0.1')).not.toBe(k);
    expect(cacheKey('flowchart LR; A-->B', '11.0.0', {theme: {light: 'default', dark: 'dark'}})).not.toBe(k);
  });
});

describe('checkCache', () => {
  it('passes a fresh entry and reports missing and stale ones', () => {
    const a = 'flowchart LR; A-->B';
    const b = 'flowchart LR; B-->C';
    const store = new Map([[cacheKey(a, '11.0.0'), entry(a)]]);
    expect(checkCache([a], '11.0.0', (k) => store.get(k))).toEqual([]);
    expect(checkCache([b], '11.0.0', (k) => store.get(k))).toEqual([{source: b, key: cacheKey(b, '11.0.0'), problem: 'missing'}]);
    const stale = {...entry(a), source: 'flowchart LR; A-->Z'};
    expect(checkCache([a], '11.0.0', () => stale)[0]?.problem).toBe('stale');
    expect(checkCache([a], '11.0.0', () => ({...entry(a), dark: ''}))[0]?.problem).toBe('stale');
  });
});

describe('uniquifyIds', () => {
  it('prefixes foreign ids and every reference to them', () => {
    const root = diagramId('abcdef0123456789', 'dark');
    const input =
      `<svg id="${root}" aria-labelledby="chart-title-x"><title id="chart-title-x">T</title>` +
      `<marker id="${root}_arrow"/><g id="flowchart-A-0" data-id="A"></g>` +
      `<path marker-end="url(#${root}_arrow)" fill="url(#grad)"/><linearGradient id="grad"/><use href="#flowchart-A-0"/></svg>`;
    const out = uniquifyIds(input, root);
    expect(out).toContain(`id="${root}-flowchart-A-0"`);
    expect(out).toContain(`href="#${root}-flowchart-A-0"`);
    expect(out).toContain(`url(#${root}-grad)`);
    expect(out).toContain(`aria-labelledby="${root}-chart-title-x"`);
    expect(out).toContain(`id="${root}_arrow"`);
    expect(out).toContain('data-id="A"');
    const ids = [...out.matchAll(/\sid="([^"]+)"/g)].map(([, id = '']) => id);
    expect(ids.every((id) => id.startsWith(root))).toBe(true);
  });
});
