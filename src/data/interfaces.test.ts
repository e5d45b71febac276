import {describe, it, expect} from 'vitest';
import {CATEGORIES, ROWS} from './interfaces';
import {instanceCounts} from './instanceCounts';

const KEYS = ['eni', 'ena', 'efa', 'efaOnly'] as const;

describe('comparison rows', () => {
  it('has at least 20 rows, in every category', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(20);
    for (const c of CATEGORIES) {
      expect(ROWS.filter((r) => r.category === c.id).length, c.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('has unique, URL-safe ids', () => {
    const ids = ROWS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  for (const row of ROWS) {
    describe(row.id, () => {
      it('has every field', () => {
        expect(CATEGORIES.map((c) => c.id)).toContain(row.category);
        expect(row.label.trim().length).toBeGreaterThan(2);
        expect(Object.keys(row.values).sort()).toEqual([...KEYS].sort());
        for (const k of KEYS) {
          expect(typeof row.values[k], k).toBe('string');
          expect(row.values[k].trim().length, k).toBeGreaterThan(1);
          expect(row.values[k].split('`').length % 2, `${k}: unbalanced backticks`).toBe(1);
        }
        if (row.note !== undefined) expect(row.note.trim().length).toBeGreaterThan(10);
      });

      it('has at least one valid https source', () => {
        expect(row.sources.length).toBeGreaterThanOrEqual(1);
        for (const s of row.sources) {
          const u = new URL(s);
          expect(u.protocol, s).toBe('https:');
          expect(u.hostname, s).toMatch(/\./);
        }
        expect(new Set(row.sources).size).toBe(row.sources.length);
      });

      it('dates every number with 2+ digits or a decimal (in the value or the note)', () => {
        const text = KEYS.map((k) => row.values[k]).join(' ');
        // Version numbers, instance names and CLI flags are not figures.
        const figures = text
          .replace(/[a-z0-9-]+\.[0-9]*x?large/g, '')
          .replace(/\b\d+\.\d+(\.\d+)?\b/g, (m) => (/^\d+\.\d+\.\d+$/.test(m) ? '' : m))
          .match(/\b\d[\d,]*(\.\d+)?\s*(Gbps|%|types|kpps|Mpps)|\b\d{2,}[\d,]*\b/g);
        if (figures) {
          expect(`${text} ${row.note ?? ''}`, `figures ${figures.join(', ')} need an as-of date`).toMatch(/\b(20\d\d)(-\d\d(-\d\d)?)?\b|as of/);
        }
      });

      it('uses the correct spellings', () => {
        const all = `${row.label} ${KEYS.map((k) => row.values[k]).join(' ')} ${row.note ?? ''}`;
        expect(all).not.toMatch(/Adaptor|Elastics|package per second/i);
      });
    });
  }

  it('shows where efa and efa-only differ', () => {
    expect(ROWS.filter((r) => r.values.efa !== r.values.efaOnly).length).toBeGreaterThanOrEqual(5);
  });

  it('takes instance counts from the one counts module', () => {
    const row = ROWS.find((r) => r.id === 'instance-types')!;
    expect(row.values.efa).toContain('298');
    expect(row.note).toContain(instanceCounts.asOf);
    expect(row.sources).toContain(instanceCounts.source);
  });
});

describe('instance counts', () => {
  it('are consistent and dated', () => {
    const c = instanceCounts;
    expect(c.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new URL(c.source).protocol).toBe('https:');
    expect(c.enaSupport.required + c.enaSupport.supported + c.enaSupport.unsupported).toBe(c.total);
    expect(c.efa).toBeLessThanOrEqual(c.total);
    expect(c.enaExpress).toBeLessThanOrEqual(c.total);
  });
});
