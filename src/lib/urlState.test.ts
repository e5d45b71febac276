import {describe, it, expect} from 'vitest';
import {decodeState, encodeState, mergeQuery, describeIgnored, defaultState, MAX_QUERY_LENGTH, type Schema} from './urlState';

const schema = {
  cmp: {kind: 'list', values: ['eni', 'ena', 'efa', 'efa-only'], default: ['eni', 'ena', 'efa'], min: 1, max: 4},
  diff: {kind: 'bool', default: false},
  cat: {kind: 'enum', values: ['all', 'performance', 'software'], default: 'all'},
  n: {kind: 'int', min: 0, max: 32, default: 0},
  q: {kind: 'text', pattern: /^[a-z0-9.*-]*$/, default: ''},
} satisfies Schema;

describe('decodeState', () => {
  it('returns defaults for an empty query', () => {
    expect(decodeState(schema, '')).toEqual({state: defaultState(schema), ignored: []});
    expect(decodeState(schema, '?')).toEqual({state: defaultState(schema), ignored: []});
  });

  it('reads every kind of parameter', () => {
    const {state, ignored} = decodeState(schema, '?cmp=ena,efa&diff=1&cat=performance&n=8&q=p5.*');
    expect(ignored).toEqual([]);
    expect(state).toEqual({cmp: ['ena', 'efa'], diff: true, cat: 'performance', n: 8, q: 'p5.*'});
  });

  it('ignores unknown, repeated and invalid parameters, keeping the rest', () => {
    const {state, ignored} = decodeState(schema, 'foo=1&diff=1&diff=0&cat=nope&n=99&cmp=ena,ena&q=ok');
    expect(state).toEqual({...defaultState(schema), q: 'ok'});
    expect(ignored).toEqual([
      {name: 'foo', reason: 'unknown'},
      {name: 'diff', reason: 'repeated'},
      {name: 'cat', reason: 'invalid'},
      {name: 'n', reason: 'invalid'},
      {name: 'cmp', reason: 'invalid'},
    ]);
  });

  it('rejects hostile values without throwing', () => {
    const hostile = [
      'q=<script>alert(1)</script>',
      'q=javascript:alert(1)',
      'q=%22%27%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      'cat=%E2%80%AEperformance',
      'q=%ZZ',
      'n=1e3',
      'n=0x10',
      '__proto__=1',
      'constructor=1',
      'cmp=',
    ];
    for (const h of hostile) {
      const {state, ignored} = decodeState(schema, h);
      expect(state, h).toEqual(defaultState(schema));
      expect(ignored.length, h).toBe(1);
    }
  });

  it('does not let __proto__ pollute the state', () => {
    const {state} = decodeState(schema, '__proto__=x&constructor=y');
    expect(Object.keys(state).sort()).toEqual(Object.keys(schema).sort());
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('ignores an oversized query as a whole', () => {
    const {state, ignored} = decodeState(schema, `diff=1&q=${'a'.repeat(MAX_QUERY_LENGTH)}`);
    expect(state).toEqual(defaultState(schema));
    expect(ignored).toEqual([{name: '(whole query)', reason: 'too long'}]);
  });

  it('ignores an oversized single value', () => {
    const {ignored} = decodeState(schema, `q=${'a'.repeat(500)}`);
    expect(ignored).toEqual([{name: 'q', reason: 'too long'}]);
  });

  it('shortens very long unknown names for display', () => {
    const {ignored} = decodeState(schema, `${'x'.repeat(100)}=1`);
    expect(ignored[0]?.name.length).toBeLessThanOrEqual(41);
  });

  it('skips keys owned by other tools on the page', () => {
    expect(decodeState(schema, 'other=1&diff=1', ['other']).ignored).toEqual([]);
  });
});

describe('encodeState', () => {
  it('writes nothing for defaults', () => {
    expect(encodeState(schema, defaultState(schema))).toBe('');
  });

  it('round-trips through decodeState', () => {
    const state = {cmp: ['ena', 'efa', 'efa-only'], diff: true, cat: 'software', n: 3, q: '*.metal'};
    const encoded = encodeState(schema, state);
    expect(encoded).toBe('?cmp=ena,efa,efa-only&diff=1&cat=software&n=3&q=*.metal');
    expect(decodeState(schema, encoded)).toEqual({state, ignored: []});
  });
});

describe('mergeQuery', () => {
  it('replaces only the keys the schema owns', () => {
    expect(mergeQuery(schema, '?other=a,b&diff=1', '?cat=software')).toBe('?other=a,b&cat=software');
    expect(mergeQuery(schema, '?diff=1', '')).toBe('');
  });
});

describe('describeIgnored', () => {
  it('is empty when nothing was ignored and names parameters otherwise', () => {
    expect(describeIgnored([])).toBe('');
    expect(describeIgnored([{name: 'foo', reason: 'unknown'}])).toContain('“foo” (unknown)');
  });
});

describe('queries submitted by a tool form without JavaScript', () => {
  const schema = {
    needs: {kind: 'list', values: ['a', 'b', 'c'], default: []},
    itype: {kind: 'text', pattern: /^[a-z0-9.]+$/, default: ''},
    diff: {kind: 'bool', default: false},
  } satisfies Schema;
  it('reads a checkbox group as repeated parameters and an empty text field as not given', () => {
    expect(decodeState(schema, 'needs=a&needs=c&itype=')).toEqual({state: {needs: ['a', 'c'], itype: '', diff: false}, ignored: []});
  });
  it('still ignores a repeated single-value parameter and a repeated list item', () => {
    expect(decodeState(schema, 'diff=1&diff=0').ignored).toEqual([{name: 'diff', reason: 'repeated'}]);
    expect(decodeState(schema, 'needs=a&needs=a').ignored).toEqual([{name: 'needs', reason: 'invalid'}]);
  });
});
