import {describe, expect, test} from 'vitest';
import {instanceTypes} from '../data/instances';
import {
  checkLayout,
  decodeSlots,
  efaLayoutSchema,
  efaPlacement,
  encodeSlots,
  layoutNumbers,
  layoutWarnings,
  LAYOUT_IDS,
  nearestEfaTypes,
  presetLayout,
  resolveLayout,
  smallestPrefix,
  sortSlots,
  type LayoutId,
  type Slot,
} from './efaLayout';
import {cliInterfaces, cloudFormation, terraform, type SnippetInput} from './efaSnippets';
import {decodeState} from './urlState';

const typeOf = (name: string) => {
  const t = instanceTypes.find((x) => x.type === name);
  if (!t) throw new Error(`${name} missing from the data`);
  return t;
};
const build = (name: string, layout: LayoutId) => resolveLayout(instanceTypes, {type: name, layout, slots: ''});
/** "0,0,interface 0,1,efa-only" -> slots, in the order written. */
const parse = (text: string): Slot[] =>
  text
    .trim()
    .split(/\s+/)
    .map((t) => {
      const [card, device, kind] = t.split(',');
      return {card: Number(card), device: Number(device), kind: kind as Slot['kind']};
    });
const seq = (from: number, to: number, device: number, kind: Slot['kind']) =>
  Array.from({length: to - from + 1}, (_, i) => `${from + i},${device},${kind}`).join(' ');

describe('golden layouts (AWS efa-acc-inst-types, read 2026-12-02)', () => {
  test('p5.48xlarge use case 1: ENA primary, EFA-only on card 0 device 1 and device 0 of cards 1-31', () => {
    const r = build('p5.48xlarge', 'max-efa');
    expect(r.slots).toEqual(parse(`0,0,interface 0,1,efa-only ${seq(1, 31, 0, 'efa-only')}`));
    expect(r.issues).toEqual([]);
    const n = layoutNumbers(r.slots, 1);
    expect([n.efas, n.enis, n.ipsPerInstance]).toEqual([32, 33, 1]);
  });

  test('p5.48xlarge use case 2: the AWS run-instances example, 8 private IPs', () => {
    // Transcribed from the example command on the AWS page, in its order.
    const aws = parse(
      '0,0,interface 0,1,efa-only 1,0,efa-only 2,0,efa-only 3,0,efa-only 4,1,interface 4,0,efa-only 5,0,efa-only 6,0,efa-only 7,0,efa-only ' +
        '8,1,interface 8,0,efa-only 9,0,efa-only 10,0,efa-only 11,0,efa-only 12,1,interface 12,0,efa-only 13,0,efa-only 14,0,efa-only 15,0,efa-only ' +
        '16,1,interface 16,0,efa-only 17,0,efa-only 18,0,efa-only 19,0,efa-only 20,1,interface 20,0,efa-only 21,0,efa-only 22,0,efa-only 23,0,efa-only ' +
        '24,1,interface 24,0,efa-only 25,0,efa-only 26,0,efa-only 27,0,efa-only 28,1,interface 28,0,efa-only 29,0,efa-only 30,0,efa-only 31,0,efa-only',
    );
    const r = build('p5.48xlarge', 'max-efa-ena');
    expect(r.layout).toBe('max-efa-ena');
    expect(r.slots).toEqual(sortSlots(aws));
    expect(r.issues).toEqual([]);
    expect(layoutNumbers(r.slots, 1).ipsPerInstance).toBe(8);
  });

  test('p4d.24xlarge: 4 EFAs on 4 cards, one private IP', () => {
    const r = build('p4d.24xlarge', 'max-efa');
    expect(r.slots).toEqual(parse(`0,0,interface 0,1,efa-only ${seq(1, 3, 0, 'efa-only')}`));
    expect(r.issues).toEqual([]);
  });

  test('trn1n.32xlarge: 16 EFAs on 16 cards', () => {
    const r = build('trn1n.32xlarge', 'max-efa');
    expect(r.slots).toEqual(parse(`0,0,interface 0,1,efa-only ${seq(1, 15, 0, 'efa-only')}`));
    expect(layoutNumbers(r.slots, 4)).toMatchObject({efas: 16, enis: 17, ipsPerInstance: 1, ipsTotal: 4});
  });

  test('c5n.18xlarge (one card): ENA primary + EFA-only at device 1, or a single efa primary', () => {
    expect(build('c5n.18xlarge', 'max-efa').slots).toEqual(parse('0,0,interface 0,1,efa-only'));
    expect(build('c5n.18xlarge', 'one-efa').slots).toEqual(parse('0,0,efa'));
    expect(build('c5n.18xlarge', 'efa-with-ip').slots).toEqual(parse('0,0,efa'));
    // No documented second layout: falls back to the basic one, with a note.
    const r = build('c5n.18xlarge', 'max-efa-ena');
    expect(r.layout).toBe('max-efa');
    expect(r.notes.join(' ')).toMatch(/documents no/);
  });

  test('p6-b300.48xlarge: card 0 has no EFA; both AWS layouts', () => {
    expect(build('p6-b300.48xlarge', 'max-efa').slots).toEqual(parse(`0,0,interface ${seq(1, 16, 0, 'efa-only')}`));
    expect(build('p6-b300.48xlarge', 'max-efa-ena').slots).toEqual(
      sortSlots(parse(`0,0,interface ${seq(1, 16, 0, 'efa-only')} ${seq(1, 16, 1, 'interface')}`)),
    );
    expect(build('p6-b300.48xlarge', 'one-efa').slots).toEqual(parse('0,0,interface 1,0,efa'));
    expect(checkLayout(typeOf('p6-b300.48xlarge'), parse('0,0,interface 0,1,efa-only'), efaPlacement(typeOf('p6-b300.48xlarge'))).map((i) => i.rule)).toEqual([
      'efa-card',
    ]);
  });

  test('hpc6id.32xlarge: card 0 holds one interface, so its EFA is the primary', () => {
    expect(build('hpc6id.32xlarge', 'max-efa').slots).toEqual(parse('0,0,efa 1,0,efa-only'));
  });
});

