/**
 * Knowledge check: scenario questions from src/data/quiz.ts. The reader picks
 * an answer and checks it; progress is kept in localStorage (this browser
 * only) and can be reset. Every question's answer and explanation is also in
 * a server-rendered <details>, so the page is complete without JavaScript;
 * once the quiz is live, it opens only after the question is answered.
 *
 * The questions are one GET form (the lazy-island handoff): a choice made
 * before the code loads arrives as ?quiz-<id>=<option>, and "Check answer"
 * submits ?check=<id>; the live quiz takes both from the URL, then removes
 * them (answers are kept in localStorage, not in the URL).
 */
import {useEffect, useState, type MouseEvent, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Link from '@docusaurus/Link';
import {QUIZ} from '@site/src/data/quiz';
import {
  isCorrect,
  isMultiple,
  parseProgress,
  score,
  serializeProgress,
  QUIZ_STORAGE_KEY,
  type QuizProgress,
  type QuizQuestion,
  type QuizTopic,
} from '@site/src/lib/quiz';
import styles from './styles.module.css';

const TOPIC_LABEL: Record<QuizTopic, string> = {
  eni: 'ENI',
  ena: 'ENA',
  efa: 'EFA',
  'ena-express': 'ENA Express',
  'os-bypass': 'OS-bypass',
};

const LETTERS = 'ABCDEFGH';

function letter(q: QuizQuestion, optionId: string): string {
  return LETTERS[q.options.findIndex((o) => o.id === optionId)] ?? '?';
}

function readStored(): QuizProgress {
  try {
    return parseProgress(window.localStorage.getItem(QUIZ_STORAGE_KEY), QUIZ);
  } catch {
    return {};
  }
}

function store(p: QuizProgress): void {
  try {
    if (Object.keys(p).length === 0) window.localStorage.removeItem(QUIZ_STORAGE_KEY);
    else window.localStorage.setItem(QUIZ_STORAGE_KEY, serializeProgress(p));
  } catch {
    // Storage can be unavailable (private mode, quota); the quiz still works for this visit.
  }
}

const fieldName = (q: QuizQuestion) => `quiz-${q.id}`;

/** Choices carried in the URL by the form handoff, and the question to check. */
function takeFromUrl(): {drafts: Record<string, string[]>; check: string | null} {
  const url = new URL(window.location.href);
  const drafts: Record<string, string[]> = {};
  for (const q of QUIZ) {
    const chosen = url.searchParams.getAll(fieldName(q)).filter((v) => q.options.some((o) => o.id === v));
    if (chosen.length > 0) drafts[q.id] = [...new Set(chosen)].sort();
    url.searchParams.delete(fieldName(q));
  }
  const check = url.searchParams.get('check');
  url.searchParams.delete('check');
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  return {drafts, check};
}

type QuestionProps = {
  q: QuizQuestion;
  index: number;
  answer: string[] | undefined;
  initialDraft: string[] | undefined;
  onAnswer: (chosen: string[]) => void;
  resetCount: number;
};

function Question({q, index, answer, initialDraft, onAnswer, resetCount}: QuestionProps): ReactNode {
  const multiple = isMultiple(q);
  const [draft, setDraft] = useState<string[] | null>(initialDraft ?? null);
  const [open, setOpen] = useState(false);
  const [hint, setHint] = useState('');
  const chosen = draft ?? answer ?? [];

  useEffect(() => {
    if (resetCount === 0) return;
    setDraft(null);
    setOpen(false);
    setHint('');
  }, [resetCount]);

  const toggle = (id: string, checked: boolean) => {
    setHint('');
    if (!multiple) setDraft([id]);
    else setDraft(checked ? [...chosen.filter((c) => c !== id), id].sort() : chosen.filter((c) => c !== id));
  };

  const check = () => {
    if (chosen.length !== q.correct.length) {
      setHint(multiple ? `Choose ${q.correct.length} answers first.` : 'Choose an answer first.');
      return;
    }
    onAnswer([...chosen].sort());
    setDraft(null);
    setOpen(true);
  };

  let status = 'Not answered yet.';
  if (hint) status = hint;
  else if (answer) {
    const mine = answer.map((a) => letter(q, a)).join(' and ');
    status = isCorrect(q, answer) ? `Your answer ${mine} is correct.` : `Your answer ${mine} is not correct.`;
  }
  const answered = Boolean(answer);
  const right = answered && isCorrect(q, answer);
  const name = fieldName(q);
  // The explanation gives the answer away: it opens only once answered.
  const onSummary = (e: MouseEvent) => {
    if (answered) return;
    e.preventDefault();
    setHint(multiple ? `Choose ${q.correct.length} answers and check them first.` : 'Choose an answer and check it first.');
  };

  return (
    <li className={styles.question} id={name}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          <span className={styles.meta}>
            Question {index + 1} of {QUIZ.length} · {TOPIC_LABEL[q.topic]}
            {multiple ? ` · choose ${q.correct.length}` : ''}
          </span>
          <span className={styles.prompt}>{q.prompt}</span>
        </legend>
        <ul className={styles.options}>
          {q.options.map((o, i) => (
            <li key={o.id}>
              <label className={styles.option}>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={name}
                  value={o.id}
                  checked={chosen.includes(o.id)}
                  onChange={(e) => toggle(o.id, e.target.checked)}
                />
                <span>
                  <strong>{LETTERS[i]}.</strong> {o.text}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className={styles.actions}>
        <button type="submit" name="check" value={q.id} className="button button--primary button--sm" onClick={check}>
          Check answer
        </button>
        <p className={`${styles.status} ${answered && !hint ? (right ? styles.right : styles.wrong) : ''}`} aria-live="polite" data-testid="quiz-status">
          {status}
        </p>
      </div>
      <details className={styles.details} open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary onClick={onSummary} aria-disabled={!answered || undefined} data-testid="quiz-explanation">
          Answer and explanation
        </summary>
        <p>
          <strong>
            Correct {q.correct.length > 1 ? 'answers' : 'answer'}:{' '}
            {q.correct.map((c) => `${letter(q, c)}. ${q.options.find((o) => o.id === c)?.text ?? ''}`).join(' ')}
          </strong>
        </p>
        <p>{q.explanation}</p>
        <p className={styles.learn}>Learn more:</p>
        <ul>
          {q.links.map((l) => (
            <li key={l.to}>
              <Link to={l.to}>{l.label}</Link>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

type Start = {progress: QuizProgress; drafts: Record<string, string[]>};

/** Saved progress plus what the form handed over (a checked question counts as answered). */
function startState(): Start {
  const progress = readStored();
  const {drafts, check} = takeFromUrl();
  const q = QUIZ.find((x) => x.id === check);
  const chosen = q ? drafts[q.id] : undefined;
  if (q && chosen && chosen.length === q.correct.length) {
    progress[q.id] = chosen;
    delete drafts[q.id];
    store(progress);
  }
  return {progress, drafts};
}

export default function Quiz(): ReactNode {
  // Live quizzes mount in the browser (a lazy island): read storage in the first render.
  const isBrowser = useIsBrowser();
  const [start] = useState<Start | null>(() => (isBrowser ? startState() : null));
  const [progress, setProgress] = useState<QuizProgress>(() => start?.progress ?? {});
  const [resetCount, setResetCount] = useState(0);

  useEffect(() => {
    if (!start) setProgress(readStored());
  }, [start]);

  const answer = (id: string, chosen: string[]) => {
    setProgress((p) => {
      const next = {...p, [id]: chosen};
      store(next);
      return next;
    });
  };

  const reset = () => {
    store({});
    setProgress({});
    setResetCount((n) => n + 1);
  };

  const {answered, correct} = score(QUIZ, progress);

  return (
    <form method="get" className={styles.quiz} onSubmit={(e) => e.preventDefault()} aria-label="Knowledge check">
      <div className={styles.progress}>
        <p aria-live="polite" data-testid="quiz-progress">
          Answered {answered} of {QUIZ.length} · {correct} correct
        </p>
        <button type="button" className="button button--secondary button--sm" onClick={reset}>
          Reset progress
        </button>
      </div>
      <noscript>
        <p className={styles.noscript}>
          Checking answers and saving progress need JavaScript. Each question’s answer and explanation is in its “Answer and explanation” section.
        </p>
      </noscript>
      <ol className={styles.list}>
        {QUIZ.map((q, i) => (
          <Question
            key={q.id}
            q={q}
            index={i}
            answer={progress[q.id]}
            initialDraft={start?.drafts[q.id]}
            onAnswer={(c) => answer(q.id, c)}
            resetCount={resetCount}
          />
        ))}
      </ol>
    </form>
  );
}
