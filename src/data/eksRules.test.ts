/**
 * Schema of the EKS planner's rules, and the tie between each number or
 * setting the planner uses and the rule (source, date) that states it.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, it, expect} from 'vitest';
import {EKS_NUMBER_RULES, EKS_NUMBERS, EKS_SETTINGS, eksRules, type EksRule} from './eksRules';

const today = new Date().toISOString().slice(0, 10);

describe('eksRules schema', () => {
  for (const [id, r] of Object.entries(eksRules) as [string, EksRule][]) {
    it(`${id}: a sentence, an https source with a label, a real date not in the future`, () => {
      expect(r.statement).toMatch(/^[A-Z].{30,}\.$/s);
      expect(r.source).toMatch(/^https:\/\/\S+$/);
      expect(r.sourceLabel.length).toBeGreaterThan(3);
      expect(r.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${r.asOf}T00:00:00Z`).toISOString().slice(0, 10)).toBe(r.asOf);
      expect(r.asOf <= today).toBe(true);
    });
  }
});

describe('every number and setting has a rule that states it', () => {
  const values: Record<string, number | string> = {...EKS_NUMBERS, ...EKS_SETTINGS};

  it('each one is mapped to a rule', () => {
    expect(Object.keys(EKS_NUMBER_RULES).sort()).toEqual(Object.keys(values).sort());
  });

  for (const [key, value] of Object.entries(values)) {
    it(`${key} (${value}) is named in its rule`, () => {
      const rule = eksRules[EKS_NUMBER_RULES[key as keyof typeof EKS_NUMBER_RULES]];
      // Whole numbers only: "16" must not match inside "160"; "/28" counts as 28.
      const pattern = typeof value === 'number' ? new RegExp(`(^|[^0-9.])${value}(?![0-9])`) : new RegExp(value.replace(/[.]/g, '\\.'));
      expect(rule.statement).toMatch(pattern);
    });
  }
});

describe('the planner and its snippets read the numbers from here', () => {
  const code = (file: string) =>
    fs
      .readFileSync(path.resolve(__dirname, '..', file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
  for (const file of ['lib/eksPlanner.ts', 'lib/eksSnippets.ts']) {
    it(`${file} writes none of the rule numbers or settings itself`, () => {
      const src = code(file);
      // 2 is left out: the planner also uses it for powers of two and the two /28 blocks that hold reserved addresses.
      for (const n of [5, 16, 28, 30, 110, 250]) {
        expect(src, `${file}: literal ${n}`).not.toMatch(new RegExp(`(^|[^0-9A-Za-z_./-])${n}(?![0-9A-Za-z_.])`));
      }
      expect(src).not.toContain(EKS_SETTINGS.eniConfigLabelDef);
      expect(src).not.toMatch(/\+ 2['`]/);
    });
  }
});