const efaTypes = instanceTypes.filter((t) => t.efaSupported);

describe(`hard rules over every EFA type in the data (${efaTypes.length} types)`, () => {
  test('the data has EFA types, and the EFA cards of every one are known from a source', () => {
    expect(efaTypes.length).toBeGreaterThan(250);
    const unknown = efaTypes.filter((t) => !efaPlacement(t).known).map((t) => t.type);
    expect(unknown).toEqual([]);
  });

  for (const layout of LAYOUT_IDS) {
    test(`${layout}: valid on every EFA type, and efa-only never carries IP settings`, () => {
      for (const t of efaTypes) {
        const r = resolveLayout(instanceTypes, {type: t.type, layout, slots: ''});
        const where = `${t.type} ${layout}`;
        expect(r.typeProblem, where).toBeNull();
        expect(r.issues, where).toEqual([]);
        const primary = r.slots.find((s) => s.card === 0 && s.device === 0);
        expect(primary?.kind, where).not.toBe('efa-only');
        for (const card of t.cards) {
          const on = r.slots.filter((s) => s.card === card.index);
          expect(on.length, where).toBeLessThanOrEqual(card.maxEni);
          expect(on.filter((s) => s.kind !== 'interface').length, where).toBeLessThanOrEqual(1);
        }
        const n = layoutNumbers(r.slots, 1);
        expect(n.efas, where).toBeLessThanOrEqual(t.maxEfa);
        expect(n.enis, where).toBeLessThanOrEqual(t.maxEni);
        if (layout === 'max-efa' || layout === 'efa-with-ip') expect(n.efas, where).toBe(t.maxEfa);
        if (layout === 'one-efa') expect(n.efas, where).toBe(1);
        const input: SnippetInput = {type: t.type, slots: r.slots, nodes: 2, ids: {subnet: '', sg: '', pg: '', lt: ''}};
        for (const nic of cliInterfaces(input)) {
          if (nic.InterfaceType === 'efa-only')
            expect(
              Object.keys(nic).filter((k) => /ip|address/i.test(k)),
              where,
            ).toEqual([]);
        }
        // The CloudFormation and Terraform blocks of efa-only interfaces name no IP setting either.
        const cfnBlocks = cloudFormation(input)
          .split('          - ')
          .filter((b) => b.includes('InterfaceType: efa-only'));
        const tfBlocks = terraform(input)
          .split('network_interfaces {')
          .filter((b) => b.includes('"efa-only"'));
        expect(cfnBlocks.length, where).toBe(n.efaOnly);
        expect(tfBlocks.length, where).toBe(n.efaOnly);
        for (const b of cfnBlocks) expect(b, where).not.toMatch(/Ip|Address/);
        for (const b of tfBlocks) expect(b.split('}')[0], where).not.toMatch(/_ip|address/);
      }
    });
  }
});

