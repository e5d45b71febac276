import {describe, it, expect} from 'vitest';
import {compareSnapshots, parseSnapshot} from './counterDelta';
import {SAMPLE_ETHTOOL_OUTPUT} from './ethtoolStats';
import {networkRules as R} from '../data/networkRules';

const bump = (text: string, changes: Record<string, number>) =>
  text.replace(/^(\s*)([a-z0-9_]+): (\d+)$/gm, (l, sp: string, name: string, v: string) =>
    name in changes ? `${sp}${name}: ${BigInt(v) + BigInt(changes[name] ?? 0)}` : l,
  );

describe('ethtool -S snapshots', () => {
  it('turns two snapshots into per-second rates with the allowance counters explained', () => {
    const after = bump(SAMPLE_ETHTOOL_OUTPUT, {
      pps_allowance_exceeded: 72_000,
      ena_srd_eligible_tx_pkts: 1000,
      ena_srd_tx_pkts: 500,
      queue_0_tx_bytes: 7_500_000_000,
    });
    const r = compareSnapshots(SAMPLE_ETHTOOL_OUTPUT, after, 60);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.moved[0]?.name).toBe('pps_allowance_exceeded');
    expect(r.moved[0]?.perSecond).toBe(1200);
    expect(r.conclusions[0]).toMatch(/^Packets per second allowance exceeded 1,200 times a second \(72,000 in 60 s\): /);
    expect(r.conclusions.join(' ')).toMatch(/ENA Express: 50% of the eligible packets/);
    // Eligible packets already meet the conditions on both ends: the advice is the site's rule, not "check both ends".
    expect(r.conclusions.join(' ')).toContain(R.enaSrdEligibleGap.statement);
    expect(r.conclusions.join(' ')).not.toMatch(/settings of both/);
    expect(r.moved.map((m) => m.name)).toContain('queue_0_tx_bytes');
    expect(r.gauges.map((g) => g.name)).toContain('conntrack_allowance_available');
  });

  it('says so when nothing moved, and leaves out counters that went down', () => {
    const r = compareSnapshots(SAMPLE_ETHTOOL_OUTPUT, bump(SAMPLE_ETHTOOL_OUTPUT, {queue_0_rx_cnt: -5}), 30);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.reset).toEqual(['queue_0_rx_cnt']);
    expect(r.conclusions.join(' ')).toMatch(/No allowance counter moved in these 30 seconds/);
  });

  it('keeps 64-bit values exact', () => {
    const r = compareSnapshots('x: 18446744073709551000\n', 'x: 18446744073709551615\n', 5);
    expect(r.ok && r.moved[0]?.delta).toBe('615');
  });
});

describe('EFA hw_counters snapshots', () => {
  const sysfs = (retrans: number, unresp: number, tx: number) =>
    [
      `/sys/class/infiniband/rdmap16s27/ports/1/hw_counters/tx_bytes:${tx}`,
      '/sys/class/infiniband/rdmap16s27/ports/1/hw_counters/rx_drops:0',
      `/sys/class/infiniband/rdmap16s27/ports/1/hw_counters/retrans_timeout_events:${retrans}`,
      `/sys/class/infiniband/rdmap16s27/ports/1/hw_counters/unresponsive_remote_events:${unresp}`,
    ].join('\n');

  it('reads grep output and explains retransmit time-outs and unresponsive peers per device', () => {
    expect(parseSnapshot(sysfs(1, 2, 3)).format).toBe('efa-sysfs');
    const r = compareSnapshots(sysfs(10, 0, 1_000), sysfs(40, 3, 12_500_001_000), 10);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(
      r.moved
        .slice(0, 2)
        .map((m) => m.name)
        .sort(),
    ).toEqual(['retrans_timeout_events', 'unresponsive_remote_events']);
    expect(r.conclusions.join(' ')).toMatch(/Retransmit time-outs on rdmap16s27: 3 a second/);
    expect(r.conclusions.join(' ')).toMatch(/rdmap16s27 tx_bytes: 10 Gbit\/s/);
  });

  it('reads rdma statistic show output, including wrapped lines', () => {
    const s = (n: number) => `link rdmap0s6/1 tx_bytes ${n} tx_pkts 5 rx_bytes 0\n    retrans_pkts ${n} rx_drops 0\n`;
    const snap = parseSnapshot(s(1));
    expect(snap.format).toBe('rdma-statistic');
    expect(snap.values.get('rdmap0s6/retrans_pkts')).toBe('1');
    const r = compareSnapshots(s(100), s(400), 3);
    expect(r.ok && r.moved.find((m) => m.name === 'retrans_pkts')?.perSecond).toBe(100);
  });
});

describe('bad input', () => {
  it('gives a clear message and never throws', () => {
    expect(compareSnapshots('', 'x: 1', 10)).toMatchObject({ok: false});
    expect(compareSnapshots('x: 1', 'x: 2', 0)).toMatchObject({ok: false, message: expect.stringMatching(/seconds/)});
    expect(compareSnapshots('<script>alert(1)</script>', '<b>hi</b>', 10)).toMatchObject({ok: false, message: expect.stringMatching(/No counters found/)});
    expect(compareSnapshots('x: 1', '/sys/class/infiniband/a/ports/1/hw_counters/tx_bytes:5', 10)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/different commands/),
    });
    expect(compareSnapshots(null, 42, 'abc')).toMatchObject({ok: false});
  });
});
