import {describe, expect, it} from 'vitest';
import {instanceTypes, zoneRegion} from '../data/instances';
import {decodeState, defaultState, encodeState} from './urlState';
import {
  COLUMNS,
  DEFAULT_COLUMNS,
  PAGE_SIZE,
  activeFilterCount,
  applyFilters,
  describeView,
  explorerModel,
  compileQuery,
  pageCount,
  pageSlice,
  sortRows,
  tcpIdleLabel,
  toCsv,
  visibleColumns,
  type ExplorerState,
} from './instanceFilter';

const {rows, schema} = explorerModel(instanceTypes);
const names = rows.map((r) => r.type);
const state = (over: Partial<ExplorerState> = {}): ExplorerState => ({...defaultState(schema), ...over});
const filtered = (over: Partial<ExplorerState>) => applyFilters(rows, state(over)).map((r) => r.type);

describe('search', () => {
  it('matches a family by prefix and patterns with wildcards', () => {
    const p5 = names.filter(compileQuery('p5'));
    expect(p5).toContain('p5.48xlarge');
    expect(p5).toContain('p5en.48xlarge');
    expect(names.filter(compileQuery('p5.'))).toEqual(['p5.4xlarge', 'p5.48xlarge'].filter((n) => names.includes(n)));
    const metal = names.filter(compileQuery('*.metal'));
    expect(metal.length).toBeGreaterThan(50);
    expect(metal.every((n) => n.endsWith('.metal'))).toBe(true);
    expect(names.filter(compileQuery('m5.*large')).every((n) => n.startsWith('m5.'))).toBe(true);
    expect(names.filter(compileQuery('M5.LARGE'))).toEqual(['m5.large']);
    expect(names.filter(compileQuery('t2.micro, t3.micro')).sort()).toEqual(['t2.micro', 't3.micro']);
    expect(names.filter(compileQuery(''))).toHaveLength(names.length);
  });
  it('treats regular-expression characters literally', () => {
    expect(names.filter(compileQuery('m5.larg?'))).toEqual(['m5.large']);
    expect(names.filter(compileQuery('(.*)'))).toEqual([]);
  });
});

describe('filters', () => {
  it('EFA: all and only EFA-capable types; at least N EFAs', () => {
    expect(filtered({efa: true})).toHaveLength(298);
    expect(filtered({minEfa: 32}).sort()).toEqual(['p5.48xlarge', 'p5e.48xlarge']);
    expect(filtered({minEfa: 16}).every((n) => rows.find((r) => r.type === n)!.maxEfa >= 16)).toBe(true);
  });
  it('ENA support, ENA Express, ENIs, IPv4 per ENI and cards', () => {
    expect(filtered({ena: 'unsupported'})).toHaveLength(49);
    expect(filtered({ena: 'unsupported'})).toContain('t2.micro');
    expect(filtered({enax: true})).toHaveLength(519);
    expect(filtered({minEni: 80})).toEqual(['trn1n.32xlarge']);
    expect(filtered({minIp: 64}).length).toBeGreaterThan(0);
    expect(filtered({cards: 'multi'})).toHaveLength(66);
    expect(filtered({cards: '32'}).sort()).toEqual(['p5.48xlarge', 'p5e.48xlarge']);
    expect(filtered({cards: '1'})).toHaveLength(rows.length - 66);
  });
  it('bandwidth range, generation, bare metal and family', () => {
    const mid = applyFilters(rows, state({bwMin: '100', bwMax: '200'}));
    expect(mid.length).toBeGreaterThan(0);
    expect(mid.every((r) => r.baseline! >= 100 && r.baseline! <= 200)).toBe(true);
    expect(filtered({bwMax: '0.1'})).toContain('t3.micro');
    expect(filtered({cur: true})).not.toContain('m1.small');
    expect(filtered({metal: 'only'}).every((n) => n.includes('metal'))).toBe(true);
    expect(filtered({metal: 'no'}).some((n) => n.includes('metal'))).toBe(false);
    expect(filtered({fam: 'p5'}).sort()).toEqual(names.filter((n) => n.startsWith('p5.')).sort());
  });
  it('TCP idle timeout (connection tracking) and minimum ENA queues per ENI', () => {
    const {tcpIdle} = explorerModel(instanceTypes);
    expect(tcpIdle).toEqual(['350', '432000']);
    const short = applyFilters(rows, state({tcpIdle: '350'}));
    expect(short).toHaveLength(rows.filter((r) => r.connTrack?.tcpEstablished === 350).length);
    expect(short.length).toBeGreaterThan(0);
    expect(short.every((r) => r.connTrack?.tcpEstablished === 350)).toBe(true);
    expect(filtered({tcpIdle: '432000'}).length + short.length).toBe(rows.length);
    const q32 = applyFilters(rows, state({minEnaQ: 32}));
    expect(q32.length).toBeGreaterThan(0);
    expect(q32.every((r) => r.cards[r.defaultCard]!.defaultEnaQueues! >= 32)).toBe(true);
    expect(q32).toHaveLength(rows.filter((r) => (r.cards[r.defaultCard]?.defaultEnaQueues ?? 0) >= 32).length);
    expect(filtered({minEnaQ: 1})).toHaveLength(rows.length);
    expect(filtered({minEnaQ: 256})).toEqual([]);
    // The same figures as the columns.
    const both = applyFilters(rows, state({tcpIdle: '350', minEnaQ: 16}));
    expect(
      both.every((r) => COLUMNS.find((c) => c.id === 'tcpidle')!.value(r) === 350 && (COLUMNS.find((c) => c.id === 'enaq')!.value(r) as number) >= 16),
    ).toBe(true);
    expect(tcpIdleLabel('432000')).toBe('432,000 s (5 days)');
    expect(tcpIdleLabel('350')).toBe('350 s');
  });
  it('combines filters with AND', () => {
    const r = filtered({efa: true, minEni: 8, q: 'p5'});
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((n) => n.startsWith('p5'))).toBe(true);
  });
});

