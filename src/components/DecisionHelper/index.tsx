/**
 * "Which one do I need?": a few plain questions, a recommendation with its
 * reasons, caveats and links. The rules are in src/lib/decision.ts; the
 * answers live in the URL (?workload=hpc&software=mpi&os=linux&type=efa-single)
 * so a result can be pasted into a wiki. Without JavaScript the questions, the
 * result for the default answers and a plain summary of the rules are shown.
 *
 * The optional instance-type field (?itype=p5.48xlarge) looks the type up in
 * the instance data. That data (~1,400 types) is a separate chunk, imported
 * only once the reader types a name or the URL carries one.
 */
import {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import type {InstanceType} from '@site/src/lib/instanceData';
import {describeLookup, lookupType, normaliseTypeName, TYPE_NAME_PATTERN} from '@site/src/lib/instanceLookup';
import {instanceCounts} from '@site/src/data/instanceCounts';
import Link from '@docusaurus/Link';
import {registerSchema, useUrlState} from '@site/src/hooks/useUrlState';
import ParamNotice from '@site/src/components/ParamNotice';
import CodeText from '@site/src/components/CodeText';
import {QUESTIONS, RULES_SUMMARY, decide, decisionSchema, type InstanceSupport} from '@site/src/lib/decision';
import styles from './styles.module.css';

registerSchema(decisionSchema);

type Copy = {status: 'idle'} | {status: 'copied'} | {status: 'fallback'; url: string};

let typesPromise: Promise<readonly InstanceType[]> | null = null;
/** The instance data, imported on first use (a separate chunk). */
function loadTypes(): Promise<readonly InstanceType[]> {
  typesPromise ??= import('@site/src/data/instances').then((m) => m.instanceTypes);
  return typesPromise;
}

type Data = {status: 'idle' | 'loading' | 'error'} | {status: 'ready'; types: readonly InstanceType[]};

/** The typed instance type, its lookup and the sentence describing it. */
function useTypeLookup(wanted: boolean, name: string) {
  const [data, setData] = useState<Data>({status: 'idle'});
  useEffect(() => {
    if (!wanted || data.status !== 'idle') return;
    setData({status: 'loading'});
    loadTypes().then(
      (types) => setData({status: 'ready', types}),
      () => setData({status: 'error'}),
    );
  }, [wanted, data.status]);
  if (name.trim() === '') return {support: undefined, message: ''};
  if (data.status === 'error') return {support: undefined, message: 'The instance data could not be loaded; the recommendation uses the choice above.'};
  if (data.status !== 'ready') return {support: undefined, message: `Looking up ${normaliseTypeName(name)}…`};
  const lookup = lookupType(data.types, name);
  return {support: lookup.status === 'found' ? lookup.support : undefined, message: describeLookup(lookup, instanceCounts.asOf)};
}

export default function DecisionHelper({instanceSupport}: {instanceSupport?: InstanceSupport}): ReactNode {
  const {state, setState, reset, ignored, ready} = useUrlState(decisionSchema);
  const [copy, setCopy] = useState<Copy>({status: 'idle'});
  const fallbackRef = useRef<HTMLInputElement>(null);
  const id = useId();
  // The field's text as typed; the URL keeps its normalised form when valid.
  const [typed, setTyped] = useState('');
  const typedRef = useRef(typed);
  typedRef.current = typed;
  const lookup = useTypeLookup(typed.trim() !== '', typed);
  const result = decide(state, lookup.support ?? instanceSupport);

  // Once the URL has been read: show its itype, unless the reader typed first.
  useEffect(() => {
    if (!ready) return;
    if (typedRef.current.trim() !== '') setTypeName(typedRef.current);
    else setTyped(state.itype);
    // Only when the URL has just been read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  function setTypeName(text: string) {
    setTyped(text);
    setCopy({status: 'idle'});
    const name = normaliseTypeName(text);
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
                  type="text"
                  className={styles.lookupInput}
                  value={typed}
                  onChange={(e) => setTypeName(e.target.value)}
                  autoComplete="off"
                  autoCapitalize="none"
                  spellCheck={false}
                  maxLength={60}
                  aria-describedby={`${id}-${q.lookup.param}-hint ${id}-${q.lookup.param}-result`}
                  data-testid="decision-itype"
                />
                <p
                  className={styles.lookupResult}
                  id={`${id}-${q.lookup.param}-result`}
                  aria-live="polite"
                  data-testid="decision-itype-result">
                  {lookup.message}
                </p>
              </div>
            )}
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
        {/* EFA outcomes: link to the EFA layout builder (efalayout). */}
        {(result.outcome === 'efa' || result.outcome === 'efa-only') && (
          <p className={styles.more} data-testid="decision-efa-layout">
            <Link to={`/docs/tools/efa-layout${state.itype ? `?type=${encodeURIComponent(state.itype)}` : ''}`}>Generate the network layout</Link>
          </p>
        )}
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
