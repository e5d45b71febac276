import {describe, it, expect} from 'vitest';
import {explainEthtoolStats, parseStats, SAMPLE_ETHTOOL_OUTPUT, COUNTERS, MAX_INPUT_CHARS} from './ethtoolStats';
import {networkRules as R} from '../data/networkRules';

const QUIET = `NIC statistics:
     tx_timeout: 0
     suspend: 0
     bw_in_allowance_exceeded: 0
     bw_out_allowance_exceeded: 0
     pps_allowance_exceeded: 0
     conntrack_allowance_exceeded: 0
     linklocal_allowance_exceeded: 0
     queue_0_tx_cnt: 18446
`;

describe('parseStats', () => {
  it('reads "name: number" lines and ignores the rest', () => {
    const s = parseStats('NIC statistics:\n  a_b: 12\n\tqueue_0_rx_cnt: 007\nrubbish\n  c: x1\r\n  d: 3\r\n');
    expect([...s.entries()]).toEqual([
      ['a_b', '12'],
      ['queue_0_rx_cnt', '7'],
      ['d', '3'],
    ]);
  });

  it('keeps 64-bit counter values exactly', () => {
    expect(parseStats('  pps_allowance_exceeded: 18446744073709551615').get('pps_allowance_exceeded')).toBe('18446744073709551615');
  });
});

describe('explainEthtoolStats on real-looking output', () => {
  it('shows the non-zero drop counters, the available counter and the ENA Express counters', () => {
    const r = explainEthtoolStats(SAMPLE_ETHTOOL_OUTPUT);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.findings.map((f) => [f.name, f.value, f.severity])).toEqual([
      ['bw_out_allowance_exceeded', '1842', 'problem'],
      ['linklocal_allowance_exceeded', '27', 'problem'],
      ['conntrack_allowance_available', '421870', 'info'],
      ['ena_srd_mode', '1', 'info'],
      ['ena_srd_tx_pkts', '9120344', 'info'],
      ['ena_srd_eligible_tx_pkts', '9532110', 'info'],
      ['ena_srd_rx_pkts', '8875120', 'info'],
      ['ena_srd_resource_utilization', '3', 'info'],
    ]);
    expect(r.zero).toEqual(['bw_in_allowance_exceeded', 'pps_allowance_exceeded', 'conntrack_allowance_exceeded']);
    expect(r.missing).toEqual([]);
    expect(r.summary).toMatch(/^2 allowance counters show/);
    expect(r.findings.find((f) => f.name === 'ena_srd_mode')?.note).toMatch(/on for TCP; UDP is off/);
    expect(r.findings.find((f) => f.name === 'ena_srd_eligible_tx_pkts')?.note).toBe('96% of the eligible packets were sent over SRD.');
  });

  it('reports a quiet interface as fine and lists what is missing', () => {
    const r = explainEthtoolStats(QUIET);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.findings).toEqual([]);
    expect(r.zero).toHaveLength(5);
    expect(r.summary).toMatch(/^No allowance was exceeded/);
  });

  it('flags conntrack_allowance_available at zero, and a pps problem alone', () => {
    const r = explainEthtoolStats('  conntrack_allowance_available: 0\n  pps_allowance_exceeded: 5\n');
    expect(r.ok && r.findings.map((f) => [f.name, f.severity])).toEqual([
      ['pps_allowance_exceeded', 'problem'],
      ['conntrack_allowance_available', 'problem'],
    ]);
    expect(r.ok && r.missing).toEqual([
      'bw_in_allowance_exceeded',
      'bw_out_allowance_exceeded',
      'conntrack_allowance_exceeded',
      'linklocal_allowance_exceeded',
    ]);
  });

  it('decodes every ENA Express mode and mentions unknown ena_srd counters', () => {
    for (const [mode, text] of [
      ['0', /off \(TCP and UDP\)/],
      ['2', /off for TCP/],
      ['3', /on for TCP and UDP/],
      ['9', /does not know/],
    ] as const) {
      const r = explainEthtoolStats(`ena_srd_mode: ${mode}\nena_srd_new_thing: 4`);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.findings[0]?.note).toMatch(text);
      expect(r.findings[1]?.name).toBe('ena_srd_new_thing');
    }
  });

  it('has a meaning, an action, an https source and a site link for every counter', () => {
    for (const c of COUNTERS) {
      expect(c.meaning.length).toBeGreaterThan(20);
      expect(c.action.length).toBeGreaterThan(20);
      expect(c.source).toMatch(/^https:\/\//);
      expect(c.learnMore).toMatch(/^\/docs\/[a-z/-]+#[a-z-]+$/);
    }
  });
});

describe('explainEthtoolStats on bad input', () => {
  it('asks for input when empty', () => {
    for (const x of ['', '   \n ', undefined, null, 42]) {
      const r = explainEthtoolStats(x);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toBe('empty');
    }
  });

  it('explains garbage without throwing', () => {
    for (const g of ['<img src=x onerror=alert(1)>', 'hello world', '{"bw_in_allowance_exceeded": 1}', '\u0000\u0001\u0002', 'a: b\nc: d']) {
      const r = explainEthtoolStats(g);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason).toBe('not-ethtool');
        expect(r.message).toMatch(/does not look like ethtool -S output/);
        expect(r.message).not.toContain('<img');
      }
    }
  });

  it('recognises statistics without ENA allowance counters (vif, old driver)', () => {
    const r = explainEthtoolStats('NIC statistics:\n     rx_gso_checksum_fixup: 0\n     tx_packets: 12\n');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('no-allowance-counters');
      expect(r.statCount).toBe(2);
      expect(r.message).toMatch(/driver: vif/);
    }
  });

  it('refuses very long input', () => {
    const r = explainEthtoolStats('x'.repeat(MAX_INPUT_CHARS + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('too-long');
  });
});

describe('counter texts come from src/data/counters.ts', () => {
  it('states the current egress rule: internet and local gateways, 50% or 5 Gbps whichever is larger', () => {
    const out = COUNTERS.find((c) => c.name === 'bw_out_allowance_exceeded');
    expect(out?.meaning).toMatch(/internet gateway or a local gateway/);
    expect(out?.meaning).toMatch(/whichever is larger/);
    expect(out?.meaning).not.toMatch(/another Region|Direct Connect/);
    expect(out?.meaning).toContain(R.gatewayEgressLimit.statement);
  });

  it('says the link-local allowance is per network interface, reading the rules from src/data/networkRules.ts', () => {
    const meaning = COUNTERS.find((c) => c.name === 'linklocal_allowance_exceeded')?.meaning;
    expect(meaning).toMatch(/per network interface, not per instance/);
    expect(meaning).toContain(R.linkLocalPerInterface.statement);
    expect(meaning).toContain(R.resolverPacketLimit.statement);
  });
});