describe('sorting and paging', () => {
  it('sorts by a column both ways, empty values last, ties by natural name order', () => {
    const byEni = sortRows(rows, '-eni');
    expect(byEni[0]?.type).toBe('trn1n.32xlarge');
    expect(sortRows(rows, 'eni')[0]?.maxEni).toBe(Math.min(...rows.map((r) => r.maxEni)));
    expect(sortRows(rows, 'branch').at(-1)?.branchEni).toBeNull();
    expect(sortRows(rows, '-branch').at(-1)?.branchEni).toBeNull();
    const m5 = sortRows(
      rows.filter((r) => r.family === 'm5'),
      'type',
    ).map((r) => r.type);
    expect(m5.indexOf('m5.large')).toBeLessThan(m5.indexOf('m5.2xlarge'));
    expect(sortRows(rows, '-type')[0]?.type).toBe(sortRows(rows, 'type').at(-1)?.type);
  });
  it('sorts network performance by number: baseline, then burst (not alphabetically)', () => {
    const perf = sortRows(rows, 'perf');
    // Alphabetical order put "100 Gigabit" first and "Very Low" last.
    expect(perf[0]!.networkPerformance).toMatch(/Low/);
    for (let i = 1; i < perf.length; i++) {
      const a = perf[i - 1]!;
      const b = perf[i]!;
      expect(a.baseline! < b.baseline! || (a.baseline === b.baseline && a.peak! <= b.peak!), `${a.type} before ${b.type}`).toBe(true);
    }
    // "Up to 5 Gigabit" before "Up to 50 Gigabit".
    const labels = perf.map((r) => r.networkPerformance);
    expect(labels.indexOf('Up to 5 Gigabit')).toBeLessThan(labels.indexOf('Up to 50 Gigabit'));
    const desc = sortRows(rows, '-perf');
    expect(desc[0]!.baseline).toBe(Math.max(...rows.map((r) => r.baseline ?? 0)));
  });
  it(`pages by ${PAGE_SIZE}`, () => {
    expect(pageCount(rows.length)).toBe(Math.ceil(rows.length / PAGE_SIZE));
    expect(pageSlice(rows, 2)[0]).toBe(rows[PAGE_SIZE]);
    expect(pageSlice(rows, 999)).toEqual(rows.slice((pageCount(rows.length) - 1) * PAGE_SIZE));
    expect(pageCount(0)).toBe(1);
  });
});

describe('CSV', () => {
  it('has a header and one line per row, in column order', () => {
    const cols = visibleColumns(['eni', 'type']);
    const csv = toCsv(
      rows.filter((r) => r.type === 'm5.large' || r.type === 'p5.48xlarge'),
      cols,
    );
    expect(csv).toBe('Type,ENIs\r\nm5.large,3\r\np5.48xlarge,64\r\n');
  });
  it('quotes commas and neutralises formulas', () => {
    const [first] = rows;
    if (!first) throw new Error('no instance data');
    const fake = {...first, networkPerformance: '=HYPERLINK("x"), 1'};
    expect(toCsv([fake], visibleColumns(['perf']))).toBe('Network performance\r\n"\'=HYPERLINK(""x""), 1"\r\n');
  });
});

