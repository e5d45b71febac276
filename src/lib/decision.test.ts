import {describe, it, expect} from 'vitest';
import {CAVEATS, OUTCOMES, QUESTIONS, RULES_SUMMARY, decide, decisionSchema, effectiveType, type Answers, type CaveatId, type OutcomeId} from './decision';
import {decodeState, defaultState, encodeState, MAX_QUERY_LENGTH} from './urlState';

/** Nothing chosen: the helper's starting state. */
const empty: Answers = defaultState(decisionSchema);
const base: Answers = {...empty, workload: 'general', software: 'sockets', os: 'linux', type: 'unknown'};
const a = (over: Partial<Answers>): Answers => ({...base, ...over});
const caveatIds = (d: ReturnType<typeof decide>) => d.caveats.map((c) => c.id);

describe('questions and schema', () => {
  it('match one to one', () => {
    const params = QUESTIONS.flatMap((q) => (q.lookup ? [q.id, q.lookup.param] : [q.id]));
    expect(params.sort()).toEqual(Object.keys(decisionSchema).sort());
    for (const q of QUESTIONS) {
      expect(
        q.options.map((o) => o.value),
        q.id,
      ).toEqual([...decisionSchema[q.id].values]);
    }
  });

  it('has 4 to 6 questions and a rules summary', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(4);
    expect(QUESTIONS.length).toBeLessThanOrEqual(6);
    expect(RULES_SUMMARY.length).toBeGreaterThanOrEqual(4);
  });

  it('links every outcome and caveat to a docs section', () => {
    for (const x of [...Object.values(OUTCOMES), ...Object.values(CAVEATS)]) {
      expect(x.link.href).toMatch(/^\/docs\/[a-z/-]+#[a-z0-9-]+$/);
    }
  });
});

describe('outcomes', () => {
  const cases: [string, Partial<Answers>, OutcomeId][] = [
    ['defaults: web app on sockets', {}, 'ena'],
    ['HPC with sockets only', {workload: 'hpc', software: 'sockets'}, 'ena'],
    ['many IPs only', {needs: ['ips']}, 'ena'],
    ['management network', {needs: ['mgmt']}, 'eni'],
    ['separate subnets', {needs: ['subnets']}, 'eni'],
    ['separate security groups', {needs: ['sgs']}, 'eni'],
    ['failover', {needs: ['failover']}, 'eni'],
    ['network appliance', {workload: 'appliance'}, 'eni'],
    ['MPI on a single-card EFA type', {workload: 'hpc', software: 'mpi', type: 'efa-single'}, 'efa'],
    ['MPI, type not chosen yet', {workload: 'hpc', software: 'mpi'}, 'efa'],
    ['HPC, software unsure', {workload: 'hpc', software: 'unsure', type: 'efa-single'}, 'efa'],
    ['other Libfabric software', {workload: 'general', software: 'libfabric', type: 'efa-single'}, 'efa'],
    ['NCCL on a multi-card EFA type', {workload: 'ml', software: 'nccl', type: 'efa-multi'}, 'efa-only'],
    ['MPI on a multi-card EFA type', {workload: 'hpc', software: 'mpi', type: 'efa-multi'}, 'efa-only'],
    ['NCCL on Windows', {workload: 'ml', software: 'nccl', os: 'windows', type: 'efa-multi'}, 'ena'],
    ['MPI on Windows with a management network', {workload: 'hpc', software: 'mpi', os: 'windows', needs: ['mgmt']}, 'eni'],
    ['MPI on a type without EFA', {workload: 'hpc', software: 'mpi', type: 'no-efa'}, 'ena'],
  ];
  for (const [name, over, outcome] of cases) {
    it(name, () => {
      const d = decide(a(over));
      expect(d.outcome).toBe(outcome);
      expect(d.title).toBe(OUTCOMES[outcome].title);
      expect(d.reasons.length).toBeGreaterThan(0);
      expect(d.links[0]).toEqual(OUTCOMES[outcome].link);
    });
  }

  it('reaches every outcome', () => {
    expect(new Set(cases.map((c) => c[2]))).toEqual(new Set(Object.keys(OUTCOMES)));
  });
});

