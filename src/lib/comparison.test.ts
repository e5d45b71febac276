import {describe, it, expect} from 'vitest';
import {COLUMN_IDS, comparisonSchema, columnsFor, differs, isRowVisible, splitCode, toggleColumn, visibleRows, type ComparisonState} from './comparison';
import {decisionSchema} from './decision';
import {decodeState, defaultState, encodeState, MAX_QUERY_LENGTH} from './urlState';
import {ROWS, type ComparisonRow} from '../data/interfaces';

const defaults: ComparisonState = defaultState(comparisonSchema);
const row = (values: ComparisonRow['values'], category: ComparisonRow['category'] = 'what'): ComparisonRow => ({
  id: 'x',
  category,
  label: 'X',
  values,
  sources: ['https://example.org'],
});

describe('filters', () => {
  it('shows every row by default', () => {
    expect(visibleRows(ROWS, defaults)).toHaveLength(ROWS.length);
  });

  it('"differences" hides rows whose compared values are all equal', () => {
    const same3 = row({eni: 'Yes', ena: 'Yes', efa: 'Yes', efaOnly: 'No'});
    expect(differs(same3, ['eni', 'ena', 'efa'])).toBe(false);
    expect(differs(same3, ['eni', 'efa-only'])).toBe(true);
    expect(isRowVisible(same3, {...defaults, diff: true})).toBe(false);
    expect(isRowVisible(same3, {...defaults, diff: true, cmp: ['efa', 'efa-only']})).toBe(true);
    expect(isRowVisible(same3, {...defaults, diff: false})).toBe(true);
  });

  it('treats whitespace-only differences as equal', () => {
    expect(differs(row({eni: 'None', ena: 'None ', efa: ' None', efaOnly: 'x'}), ['eni', 'ena', 'efa'])).toBe(false);
  });

  it('changes the real row count when toggled', () => {
    const diffOnly = visibleRows(ROWS, {...defaults, diff: true}).length;
    expect(diffOnly).toBeLessThan(ROWS.length);
    expect(diffOnly).toBeGreaterThan(0);
    // Adding the efa-only column brings back rows where only efa-only differs.
    expect(visibleRows(ROWS, {...defaults, diff: true, cmp: [...COLUMN_IDS]}).length).toBeGreaterThan(diffOnly);
  });

  it('filters by category', () => {
    const perf = visibleRows(ROWS, {...defaults, cat: 'performance'});
    expect(perf.length).toBeGreaterThan(0);
    expect(perf.every((r) => r.category === 'performance')).toBe(true);
    const both = visibleRows(ROWS, {...defaults, cat: 'performance', diff: true});
    expect(both.every((r) => r.category === 'performance' && differs(r, defaults.cmp))).toBe(true);
  });

  it('keeps columns in display order', () => {
    expect(columnsFor(['efa-only', 'eni']).map((c) => c.id)).toEqual(['eni', 'efa-only']);
  });

  it('toggles columns but keeps at least two', () => {
    expect(toggleColumn(['eni', 'ena', 'efa'], 'efa-only')).toEqual(['eni', 'ena', 'efa', 'efa-only']);
    expect(toggleColumn(['efa', 'eni'], 'ena')).toEqual(['eni', 'ena', 'efa']);
    expect(toggleColumn(['eni', 'ena', 'efa'], 'ena')).toEqual(['eni', 'efa']);
    expect(toggleColumn(['eni', 'efa'], 'efa')).toEqual(['eni', 'efa']);
  });
});

describe('splitCode', () => {
  it('marks backticked parts as code and never produces HTML', () => {
    expect(splitCode('run `fi_info -p efa` now')).toEqual(['run ', {code: 'fi_info -p efa'}, ' now']);
    expect(splitCode('<b>x</b>')).toEqual(['<b>x</b>']);
    expect(splitCode('`a`')).toEqual([{code: 'a'}]);
  });
});

describe('comparison URL codec', () => {
  it('round-trips the documented example', () => {
    const q = '?cmp=ena,efa&diff=1&cat=performance&hl=efa';
    const {state, ignored} = decodeState(comparisonSchema, q);
    expect(ignored).toEqual([]);
    expect(state).toEqual({cmp: ['ena', 'efa'], diff: true, cat: 'performance', hl: 'efa'});
    expect(encodeState(comparisonSchema, state)).toBe(q);
  });

  it('writes nothing for the defaults', () => {
    expect(encodeState(comparisonSchema, defaults)).toBe('');
  });

  const hostile: [string, string][] = [
    ['cmp=<script>alert(1)</script>', 'cmp'],
    ['diff=%22%27%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'diff'],
    ['cat=javascript:alert(1)', 'cat'],
    ['hl=%E2%80%AEefa', 'hl'],
    ['cmp=ena', 'cmp'], // fewer than two columns
    ['cmp=eni,ena,efa,efa-only,eni', 'cmp'],
    ['cmp=ENA,EFA', 'cmp'],
    ['cat=performance&cat=software', 'cat'],
    ['x=', 'x'],
    ['%3Cimg%20src%3Dx%3E=1', '<img src=x>'],
    ['cat=%F0%9F%A6%84', 'cat'],
    ['constructor=1', 'constructor'],
  ];
  for (const [query, name] of hostile) {
    it(`ignores ${query} and names "${name}"`, () => {
      const {state, ignored} = decodeState(comparisonSchema, query);
      expect(state).toEqual(defaults);
      expect(ignored.map((i) => i.name)).toEqual([name]);
    });
  }

  it('ignores the whole query over 2 KB', () => {
    const {state, ignored} = decodeState(comparisonSchema, `diff=1&pad=${'a'.repeat(MAX_QUERY_LENGTH)}`);
    expect(state).toEqual(defaults);
    expect(ignored[0]?.name).toBe('(whole query)');
  });

  it('shares a page with the decision helper without flagging its keys', () => {
    const q = '?cmp=ena,efa&workload=hpc&software=mpi';
    expect(decodeState(comparisonSchema, q, Object.keys(decisionSchema)).ignored).toEqual([]);
    expect(decodeState(decisionSchema, q, Object.keys(comparisonSchema)).ignored).toEqual([]);
  });
});
