import {describe, expect, it} from 'vitest';
import {BUDGETS, EXPLORER_PATH, KB} from './budgets';
import {
  byteBudgetFor,
  checkBudgets,
  classify,
  formatCls,
  formatKB,
  formatTable,
  isToolChunk,
  median,
  normaliseBase,
  sitemapPathsFromXml,
  summarise,
  type RequestRecord,
} from './perf';

const req = (resourceType: string, encodedBytes: number, prefetch = false, afterHydration = false): RequestRecord => ({
  url: `http://x/${resourceType}/${encodedBytes}`,
  resourceType,
  encodedBytes,
  status: 200,
  prefetch,
  afterHydration,
});

describe('classify', () => {
  it('sorts requests into JS, CSS, data, prefetch and other', () => {
    expect(classify(req('script', 1))).toBe('js');
    expect(classify(req('stylesheet', 1))).toBe('css');
    expect(classify(req('fetch', 1))).toBe('data');
    expect(classify(req('xhr', 1))).toBe('data');
    expect(classify(req('document', 1))).toBe('other');
    expect(classify(req('image', 1))).toBe('other');
    expect(classify(req('other', 1, true))).toBe('prefetch');
  });
});

describe('isToolChunk', () => {
  it("knows a lazy island's chunk by its tool- name, whatever its hash or query", () => {
    expect(isToolChunk('http://x/b/assets/js/tool-decision-helper.3f2a1b.js')).toBe(true);
    expect(isToolChunk('http://x/assets/js/tool-quiz.abc.js?v=1')).toBe(true);
    expect(isToolChunk('http://x/assets/js/main.abc.js')).toBe(false);
    expect(isToolChunk('http://x/assets/js/1234.abc.js')).toBe(false);
    expect(isToolChunk('http://x/docs/tool-guide.js/page')).toBe(false);
  });

  it('counts a tool chunk asked for before hydration as tool code, not first load', () => {
    const chunk = {...req('script', 25_000), url: 'http://x/assets/js/tool-decision-helper.1a.js'};
    const s = summarise('docs/choose', [req('script', 150_000), chunk], []);
    expect([s.jsBytes, s.toolJsBytes]).toEqual([150_000, 25_000]);
  });
});

describe('summarise', () => {
  it('adds bytes per class, JS after hydration as tool code, and leaves prefetches out of bytes and requests', () => {
    const s = summarise(
      'docs/efa',
      [
        req('document', 5000),
        req('script', 150_000),
        req('script', 30_000),
        req('script', 40_000, false, true),
        req('stylesheet', 16_000),
        req('fetch', 2000),
        req('other', 9000, true),
      ],
      [0, 0.001],
    );
    expect(s).toEqual({
      path: 'docs/efa',
      jsBytes: 180_000,
      toolJsBytes: 40_000,
      cssBytes: 16_000,
      dataBytes: 2000,
      totalBytes: 243_000,
      requests: 6,
      prefetches: 1,
      cls: 0.001,
    });
  });
});

describe('budgets', () => {
  const page = (path: string, jsBytes: number, dataBytes = 0, cls = 0, toolJsBytes = 0) => ({
    path,
    jsBytes,
    toolJsBytes,
    cssBytes: 0,
    dataBytes,
    totalBytes: jsBytes + dataBytes,
    requests: 1,
    prefetches: 0,
    cls,
  });

  it('uses 1 KB = 1000 bytes and the documented limits', () => {
    expect(KB).toBe(1000);
    expect(BUDGETS.docsJsBytes).toBe(190_000);
    expect(BUDGETS.explorerJsAndDataBytes).toBe(300_000);
  });

  it('applies the docs JS budget to docs pages, the explorer budget to the explorer, none elsewhere', () => {
    expect(byteBudgetFor('docs/efa')).toEqual({metric: 'js', limit: 190_000});
    expect(byteBudgetFor(EXPLORER_PATH)).toEqual({metric: 'js+data', limit: 300_000});
    expect(byteBudgetFor('docs/types/p5.48xlarge')).toEqual({metric: 'js', limit: 190_000});
    expect(byteBudgetFor('')).toBeNull();
    expect(byteBudgetFor('search')).toBeNull();
    expect(byteBudgetFor('docsx/a')).toBeNull();
  });

  it('passes at the limit and fails one byte over it', () => {
    expect(checkBudgets([page('docs/a', 190_000)])).toEqual([]);
    const v = checkBudgets([page('docs/a', 190_001)]);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({path: 'docs/a', budget: 'bytes'});
    expect(v[0]?.message).toContain('190.0 KB');
  });

  it('counts data and the tool code against the explorer budget', () => {
    expect(checkBudgets([page(EXPLORER_PATH, 250_000, 50_000)])).toEqual([]);
    expect(checkBudgets([page(EXPLORER_PATH, 250_000, 50_001)])).toHaveLength(1);
    expect(checkBudgets([page(EXPLORER_PATH, 150_000, 50_000, 0, 100_001)])).toHaveLength(1);
  });

  it('reports tool code loaded after hydration on docs pages without charging it to the first-load budget', () => {
    expect(checkBudgets([page('docs/a', 190_000, 0, 0, 80_000)])).toEqual([]);
  });

  it('treats CLS below 0.005 as 0.00 and anything else as broken', () => {
    expect(checkBudgets([page('', 0, 0, 0.0049)])).toEqual([]);
    expect(checkBudgets([page('', 0, 0, 0.005)])[0]?.budget).toBe('cls');
    expect(checkBudgets([page('', 0, 0, NaN)])).toHaveLength(1);
    expect(formatCls(0.004)).toBe('0.00');
    expect(formatCls(0.046)).toBe('0.046');
  });
});

describe('helpers', () => {
  it('median of odd and even counts', () => {
    expect(median([91, 95, 90])).toBe(91);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('formats KB with one decimal', () => {
    expect(formatKB(174_321)).toBe('174.3');
  });

  it('formats an aligned table', () => {
    expect(
      formatTable(
        ['page', 'KB'],
        [
          ['/a', '1.0'],
          ['/longer', '10.0'],
        ],
      ),
    ).toBe(['page       KB', '-------  ----', '/a        1.0', '/longer  10.0'].join('\n'));
  });

  it('reads sitemap paths relative to the base path', () => {
    const xml = '<urlset><url><loc>https://e.org/sub/</loc></url><url><loc>https://e.org/sub/docs/efa</loc></url></urlset>';
    expect(sitemapPathsFromXml(xml, '/sub/')).toEqual(['', 'docs/efa']);
    expect(() => sitemapPathsFromXml(xml, '/other/')).toThrow(/outside the base path/);
    expect(() => sitemapPathsFromXml('<urlset/>', '/')).toThrow(/no pages/);
  });

  it('normalises BASE_URL values', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('enhanced-networking')).toBe('/enhanced-networking/');
    expect(normaliseBase('/enhanced-networking/')).toBe('/enhanced-networking/');
  });
});