describe('caveats', () => {
  const cases: [CaveatId, Partial<Answers>, Parameters<typeof decide>[1]?][] = [
    ['same-subnet', {software: 'mpi', type: 'efa-single'}],
    ['sg-self-rule', {software: 'nccl', type: 'efa-multi'}],
    ['no-hot-attach', {software: 'libfabric'}],
    ['windows-ena', {software: 'mpi', os: 'windows'}],
    ['needs-libfabric', {workload: 'hpc', software: 'sockets'}],
    ['efa-only-rules', {software: 'nccl', type: 'efa-multi'}],
    ['pick-efa-type', {software: 'mpi', type: 'unknown'}],
    ['type-lacks-efa', {software: 'mpi', type: 'no-efa'}],
    ['same-az', {needs: ['mgmt']}],
    ['same-subnet-routing', {needs: ['ips']}],
    ['no-extra-bandwidth', {needs: ['sgs']}],
    ['source-dest-check', {workload: 'appliance'}],
    ['public-ipv4', {needs: ['subnets']}],
    ['ena-optional', {}, {ena: 'supported', efa: false, maxEfa: 0, cards: 1}],
    ['ena-unsupported', {}, {ena: 'unsupported', efa: false, maxEfa: 0, cards: 1}],
  ];
  for (const [id, over, support] of cases) {
    it(`${id} applies when it should`, () => {
      expect(caveatIds(decide(a(over), support))).toContain(id);
    });
  }

  it('covers every caveat', () => {
    expect(new Set(cases.map((c) => c[0]))).toEqual(new Set(Object.keys(CAVEATS)));
  });

  it('gives the plain default answer no caveats', () => {
    expect(decide(base).caveats).toEqual([]);
  });

  it('does not warn about EFA rules when EFA is not recommended', () => {
    const ids = caveatIds(decide(a({needs: ['mgmt', 'sgs']})));
    for (const efaOnly of ['same-subnet', 'sg-self-rule', 'no-hot-attach', 'efa-only-rules', 'pick-efa-type'] as const) {
      expect(ids).not.toContain(efaOnly);
    }
  });

  it('does not ask to pick an EFA type when the type is known', () => {
    expect(caveatIds(decide(a({software: 'mpi', type: 'efa-single'})))).not.toContain('pick-efa-type');
  });

  it('mentions an extra ENI beside an EFA for the other needs', () => {
    const d = decide(a({software: 'mpi', type: 'efa-single', needs: ['mgmt']}));
    expect(d.outcome).toBe('efa');
    expect(d.reasons.join(' ')).toMatch(/ordinary ENI/);
    expect(caveatIds(d)).toContain('same-az');
  });

  it('lists caveats in a stable order with text and a link', () => {
    const d = decide(a({workload: 'ml', software: 'nccl', type: 'efa-multi', needs: ['ips']}));
    const order = Object.keys(CAVEATS);
    const idx = d.caveats.map((c) => order.indexOf(c.id));
    expect(idx).toEqual([...idx].sort((x, y) => x - y));
    for (const c of d.caveats) {
      expect(c.text.length).toBeGreaterThan(20);
      expect(c.link.href).toMatch(/^\/docs\//);
    }
  });
});

describe('instance lookup (instanceSupport)', () => {
  it('overrides the typed answer', () => {
    const mpi = a({workload: 'hpc', software: 'mpi', type: 'efa-single'});
    expect(decide(mpi, {ena: 'required', efa: false, maxEfa: 0, cards: 1}).outcome).toBe('ena');
    expect(decide(a({...mpi, type: 'no-efa'}), {ena: 'required', efa: true, maxEfa: 1, cards: 1}).outcome).toBe('efa');
    expect(decide(mpi, {ena: 'required', efa: true, maxEfa: 32, cards: 32}).outcome).toBe('efa-only');
  });

  it('maps instance data onto the answer values', () => {
    expect(effectiveType('unknown')).toBe('unknown');
    expect(effectiveType('unknown', {ena: 'required', efa: false, maxEfa: 0, cards: 4})).toBe('no-efa');
    expect(effectiveType('unknown', {ena: 'required', efa: true, maxEfa: 1, cards: 1})).toBe('efa-single');
    // Several cards but one EFA: efa-only interfaces have nowhere to go.
    expect(effectiveType('unknown', {ena: 'required', efa: true, maxEfa: 1, cards: 2})).toBe('efa-single');
    expect(effectiveType('no-efa', {ena: 'required', efa: true, maxEfa: 16, cards: 16})).toBe('efa-multi');
  });

  it('adds no ENA caveat when ENA is required', () => {
    const ids = caveatIds(decide(base, {ena: 'required', efa: true, maxEfa: 1, cards: 1}));
    expect(ids).not.toContain('ena-optional');
    expect(ids).not.toContain('ena-unsupported');
  });
});

describe('decision URL codec', () => {
  it('round-trips answers in readable parameters', () => {
    const answers = a({workload: 'ml', software: 'nccl', os: 'linux', type: 'efa-multi', needs: ['ips', 'mgmt']});
    const query = encodeState(decisionSchema, answers);
    expect(query).toBe('?workload=ml&software=nccl&os=linux&type=efa-multi&needs=ips,mgmt');
    expect(decodeState(decisionSchema, query)).toEqual({state: answers, ignored: []});
    expect(encodeState(decisionSchema, empty)).toBe('');
  });

  const hostile = [
    'workload=<script>alert(1)</script>',
    'software=%22%27%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    'os=javascript:alert(1)',
    'type=EFA-MULTI',
    'needs=ips,ips',
    'needs=ips,%3Csvg%3E',
    'workload=hpc%00',
    'os=linu%CC%88x',
    'type=%F0%9F%92%A5',
    'software=mpi&software=nccl',
    '__proto__=hpc',
  ];
  for (const h of hostile) {
    it(`falls back to defaults for ${h}`, () => {
      const {state, ignored} = decodeState(decisionSchema, h);
      expect(state).toEqual(empty);
      expect(ignored.length).toBe(1);
      expect(decide(state).outcome).toBe('ena');
    });
  }

  it('reads a checkbox group submitted by the no-JavaScript form (repeated parameters)', () => {
    expect(decodeState(decisionSchema, 'needs=ips&needs=mgmt').state.needs).toEqual(['ips', 'mgmt']);
  });

  it('ignores an oversized query and keeps defaults', () => {
    const {state, ignored} = decodeState(decisionSchema, `workload=hpc&x=${'é'.repeat(MAX_QUERY_LENGTH)}`);
    expect(state).toEqual(empty);
    expect(ignored).toEqual([{name: '(whole query)', reason: 'too long'}]);
  });

  it('keeps valid answers beside a hostile one', () => {
    const {state, ignored} = decodeState(decisionSchema, 'workload=hpc&software=mpi&os=%3Cb%3E');
    expect(state).toEqual({...empty, workload: 'hpc', software: 'mpi'});
    expect(ignored).toEqual([{name: 'os', reason: 'invalid'}]);
  });
});