describe('the rule check refuses broken layouts', () => {
  const p5 = typeOf('p5.48xlarge');
  const placement = efaPlacement(p5);
  const rules = (text: string) => checkLayout(p5, parse(text), placement).map((i) => i.rule);

  test('each hard rule', () => {
    expect(rules('0,0,efa-only')).toEqual(['primary-efa-only']);
    expect(rules('1,0,efa-only')).toEqual(['primary-missing']);
    expect(rules('0,0,efa 0,1,efa-only')).toEqual(['one-efa-per-card']);
    expect(rules('0,0,interface 0,1,efa-only 0,2,interface')).toEqual(['card-interface-limit']);
    expect(rules('0,0,interface 32,0,efa-only')).toEqual(['card-range']);
    const c5n = typeOf('c5n.18xlarge');
    expect(checkLayout(c5n, parse('0,0,efa 0,1,efa-only'), efaPlacement(c5n)).map((i) => i.rule)).toEqual(['one-efa-per-card', 'efa-max']);
    const m5 = typeOf('m5.large');
    expect(checkLayout(m5, parse('0,0,efa'), efaPlacement(m5)).map((i) => i.rule)).toEqual(['efa-unsupported']);
  });

  test('the instance-wide interface limit', () => {
    const p4d = typeOf('p4d.24xlarge');
    // 4 cards x 15 = 60 = the instance limit; 61 cannot be placed, so drop the card limit: use a fake type.
    const fake = {...p4d, maxEni: 3};
    expect(checkLayout(fake, parse('0,0,interface 0,1,efa-only 1,0,efa-only 2,0,efa-only'), efaPlacement(fake)).map((i) => i.rule)).toEqual([
      'instance-interface-limit',
    ]);
  });
});

describe('custom layouts in the URL', () => {
  test('encode and decode round trip', () => {
    const slots = parse('0,0,interface 0,1,efa-only 1,0,efa-only 2,1,interface');
    const text = encodeSlots(slots);
    expect(text).toBe('io,o,-i');
    expect(decodeSlots(text)).toEqual(slots);
  });

  test('bad input is refused, not guessed', () => {
    expect(decodeSlots('<script>')).toBeNull();
    expect(decodeSlots('x')).toBeNull();
    const r = resolveLayout(instanceTypes, {type: 'p5.48xlarge', layout: 'custom', slots: 'o'});
    expect(r.issues.map((i) => i.rule)).toEqual(['primary-efa-only']);
  });

  test('an empty custom layout starts from the basic layout', () => {
    expect(resolveLayout(instanceTypes, {type: 'p4d.24xlarge', layout: 'custom', slots: ''}).slots).toEqual(build('p4d.24xlarge', 'max-efa').slots);
  });
});

