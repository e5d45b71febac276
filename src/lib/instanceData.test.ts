import {describe, expect, it} from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import {cardRuns, compareTypeNames, decodeCompact, encodeCompact, sizeRank, splitTypeName, type CompactData} from './instanceData';
import {instanceCounts, efaFamilies, instanceDataProvenance} from '../data/instanceCounts';

const raw = JSON.parse(fs.readFileSync(path.join(__dirname, '../data/instances.generated.json'), 'utf8')) as CompactData;
const types = decodeCompact(raw);
const byName = new Map(types.map((t) => [t.type, t]));

describe('compact data file (src/data/instances.generated.json)', () => {
  it('has one record per instance type with valid values', () => {
    expect(raw.format).toBe(2);
    expect(types.length).toBeGreaterThan(1000);
    expect(new Set(types.map((t) => t.type)).size).toBe(types.length);
    for (const t of types) {
      expect(t.type).toMatch(/^[a-z][a-z0-9-]*\.[a-z0-9-]+$/);
      expect(['required', 'supported', 'unsupported']).toContain(t.ena);
      expect(t.maxEni).toBe(t.cards.reduce((s, c) => s + c.maxEni, 0));
      expect(t.cards.map((c) => c.index)).toEqual(t.cards.map((_, i) => i));
      expect(t.maxEfa).toBeLessThanOrEqual(t.cards.length);
      expect(t.efaSupported).toBe(t.maxEfa > 0);
      expect(t.vcpus).toBeGreaterThan(0);
      expect(typeof t.networkPerformance).toBe('string');
    }
  });

  it('round-trips through the encoder', () => {
    expect(decodeCompact(encodeCompact(types, raw.regions))).toEqual(types);
  });

  it('holds the known values from the fact sheet', () => {
    const p5 = byName.get('p5.48xlarge')!;
    expect([p5.maxEfa, p5.cards.length, p5.maxEni, p5.vcpus]).toEqual([32, 32, 64, 192]);
    expect(byName.get('t2.micro')!.ena).toBe('unsupported');
    expect(byName.get('m5.large')!.branchEni).toBe(9);
    expect(byName.get('trn1n.32xlarge')!.maxEni).toBe(80);
  });
});

describe('instanceCounts module (shared with other pages)', () => {
  it('has the documented fields and types', () => {
    expect(Object.keys(instanceCounts).sort()).toEqual(['asOf', 'efa', 'enaExpress', 'enaSupport', 'multiCard', 'source', 'total'].sort());
    for (const k of ['total', 'efa', 'enaExpress', 'multiCard'] as const) expect(Number.isInteger(instanceCounts[k])).toBe(true);
    expect(Object.keys(instanceCounts.enaSupport).sort()).toEqual(['required', 'supported', 'unsupported']);
    expect(instanceCounts.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(instanceCounts.source).toMatch(/^https:\/\//);
    expect(instanceDataProvenance.instances.licence).toBe('Apache-2.0');
    expect(instanceDataProvenance.karpenter?.url).toMatch(/^https:\/\//);
    expect(instanceDataProvenance.importDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('agrees with the data file', () => {
    expect(instanceCounts.total).toBe(types.length);
    expect(instanceCounts.efa).toBe(types.filter((t) => t.efaSupported).length);
    expect(instanceCounts.enaExpress).toBe(types.filter((t) => t.enaExpress).length);
    expect(instanceCounts.multiCard).toBe(types.filter((t) => t.cards.length > 1).length);
    const e = instanceCounts.enaSupport;
    expect(e.required + e.supported + e.unsupported).toBe(types.length);
    expect(efaFamilies).toContain('p5');
    expect(efaFamilies).not.toContain('t3');
  });

  it('matches the counts stated in the fact sheet, dated and sourced by the import provenance', () => {
    expect(instanceCounts).toMatchObject({total: 1373, efa: 298, enaExpress: 519, multiCard: 66, enaSupport: {required: 1299, supported: 25, unsupported: 49}});
    expect(instanceCounts.asOf).toBe(instanceDataProvenance.instances.versionDate);
    expect(instanceCounts.source).toContain(instanceDataProvenance.instances.commit);
  });
});

describe('type names', () => {
  it('splits family and size', () => {
    expect(splitTypeName('p6-b200.48xlarge')).toEqual({family: 'p6-b200', size: '48xlarge'});
    expect(splitTypeName('u7i-12tb.224xlarge').family).toBe('u7i-12tb');
  });
  it('orders sizes naturally', () => {
    const names = ['m5.metal', 'm5.2xlarge', 'm5.large', 'm5.xlarge', 'm5.24xlarge', 'm5.micro'];
    expect([...names].sort(compareTypeNames)).toEqual(['m5.micro', 'm5.large', 'm5.xlarge', 'm5.2xlarge', 'm5.24xlarge', 'm5.metal']);
    expect(sizeRank('metal-24xl')).toBeLessThan(sizeRank('metal-48xl'));
  });
});

describe('cardRuns', () => {
  it('groups consecutive identical cards', () => {
    expect(cardRuns(byName.get('p5.48xlarge')!.cards).map((r) => [r.first, r.last])).toEqual([[0, 31]]);
    // p6-b300: card 0 has a lower baseline than cards 1-16.
    expect(cardRuns(byName.get('p6-b300.48xlarge')!.cards).map((r) => [r.first, r.last, r.card.baselineGbps])).toEqual([
      [0, 0, 350],
      [1, 16, 400],
    ]);
    expect(cardRuns([])).toEqual([]);
  });
});

describe('data format 2 fields (offerings, extra network fields, disagreements)', () => {
  it('knows where types are offered, by zone ID', () => {
    const regions = raw.regions ?? [];
    expect(regions.length).toBe(30);
    expect(regions.flatMap(([, z]) => z).length).toBe(94);
    const p5 = byName.get('p5.48xlarge')!;
    expect(p5.zoneIds!.length).toBeGreaterThan(0);
    expect(p5.zoneIds!.every((z) => /^[a-z]+\d-az\d+$/.test(z))).toBe(true);
    const pairs = types.reduce((s, t) => s + (t.zoneIds?.length ?? 0), 0);
    expect(pairs).toBe(62306);
  });
  it('holds conntrack timeouts, ENA queues and bandwidth weighting', () => {
    expect(types.filter((t) => t.connTrack?.tcpEstablished === 350).length).toBe(450);
    expect(types.filter((t) => t.connTrack?.tcpEstablished === 432000).length).toBe(923);
    expect(types.filter((t) => t.bandwidthWeighting).length).toBe(285);
    expect(types.filter((t) => t.flexibleEnaQueues).length).toBe(539);
    expect(byName.get('m5.large')!.cards[0]!.defaultEnaQueues).toBeGreaterThan(0);
  });
  it('marks the 9 bandwidth disagreements with the docs figure', () => {
    const marked = types.filter((t) => t.docsBaselineGbps != null).map((t) => t.type);
    expect(marked).toEqual([
      'c3.8xlarge',
      'h1.8xlarge',
      'i3.8xlarge',
      'i8g.metal-48xl',
      'i8ge.48xlarge',
      'i8ge.metal-48xl',
      'r3.8xlarge',
      'r4.8xlarge',
      'trn2.3xlarge',
    ]);
    expect(byName.get('trn2.3xlarge')!.docsBaselineGbps).toBe(200);
  });
});
