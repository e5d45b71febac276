/**
 * "Which one do I need?": a few plain questions, a recommendation with its
 * reasons, caveats and links. The rules are in src/lib/decision.ts; the
 * answers live in the URL (?workload=hpc&software=mpi&os=linux&type=efa-single)
 * so a result can be pasted into a wiki. Without JavaScript the questions, the
 * result for the default answers and a plain summary of the rules are shown.
 */
import {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {registerSchema, useUrlState} from '@site/src/hooks/useUrlState';
import ParamNotice from '@site/src/components/ParamNotice';
import CodeText from '@site/src/components/CodeText';
import {QUESTIONS, RULES_SUMMARY, decide, decisionSchema, type InstanceSupport} from '@site/src/lib/decision';
import styles from './styles.module.css';

registerSchema(decisionSchema);

type Copy = {status: 'idle'} | {status: 'copied'} | {status: 'fallback'; url: string};

export default function DecisionHelper({instanceSupport}: {instanceSupport?: InstanceSupport}): ReactNode {
  const {state, setState, reset, ignored, ready} = useUrlState(decisionSchema);
  const [copy, setCopy] = useState<Copy>({status: 'idle'});
  const fallbackRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const result = decide(state, instanceSupport);

  useEffect(() => {
    if (copy.status === 'fallback') fallbackRef.current?.select();
  }, [copy]);

  async function copyLink() {
    const href = window.location.href;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      setCopy({status: 'copied'});
    } catch {
      // Clipboard unavailable or denied: show the link to copy by hand.
      setCopy({status: 'fallback', url: href});
    }
  }

  function setAnswer(question: string, value: string, multiple: boolean) {
    setCopy({status: 'idle'});
    setState((s) => {
      if (!multiple) return {...s, [question]: value};
      const list = s.needs.includes(value) ? s.needs.filter((v) => v !== value) : [...s.needs, value];
      const order = decisionSchema.needs.values;
      return {...s, needs: order.filter((v) => list.includes(v))};
    });
  }

  return (
    <div className={styles.root} data-testid="decision" data-ready={ready ? 'true' : 'false'}>
      <ParamNotice ignored={ignored} />
      <form className={styles.questions} onSubmit={(e) => e.preventDefault()} aria-label="Questions">
        {QUESTIONS.map((q) => (
          <fieldset key={q.id} className={styles.question}>
            <legend>{q.text}</legend>
            {q.hint && <p className={styles.hint}>{q.hint}</p>}
            {q.options.map((o) => {
              const current = state[q.id];
              const checked = Array.isArray(current) ? current.includes(o.value) : current === o.value;
              return (
                <label key={o.value} className={styles.option}>
                  <input
                    type={q.multiple ? 'checkbox' : 'radio'}
                    name={`${id}-${q.id}`}
                    value={o.value}
                    checked={checked}
                    onChange={() => setAnswer(q.id, o.value, Boolean(q.multiple))}
                  />
                  <span>{o.label}</span>
                </label>
              );
            })}
          </fieldset>
        ))}
      </form>

      <div className={styles.result} role="region" aria-label="Recommendation" aria-live="polite" data-testid="decision-result">
        <p className={styles.kicker}>Recommendation</p>
        <p className={styles.title} data-outcome={result.outcome}>
          <CodeText text={result.title} />
        </p>
        <p className={styles.subhead}>Why</p>
        <ul>
          {result.reasons.map((r) => (
            <li key={r}>
              <CodeText text={r} />
            </li>
          ))}
        </ul>
        {result.caveats.length > 0 && (
          <>
            <p className={styles.subhead}>Watch out for</p>
            <ul data-testid="decision-caveats">
              {result.caveats.map((c) => (
                <li key={c.id} data-caveat={c.id}>
                  {c.text} <Link to={c.link.href}>{c.link.label}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
        <p className={styles.more}>
          Read more:{' '}
          {result.links.map((l) => (
            <Link key={l.href} to={l.href}>
              {l.label}
            </Link>
          ))}
        </p>
      </div>

      <div className={styles.actions}>
        <button type="button" className={styles.button} onClick={copyLink}>
          Copy link
        </button>
        <button
          type="button"
          className={styles.button}
          onClick={() => {
            setCopy({status: 'idle'});
            reset();
          }}>
          Start over
        </button>
        <span className={styles.copyStatus} role="status" data-testid="copy-status">
          {copy.status === 'copied' && 'Link copied.'}
          {copy.status === 'fallback' && 'Copying is not available here: copy the link below.'}
        </span>
        {copy.status === 'fallback' && (
          <label className={styles.fallback}>
            Link to these answers
            <input ref={fallbackRef} type="text" readOnly value={copy.url} data-testid="copy-fallback" />
          </label>
        )}
      </div>

      <noscript>
        <p className={styles.noscript}>
          Turn on JavaScript to get a recommendation for your answers; the rules below say how the helper decides.
        </p>
      </noscript>
      <div className={styles.rules}>
        <p className={styles.subhead}>How the helper decides</p>
        <ul>
          {RULES_SUMMARY.map((r) => (
            <li key={r}>
              <CodeText text={r} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
