/**
 * Types and rules for the knowledge check: scoring, and reading saved progress
 * back from localStorage without trusting it.
 *
 * Pure TypeScript, no DOM and no React: see quiz.test.ts. The questions are in
 * src/data/quiz.ts.
 */

export type QuizTopic = 'eni' | 'ena' | 'efa' | 'ena-express' | 'os-bypass';

export type QuizOption = {id: string; text: string};

export type QuizLink = {
  /** Site path with an anchor, e.g. "/docs/efa#security-group". */
  to: string;
  label: string;
};

export type QuizQuestion = {
  /** Stable ID: used in saved progress and as the HTML id. */
  id: string;
  topic: QuizTopic;
  /** The scenario and the question. */
  prompt: string;
  options: QuizOption[];
  /** IDs of the correct options. One unless the prompt asks to choose several. */
  correct: string[];
  /** Why the correct answer is right and the tempting one is wrong, in a few sentences. */
  explanation: string;
  /** Where the site teaches this; at least one. */
  links: QuizLink[];
};

/** Question ID -> chosen option IDs (sorted). */
export type QuizProgress = Record<string, string[]>;

export const QUIZ_STORAGE_KEY = 'ec2ni.quiz.v1';

/** Whether this browser has saved quiz progress (the quiz island then loads at once). */
export function hasSavedProgress(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): boolean {
  try {
    return storage?.getItem(QUIZ_STORAGE_KEY) != null;
  } catch {
    return false;
  }
}

export function isMultiple(q: QuizQuestion): boolean {
  return q.correct.length > 1;
}

export function isCorrect(q: QuizQuestion, chosen: readonly string[] | undefined): boolean {
  if (!chosen || chosen.length !== q.correct.length) return false;
  const want = new Set(q.correct);
  return chosen.every((c) => want.has(c));
}

export function score(questions: readonly QuizQuestion[], progress: QuizProgress): {answered: number; correct: number} {
  let answered = 0;
  let correct = 0;
  for (const q of questions) {
    const chosen = progress[q.id];
    if (!chosen) continue;
    answered++;
    if (isCorrect(q, chosen)) correct++;
  }
  return {answered, correct};
}

/**
 * Read saved progress. Anything unexpected (bad JSON, unknown questions or
 * options, wrong shapes, the wrong number of choices) is dropped, never thrown.
 */
export function parseProgress(raw: string | null | undefined, questions: readonly QuizQuestion[]): QuizProgress {
  if (!raw || raw.length > 20_000) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const out: QuizProgress = {};
  for (const q of questions) {
    const v = (data as Record<string, unknown>)[q.id];
    if (!Array.isArray(v) || v.length === 0) continue;
    const ids = q.options.map((o) => o.id);
    const chosen = [...new Set(v.filter((x): x is string => typeof x === 'string' && ids.includes(x)))].sort();
    if (chosen.length === v.length && chosen.length === q.correct.length) out[q.id] = chosen;
  }
  return out;
}

export function serializeProgress(progress: QuizProgress): string {
  return JSON.stringify(progress);
}
