import {describe, expect, it} from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import {decodeCompact, type CompactData} from './instanceData';
import {instanceDataProvenance} from '../data/instanceCounts';
import {TYPE_NAME_PATTERN, describeLookup, lookupType, normaliseTypeName, supportFromRecord} from './instanceLookup';
import {decide, decisionSchema} from './decision';
import {decodeState, defaultState, encodeState} from './urlState';

const raw = JSON.parse(fs.readFileSync(path.join(__dirname, '../data/instances.generated.json'), 'utf8')) as CompactData;
const types = decodeCompact(raw);
/** The version date of the imported data, as its provenance records it. */
const AS_OF = instanceDataProvenance.instances.versionDate;

describe('normaliseTypeName', () => {
  it('trims, lower-cases and drops inner spaces', () => {
    expect(normaliseTypeName('  P5.48XLarge ')).toBe('p5.48xlarge');
    expect(normaliseTypeName('m5 .large')).toBe('m5.large');
    expect(normaliseTypeName('   ')).toBe('');
  });

  it('pattern accepts every type name in the data and rejects markup', () => {
    for (const t of types) expect(t.type).toMatch(TYPE_NAME_PATTERN);
    for (const bad of ['<script>', 'p5_48xlarge', 'a', '.p5', 'javascript:alert(1)', `p${'5'.repeat(41)}`]) {
      expect(bad).not.toMatch(TYPE_NAME_PATTERN);
    }
  });
});

describe('lookupType with the real instance data', () => {
  it('p5.48xlarge: EFA, 32 EFAs on 32 cards, ENA required', () => {
    const r = lookupType(types, ' P5.48xlarge');
    expect(r).toEqual({status: 'found', name: 'p5.48xlarge', support: {ena: 'required', efa: true, maxEfa: 32, cards: 32}});
    expect(describeLookup(r, AS_OF)).toBe(`p5.48xlarge: EFA yes, up to 32 EFAs on 32 network cards, ENA required (DescribeInstanceTypes data as of ${AS_OF})`);
  });

  it('t2.micro: no ENA, no EFA', () => {
    const r = lookupType(types, 't2.micro');
    expect(r.status).toBe('found');
    if (r.status !== 'found') return;
    expect(r.support.ena).toBe('unsupported');
    expect(r.support.efa).toBe(false);
    expect(describeLookup(r, AS_OF)).toBe(`t2.micro: EFA no, 1 network card, ENA unsupported (DescribeInstanceTypes data as of ${AS_OF})`);
  });

  it('m5.large: no EFA, ENA required', () => {
    const r = lookupType(types, 'm5.large');
    expect(r).toMatchObject({status: 'found', support: {efa: false, ena: 'required', maxEfa: 0, cards: 1}});
  });

  it('c5n.18xlarge: one EFA on one card', () => {
    const r = lookupType(types, 'c5n.18xlarge');
    expect(describeLookup(r, AS_OF)).toMatch(/^c5n\.18xlarge: EFA yes, up to 1 EFA on 1 network card, ENA required /);
  });

  it('an unknown name is not found, with names of the same family when there are some', () => {
    const r = lookupType(types, 'p5.96xlarge');
    expect(r.status).toBe('not-found');
    if (r.status !== 'not-found') return;
    expect(r.sameFamily).toContain('p5.48xlarge');
    expect(describeLookup(r, AS_OF)).toMatch(new RegExp(`^“p5\\.96xlarge” is not in the DescribeInstanceTypes data as of ${AS_OF}`));
    expect(lookupType(types, 'zz9.plural')).toEqual({status: 'not-found', name: 'zz9.plural', sameFamily: []});
  });

  it('empty and invalid input', () => {
    expect(lookupType(types, '  ')).toEqual({status: 'empty'});
    expect(describeLookup({status: 'empty'}, AS_OF)).toBe('');
    expect(lookupType(types, '<img src=x>').status).toBe('invalid');
    expect(describeLookup(lookupType(types, 'p5_48xlarge'), AS_OF)).toMatch(/letters, digits, dots and hyphens/);
  });

  it('feeds decide(): p5.48xlarge turns MPI into efa-only, t2.micro adds the ENA caveat', () => {
    const answers = {...defaultState(decisionSchema), workload: 'hpc', software: 'mpi', os: 'linux'};
    expect(decide(answers).outcome).toBe('efa');
    expect(decide(answers, supportFromRecord(types.find((t) => t.type === 'p5.48xlarge')!)).outcome).toBe('efa-only');
    const t2 = decide(
      {...defaultState(decisionSchema), workload: 'general', software: 'sockets', os: 'linux'},
      supportFromRecord(types.find((t) => t.type === 't2.micro')!),
    );
    expect(t2.caveats.map((c) => c.id)).toContain('ena-unsupported');
  });
});

describe('itype URL parameter', () => {
  it('round-trips a type name', () => {
    const state = {...defaultState(decisionSchema), itype: 'p5.48xlarge'};
    expect(encodeState(decisionSchema, state)).toBe('?itype=p5.48xlarge');
    expect(decodeState(decisionSchema, '?itype=p5.48xlarge')).toEqual({state, ignored: []});
  });

  for (const bad of ['%3Cscript%3E', 'P5.48XLARGE', 'p5%2048xlarge', 'javascript:alert(1)', 'x'.repeat(60)]) {
    it(`ignores itype=${bad.slice(0, 20)}`, () => {
      const {state, ignored} = decodeState(decisionSchema, `?itype=${bad}`);
      expect(state.itype).toBe('');
      expect(ignored.map((i) => i.name)).toEqual(['itype']);
    });
  }
});
