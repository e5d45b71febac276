import {describe, it, expect} from 'vitest';
import {hasSavedProgress, isCorrect, score, parseProgress, serializeProgress, QUIZ_STORAGE_KEY, type QuizQuestion} from './quiz';

const single: QuizQuestion = {
  id: 'q1',
  topic: 'eni',
  prompt: 'p',
  options: [
    {id: 'a', text: 'A'},
    {id: 'b', text: 'B'},
    {id: 'c', text: 'C'},
  ],
  correct: ['b'],
  explanation: 'e',
  links: [{to: '/docs/eni', label: 'ENI'}],
};
const multi: QuizQuestion = {...single, id: 'q2', correct: ['a', 'c']};
const qs = [single, multi];

describe('scoring', () => {
  it('checks single and multiple answers', () => {
    expect(isCorrect(single, ['b'])).toBe(true);
    expect(isCorrect(single, ['a'])).toBe(false);
    expect(isCorrect(single, undefined)).toBe(false);
    expect(isCorrect(multi, ['c', 'a'])).toBe(true);
    expect(isCorrect(multi, ['a'])).toBe(false);
    expect(isCorrect(multi, ['a', 'b'])).toBe(false);
  });

  it('counts answered and correct questions', () => {
    expect(score(qs, {})).toEqual({answered: 0, correct: 0});
    expect(score(qs, {q1: ['b'], q2: ['a', 'b']})).toEqual({answered: 2, correct: 1});
  });
});

describe('parseProgress', () => {
  it('round-trips valid progress', () => {
    const p = {q1: ['a'], q2: ['a', 'c']};
    expect(parseProgress(serializeProgress(p), qs)).toEqual(p);
  });

  it('drops anything it does not trust, without throwing', () => {
    for (const raw of [null, '', 'not json', '[]', '42', '"x"', '{"q1": "b"}', 'x'.repeat(30_000)]) {
      expect(parseProgress(raw, qs)).toEqual({});
    }
    expect(parseProgress('{"q1": ["z"], "q2": ["a"], "q9": ["a"], "__proto__": ["a"]}', qs)).toEqual({});
    expect(parseProgress('{"q1": ["b", "b"], "q2": ["c", "a"]}', qs)).toEqual({q2: ['a', 'c']});
  });
});

describe('hasSavedProgress', () => {
  it('is true only when progress is stored, and false when storage throws', () => {
    expect(hasSavedProgress({getItem: (k) => (k === QUIZ_STORAGE_KEY ? '{}' : null)})).toBe(true);
    expect(hasSavedProgress({getItem: () => null})).toBe(false);
    expect(
      hasSavedProgress({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe(false);
  });
});