describe('state and fallbacks', () => {
  test('URL schema: defaults, hostile values ignored', () => {
    const d = decodeState(efaLayoutSchema, '?type=p4d.24xlarge&layout=custom&nodes=4&slots=io,o');
    expect(d.ignored).toEqual([]);
    expect(d.state).toMatchObject({type: 'p4d.24xlarge', layout: 'custom', nodes: 4, slots: 'io,o'});
    const bad = decodeState(efaLayoutSchema, `?type=${encodeURIComponent('<img src=x>')}&nodes=0&layout=zzz&sg=${encodeURIComponent('sg-1;rm')}`);
    expect(bad.state).toMatchObject({type: 'p5.48xlarge', nodes: 16, layout: 'max-efa', sg: ''});
    expect(bad.ignored.map((i) => i.name).sort()).toEqual(['layout', 'nodes', 'sg', 'type']);
  });

  test('a non-EFA or unknown type falls back to p5.48xlarge with suggestions', () => {
    const r = resolveLayout(instanceTypes, {type: 'c5.18xlarge', layout: 'max-efa', slots: ''});
    expect(r.type.type).toBe('p5.48xlarge');
    expect(r.typeProblem?.message).toMatch(/does not support EFA/);
    expect(r.typeProblem?.suggestions).toContain('c5n.18xlarge');
    const u = resolveLayout(instanceTypes, {type: 'zz9.huge', layout: 'max-efa', slots: ''});
    expect(u.typeProblem?.message).toMatch(/not an instance type/);
    expect(nearestEfaTypes(instanceTypes, 'p5.48xlarge')[0]).toBe('p5.48xlarge');
  });

  test('a type with more cards than EFAs and no curated entry is "unknown", not guessed', () => {
    const fake = {...typeOf('p5.48xlarge'), type: 'zz1.48xlarge', maxEfa: 8};
    const p = efaPlacement(fake);
    expect(p.known).toBe(false);
    const r = resolveLayout([...instanceTypes, fake], {type: 'zz1.48xlarge', layout: 'max-efa', slots: ''});
    expect(r.slots).toEqual(parse('0,0,interface'));
    expect(r.notes.join(' ')).toMatch(/does not guess/);
  });
});

describe('numbers', () => {
  test('smallest subnet with 5 reserved addresses', () => {
    expect(smallestPrefix(1)).toBe(28); // 16 - 5 = 11
    expect(smallestPrefix(11)).toBe(28);
    expect(smallestPrefix(12)).toBe(27); // 32 - 5 = 27
    expect(smallestPrefix(27)).toBe(27);
    expect(smallestPrefix(28)).toBe(26);
    expect(smallestPrefix(65531)).toBe(16);
    expect(smallestPrefix(65532)).toBeNull();
  });

  test('P5 use case 2 for 16 nodes: 128 addresses need a /24', () => {
    const n = layoutNumbers(build('p5.48xlarge', 'max-efa-ena').slots, 16);
    expect(n).toMatchObject({ipsTotal: 128, prefix: 24, usable: 251});
  });

  test('warnings: fewer EFAs than allowed, many IPs', () => {
    const t = typeOf('p5.48xlarge');
    const one = build('p5.48xlarge', 'one-efa').slots;
    expect(layoutWarnings(t, one, layoutNumbers(one, 16)).join(' ')).toMatch(/1 of the 32 EFAs/);
    const ip = build('p5.48xlarge', 'efa-with-ip').slots;
    expect(layoutWarnings(t, ip, layoutNumbers(ip, 16)).join(' ')).toMatch(/32 private IPv4 addresses \(512 for 16/);
    expect(layoutWarnings(t, build('p5.48xlarge', 'max-efa').slots, layoutNumbers(build('p5.48xlarge', 'max-efa').slots, 16))).toEqual([]);
  });

  test('presetLayout returns null for custom', () => {
    const t = typeOf('p5.48xlarge');
    const p = efaPlacement(t);
    if (!p.known) throw new Error('p5 placement unknown');
    expect(presetLayout(t, p, 'custom')).toBeNull();
  });
});
