/**
 * Reader-facing text must not cite the internal fact-sheet codes (ENI2,
 * EFA25, SW8, C23...): they are defined nowhere on the site (issue 13).
 */
import {describe, it, expect} from 'vitest';
import {QUIZ} from '../../src/data/quiz';
import {readDocs} from './docs';

/** A parenthesised list of fact codes such as "(ENI4, ENI23)" or "(SW8)". */
const FACT_CODE = /\((?:[A-Z]{1,4}\d+[a-z]?)(?:,\s*[A-Z]{1,4}\d+[a-z]?)*\)/;

describe('no undefined fact-sheet labels', () => {
  it('the pattern finds the labels the quiz used to carry, and not ordinary text', () => {
    for (const s of ['keep working (ENI4, ENI23).', 'lists provider efa (EFA25).', 'on top of it (SW8).', '(C23)']) {
      expect(s).toMatch(FACT_CODE);
    }
    for (const s of ['p5.48xlarge (32 cards)', '(IPv4)', '(MTU 9001)', '(2026-08-02)', '(EC2 docs)']) {
      expect(s).not.toMatch(FACT_CODE);
    }
  });

  for (const q of QUIZ) {
    it(`quiz ${q.id}`, () => {
      for (const text of [q.prompt, q.explanation, ...q.options.map((o) => o.text)]) {
        expect(text).not.toMatch(FACT_CODE);
      }
    });
  }

  for (const d of readDocs()) {
    it(d.file, () => {
      const prose = d.body.replace(/```[\s\S]*?```/g, '');
      expect(prose).not.toMatch(FACT_CODE);
    });
  }
});
