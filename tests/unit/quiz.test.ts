import {describe, it, expect} from 'vitest';
import {QUIZ} from '../../src/data/quiz';
import {docAnchors, docLinkProblem} from './docLinks';

const anchors = docAnchors();

describe('knowledge-check questions', () => {
  it('has at least 20 questions with unique IDs, covering every topic', () => {
    expect(QUIZ.length).toBeGreaterThanOrEqual(20);
    const ids = QUIZ.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(new Set(QUIZ.map((q) => q.topic))).toEqual(new Set(['eni', 'ena', 'efa', 'ena-express', 'os-bypass']));
  });

  for (const q of QUIZ) {
    describe(q.id, () => {
      it('has a prompt, 3 to 6 distinct options and a valid answer key', () => {
        expect(q.prompt.length).toBeGreaterThan(30);
        expect(q.options.length).toBeGreaterThanOrEqual(3);
        expect(q.options.length).toBeLessThanOrEqual(6);
        const optionIds = q.options.map((o) => o.id);
        expect(new Set(optionIds).size).toBe(optionIds.length);
        expect(new Set(q.options.map((o) => o.text)).size).toBe(optionIds.length);
        expect(q.correct.length).toBeGreaterThanOrEqual(1);
        expect(new Set(q.correct).size).toBe(q.correct.length);
        for (const c of q.correct) expect(optionIds).toContain(c);
        if (q.correct.length > 1) {
          // A multiple-answer question must say how many to choose.
          expect(q.prompt).toMatch(/choose (two|three)/i);
          expect(q.correct.length).toBeLessThan(q.options.length);
        }
      });

      it('has an explanation with links to existing pages and anchors', () => {
        expect(q.explanation.length).toBeGreaterThan(40);
        expect(q.links.length).toBeGreaterThanOrEqual(1);
        for (const link of q.links) {
          expect(link.label.length).toBeGreaterThan(3);
          expect(docLinkProblem(link.to, anchors)).toBeNull();
        }
      });

      it('uses the right spellings', () => {
        const text = JSON.stringify(q);
        expect(text).not.toMatch(/Adaptor|package per second|funtionality/i);
      });
    });
  }
});

describe('the link checker', () => {
  it('accepts a real page and anchor', () => {
    expect(docLinkProblem('/docs/efa#security-group', anchors)).toBeNull();
    expect(docLinkProblem('/docs/efa', anchors)).toBeNull();
  });

  it('rejects a missing anchor, a missing page and a non-docs link', () => {
    expect(docLinkProblem('/docs/efa#no-such-heading', anchors)).toMatch(/has no heading/);
    expect(docLinkProblem('/docs/no-such-page#x', anchors)).toMatch(/no page/);
    expect(docLinkProblem('https://example.org/docs/efa', anchors)).toMatch(/not a \/docs/);
    expect(docLinkProblem('/docs/efa#Security Group', anchors)).not.toBeNull();
  });
});
