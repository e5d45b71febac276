import {describe, expect, test} from 'vitest';
import {efaCardRules, efaOnlyAvailability} from './efaCardRules';
import {instanceTypes} from './instances';

describe('efaCardRules: schema', () => {
  test('every entry names types in the data, with a source URL and an as-of date', () => {
    const seen = new Set<string>();
    for (const rule of efaCardRules) {
      expect(rule.types.length).toBeGreaterThan(0);
      expect(rule.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(rule.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(rule.note.length).toBeGreaterThan(20);
      for (const name of rule.types) {
        expect(seen.has(name), `${name} listed twice`).toBe(false);
        seen.add(name);
        const t = instanceTypes.find((x) => x.type === name);
        expect(t, name).toBeDefined();
        if (!t) continue;
        expect(t.efaSupported, name).toBe(true);
        for (const list of [rule.efaCards ?? [], rule.enaBandwidthCards ?? []]) {
          for (const c of list) expect(c >= 0 && c < t.cards.length, `${name} card ${c}`).toBe(true);
          expect(new Set(list).size).toBe(list.length);
        }
        // Curated EFA cards: exactly MaximumEfaInterfaces of them.
        if (rule.efaCards) expect(rule.efaCards.length, name).toBe(t.maxEfa);
        // ENA-bandwidth cards must be EFA cards that still have room for a second interface.
        for (const c of rule.enaBandwidthCards ?? []) {
          if (rule.efaCards) expect(rule.efaCards).toContain(c);
          expect(t.cards[c]?.maxEni ?? 0, `${name} card ${c}`).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });

  test('every EFA type with fewer EFAs than cards has an entry (else the tool says "unknown")', () => {
    const need = instanceTypes.filter((t) => t.efaSupported && t.maxEfa !== t.cards.length).map((t) => t.type);
    const covered = efaCardRules.filter((r) => r.efaCards).flatMap((r) => r.types);
    expect(need.filter((n) => !covered.includes(n))).toEqual([]);
  });

  test('the efa-only availability statement is sourced and dated', () => {
    expect(efaOnlyAvailability.source).toMatch(/^https:\/\//);
    expect(efaOnlyAvailability.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
