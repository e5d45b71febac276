/**
 * "Which one do I need?": a few plain questions, a recommendation with its
 * reasons, caveats and links. The rules are in src/lib/decision.ts; the
 * answers live in the URL (?workload=hpc&software=mpi&os=linux&type=efa-single)
 * so a result can be pasted into a wiki. The questions are a GET form named
 * after those parameters (the lazy-island handoff). Nothing is chosen at
 * first: the answer box says which questions are left, and it sits beside the
 * questions (wide) or sticks to the bottom of the screen (narrow).
 *
 * The optional instance-type field (?itype=p5.48xlarge) is looked up in the
 * instance data, part of this tool's chunk; a found type also answers the
 * instance-type question, so the two never disagree.
 */
import {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import {instanceTypes} from '@site/src/data/instances';
import {describeLookup, lookupType, normaliseTypeName, TYPE_NAME_PATTERN} from '@site/src/lib/instanceLookup';
import {instanceCounts} from '@site/src/data/instanceCounts';
import Link from '@docusaurus/Link';
import {registerSchema, useUrlState} from '@site/src/hooks/useUrlState';
import ParamNotice from '@site/src/components/ParamNotice';
import CodeText from '@site/src/components/CodeText';
import {QUESTIONS, RULES_SUMMARY, decide, decisionSchema, effectiveType, type InstanceSupport} from '@site/src/lib/decision';
import styles from './styles.module.css';

registerSchema(decisionSchema);

type Copy = {status: 'idle'} | {status: 'copied'} | {status: 'fallback'; url: string};

/** Questions that must be answered before there is a recommendation. */
const REQUIRED = QUESTIONS.filter((q) => !q.multiple && q.id !== 'type');

export default function DecisionHelper({instanceSupport}: {instanceSupport?: InstanceSupport}): ReactNode {
  const {state, setState, reset, ignored, ready} = useUrlState(decisionSchema);
  const [copy, setCopy] = useState<Copy>({status: 'idle'});
  const fallbackRef = useRef<HTMLInputElement>(null);
  const id = useId();
  // The field's text as typed; the URL keeps its normalised form when valid.
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? state.itype;
  const lookup = lookupType(instanceTypes, text);
  const found = lookup.status === 'found' ? lookup.support : undefined;
  const support = found ?? instanceSupport;
  const lookupMessage = describeLookup(lookup, instanceCounts.asOf);
  // The instance-type question shows what the looked-up type implies.
  const shown = {...state, type: support ? effectiveType(state.type, support) : state.type};
  const missing = REQUIRED.filter((q) => shown[q.id] === '');
  const result = missing.length === 0 ? decide(shown, support) : null;

  function setTypeName(value: string) {
    setTyped(value);
    setCopy({status: 'idle'});
    const name = normaliseTypeName(value);
    const itype = TYPE_NAME_PATTERN.test(name) ? name : '';
    setState((s) => (s.itype === itype ? s : {...s, itype}));
  }

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
    // Choosing the instance-type answer by hand replaces a looked-up type.
    if (question === 'type' && found) setTyped('');
    setState((s) => {
      if (question === 'type') return {...s, type: value, itype: ''};
      if (!multiple) return {...s, [question]: value};
      const list = s.needs.includes(value) ? s.needs.filter((v) => v !== value) : [...s.needs, value];
      const order = decisionSchema.needs.values;
      return {...s, needs: order.filter((v) => list.includes(v))};
    });
  }

  const answer = (
    <div className={styles.result} role="region" aria-label="Recommendation" aria-live="polite" data-testid="decision-result">
      <p className={styles.kicker}>Recommendation</p>
      {result ? (
        <>
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
          {(result.outcome === 'efa' || result.outcome === 'efa-only') && (
            <p className={styles.more} data-testid="decision-efa-layout">
              <Link to={`/docs/tools/efa-layout${state.itype ? `?type=${encodeURIComponent(state.itype)}` : ''}`}>Generate the network layout</Link>
            </p>
          )}
        </>
      ) : (
        <p className={styles.title} data-outcome="none">
          Answer {missing.map((q) => `“${q.text}”`).join(', ')} to get a recommendation.
        </p>
      )}
    </div>
  );

  return (
    <div className={styles.root} data-testid="decision" data-ready={ready ? 'true' : 'false'}>
      <ParamNotice ignored={ignored} />
      <div className={styles.layout}>
        <form method="get" className={styles.questions} onSubmit={(e) => e.preventDefault()} aria-label="Questions">
          {QUESTIONS.map((q) => (
            <fieldset key={q.id} className={styles.question}>
              <legend>{q.text}</legend>
              {q.hint && <p className={styles.hint}>{q.hint}</p>}
              {q.options.map((o) => {
                const current = shown[q.id];
                const checked = Array.isArray(current) ? current.includes(o.value) : current === o.value;
                return (
                  <label key={o.value} className={styles.option}>
                    <input
                      type={q.multiple ? 'checkbox' : 'radio'}
                      name={q.id}
                      value={o.value}
                      checked={checked}
                      onChange={() => setAnswer(q.id, o.value, Boolean(q.multiple))}
                    />
                    <span>
                      {o.label}
                      {q.id === 'type' && checked && found && <span className={styles.hint}> (from {normaliseTypeName(text)})</span>}
                    </span>
                  </label>
                );
              })}
              {q.lookup && (
                <div className={styles.lookup}>
                  <label htmlFor={`${id}-${q.lookup.param}`} className={styles.lookupLabel}>
                    {q.lookup.label}
                  </label>
                  <p className={styles.hint} id={`${id}-${q.lookup.param}-hint`}>
                    {q.lookup.hint}
                  </p>
                  <input
                    id={`${id}-${q.lookup.param}`}
                    name={q.lookup.param}
                    type="text"
                    className={styles.lookupInput}
                    value={text}
                    onChange={(e) => setTypeName(e.target.value)}
                    autoComplete="off"
                    autoCapitalize="none"
                    spellCheck={false}
                    maxLength={60}
                    aria-describedby={`${id}-${q.lookup.param}-hint ${id}-${q.lookup.param}-result`}
                    data-testid="decision-itype"
                  />
                  <p className={styles.lookupResult} id={`${id}-${q.lookup.param}-result`} aria-live="polite" data-testid="decision-itype-result">
                    {lookupMessage}
                  </p>
                </div>
              )}
            </fieldset>
          ))}
          <noscript>
            <button type="submit" className={styles.button}>
              Show recommendation
            </button>
          </noscript>
        </form>
        {/* Beside the questions when there is room, else stuck to the bottom of the screen. */}
        <div className={styles.answer} tabIndex={0} data-testid="decision-answer">
          {answer}
        </div>
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
            setTyped('');
            reset();
          }}
        >
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
        <p className={styles.noscript}>Turn on JavaScript to get a recommendation for your answers; the rules below say how the helper decides.</p>
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