describe('URL schema', () => {
  it('round-trips a full state through the URL', () => {
    const s = state({
      q: 'p5',
      efa: true,
      minEni: 8,
      sort: '-eni',
      type: 'p5.48xlarge',
      cmp: ['p5.48xlarge', 'p4d.24xlarge'],
      cols: ['type', 'eni', 'efa'],
      page: 2,
      bwMin: '0.5',
      metal: 'no',
      tcpIdle: '350',
      minEnaQ: 16,
    });
    const query = encodeState(schema, s);
    expect(query).toBe(
      '?q=p5&efa=1&minEni=8&bwMin=0.5&metal=no&tcpIdle=350&minEnaQ=16&sort=-eni&cols=type,eni,efa&page=2&type=p5.48xlarge&cmp=p5.48xlarge,p4d.24xlarge',
    );
    expect(decodeState(schema, query)).toEqual({state: s, ignored: []});
  });
  it('keeps the default columns out of the URL', () => {
    expect(encodeState(schema, state({cols: [...DEFAULT_COLUMNS]}))).toBe('');
    expect(COLUMNS.map((c) => c.id)).toEqual(expect.arrayContaining(DEFAULT_COLUMNS));
  });
  it('falls back to defaults for hostile or unknown values and reports them', () => {
    const hostile = [
      'q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'type=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      'cmp=p5.48xlarge,nope.large',
      'cmp2=1',
      'minEni=-5',
      'minEfa=1e9',
      'sort=__proto__',
      'cols=',
      'page=0',
      'bwMin=1;DROP',
      'fam=constructor',
      'efa=yes',
      'ena=maybe',
      'tcpIdle=%3Cb%3E350',
      'minEnaQ=99999',
    ].join('&');
    const {state: s, ignored} = decodeState(schema, `?${hostile}`);
    expect(s).toEqual(defaultState(schema));
    expect(ignored.map((i) => i.name).sort()).toEqual(
      ['bwMin', 'cmp', 'cmp2', 'cols', 'efa', 'ena', 'fam', 'minEfa', 'minEni', 'page', 'q', 'sort', 'type', 'tcpIdle', 'minEnaQ'].sort(),
    );
    expect(ignored.find((i) => i.name === 'cmp2')?.reason).toBe('unknown');
  });
  it('accepts only TCP idle timeouts found in the data, and a bounded whole number of ENA queues', () => {
    expect(decodeState(schema, '?tcpIdle=432000&minEnaQ=8')).toEqual({state: state({tcpIdle: '432000', minEnaQ: 8}), ignored: []});
    for (const bad of ['tcpIdle=351', 'tcpIdle=-350', 'tcpIdle=350.0', 'minEnaQ=-1', 'minEnaQ=8.5', 'minEnaQ=257', 'minEnaQ=x']) {
      const d = decodeState(schema, `?${bad}`);
      expect(d.state, bad).toEqual(defaultState(schema));
      expect(d.ignored, bad).toEqual([{name: bad.split('=')[0], reason: 'invalid'}]);
    }
    // An empty select (the "Any" choice of the plain GET form) is the default, not an error.
    expect(decodeState(schema, '?tcpIdle=&minEnaQ=0')).toEqual({state: defaultState(schema), ignored: []});
  });
  it('limits compare to 4 types and rejects repeats', () => {
    const five = names.slice(0, 5).join(',');
    expect(decodeState(schema, `?cmp=${five}`).ignored).toEqual([{name: 'cmp', reason: 'invalid'}]);
    expect(decodeState(schema, `?cmp=m5.large,m5.large`).ignored).toEqual([{name: 'cmp', reason: 'invalid'}]);
    expect(decodeState(schema, `?type=m5.large&type=t3.micro`).ignored).toEqual([{name: 'type', reason: 'repeated'}]);
  });
});

describe('the view from a shared link', () => {
  const d = defaultState(schema);
  it('is described in words, and not at all for the default view', () => {
    expect(describeView(d, d)).toBeNull();
    expect(describeView(state({q: 'p5', efa: true, minEni: 8, sort: '-eni', type: 'p5.48xlarge', cmp: ['p4d.24xlarge']}), d)).toBe(
      'Filtered by names matching “p5”, EFA, at least 8 ENIs; sorted by ENIs, descending; p5.48xlarge open; comparing p4d.24xlarge',
    );
    expect(activeFilterCount(state({q: 'p5', efa: true, sort: '-eni'}), d)).toBe(2);
    expect(describeView(state({tcpIdle: '432000', minEnaQ: 32}), d)).toBe('Filtered by TCP idle timeout 432,000 s (5 days), at least 32 ENA queues per ENI');
    expect(activeFilterCount(state({tcpIdle: '350', minEnaQ: 4}), d)).toBe(2);
  });
});

describe('Region filter (?region=) and the data-v2 columns', () => {
  const model = explorerModel(instanceTypes, zoneRegion);
  const base = defaultState(model.schema);

  it('lists the 30 Regions and accepts only them in the URL', () => {
    expect(model.regions.length).toBe(30);
    expect(decodeState(model.schema, '?region=us-east-1').state.region).toBe('us-east-1');
    const bad = decodeState(model.schema, '?region=mars-1');
    expect(bad.state.region).toBe('');
    expect(bad.ignored.length).toBe(1);
  });

  it('keeps only types offered in the Region', () => {
    const all = applyFilters(model.rows, base);
    const east = applyFilters(model.rows, {...base, region: 'us-east-1'});
    const capeTown = applyFilters(model.rows, {...base, region: 'af-south-1'});
    expect(east.length).toBe(1354);
    expect(capeTown.length).toBe(477);
    expect(east.length).toBeLessThan(all.length);
    expect(east.every((r) => r.regions?.includes('us-east-1'))).toBe(true);
  });

  it('sorts by the new columns', () => {
    const sorted = sortRows(model.rows, 'tcpidle');
    expect(sorted[0]!.connTrack?.tcpEstablished).toBe(350);
    expect(sortRows(model.rows, '-regions')[0]!.regions?.length).toBe(30);
  });
});
