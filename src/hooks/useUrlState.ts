/**
 * React binding for src/lib/urlState.ts.
 *
 * - The server renders the schema's defaults, so the static HTML is complete.
 * - After hydration the state is read once from `location.search`.
 * - Every change rewrites the query with history.replaceState: shareable,
 *   and no new history entries.
 * - Several tools can share one page: each owns only its schema's keys.
 */
import {useCallback, useEffect, useState} from 'react';
import {
  decodeState,
  defaultState,
  encodeState,
  mergeQuery,
  type IgnoredParam,
  type Schema,
  type StateOf,
} from '@site/src/lib/urlState';

const registered = new Set<Schema>();

/** Keys of every other schema registered on this page. */
function otherKeys(schema: Schema): string[] {
  return [...registered].filter((s) => s !== schema).flatMap((s) => Object.keys(s));
}

export type UrlState<S extends Schema> = {
  state: StateOf<S>;
  /** Replace the whole state (or update it from the previous one). */
  setState: (next: StateOf<S> | ((prev: StateOf<S>) => StateOf<S>)) => void;
  /** Back to the defaults, and the tool's keys removed from the URL. */
  reset: () => void;
  /** Parameters from the URL that were ignored, for a visible notice. */
  ignored: IgnoredParam[];
  /** False on the server and during hydration. */
  ready: boolean;
};

/**
 * Register the schema at module level (call this next to the schema's
 * definition) so that tools on the same page do not flag each other's keys.
 */
export function registerSchema<S extends Schema>(schema: S): S {
  registered.add(schema);
  return schema;
}

export function useUrlState<S extends Schema>(schema: S): UrlState<S> {
  registered.add(schema);
  const [state, setRawState] = useState<StateOf<S>>(() => defaultState(schema));
  const [ignored, setIgnored] = useState<IgnoredParam[]>([]);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const decoded = decodeState(schema, window.location.search, otherKeys(schema));
    setRawState(decoded.state);
    setIgnored(decoded.ignored);
    setReady(true);
  }, [schema]);

  const write = useCallback(
    (next: StateOf<S>) => {
      const {pathname, search, hash} = window.location;
      const query = mergeQuery(schema, search, encodeState(schema, next));
      window.history.replaceState(window.history.state, '', `${pathname}${query}${hash}`);
    },
    [schema],
  );

  const setState = useCallback(
    (next: StateOf<S> | ((prev: StateOf<S>) => StateOf<S>)) => {
      setRawState((prev) => {
        const value = typeof next === 'function' ? (next as (p: StateOf<S>) => StateOf<S>)(prev) : next;
        write(value);
        return value;
      });
      setIgnored([]);
    },
    [write],
  );

  const reset = useCallback(() => setState(defaultState(schema)), [schema, setState]);

  return {state, setState, reset, ignored, ready};
}
