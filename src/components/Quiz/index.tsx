/**
 * Knowledge check: scenario questions from src/data/quiz.ts. The reader picks
 * an answer and checks it; progress is kept in localStorage (this browser
 * only) and can be reset. Every question's answer and explanation is also in
 * a server-rendered <details>, so the page is complete without JavaScript.
 */
import {useEffect, useState, type ReactNode} from 'react';
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

type QuestionProps = {
  q: QuizQuestion;
  index: number;
  answer: string[] | undefined;
  onAnswer: (chosen: string[]) => void;
  resetCount: number;
};

function Question({q, index, answer, onAnswer, resetCount}: QuestionProps): ReactNode {
  const multiple = isMultiple(q);
  const [draft, setDraft] = useState<string[] | null>(null);
  const [open, setOpen] = useState(false);
  const [hint, setHint] = useState('');
  const chosen = draft ?? answer ?? [];

  useEffect(() => {
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
  const name = `quiz-${q.id}`;

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
        <button type="button" className="button button--primary button--sm" onClick={check}>
          Check answer
        </button>
        <p
          className={`${styles.status} ${answered && !hint ? (right ? styles.right : styles.wrong) : ''}`}
          aria-live="polite"
          data-testid="quiz-status">
          {status}
        </p>
      </div>
      <details className={styles.details} open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>Answer and explanation</summary>
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

export default function Quiz(): ReactNode {
  const [progress, setProgress] = useState<QuizProgress>({});
  const [resetCount, setResetCount] = useState(0);

  useEffect(() => {
    setProgress(readStored());
  }, []);

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
    <div className={styles.quiz}>
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
          Checking answers and saving progress need JavaScript. Each question’s answer and explanation is in its
          “Answer and explanation” section.
        </p>
      </noscript>
      <ol className={styles.list}>
        {QUIZ.map((q, i) => (
          <Question
            key={q.id}
            q={q}
            index={i}
            answer={progress[q.id]}
            onAnswer={(c) => answer(q.id, c)}
            resetCount={resetCount}
          />
        ))}
      </ol>
    </div>
  );
}
