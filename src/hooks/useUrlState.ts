/**
 * React binding for src/lib/urlState.ts.
 *
 * - The server renders the schema's defaults, so the static HTML is complete.
 * - A tool mounted in the browser (a lazy island going live) reads
 *   `location.search` in its first render, so it never flashes the defaults;
 *   a hydrated tool reads it once after hydration.
 * - Every change rewrites the query with history.replaceState: shareable,
 *   and no new history entries.
 * - Several tools can share one page: each owns only its schema's keys.
 */
import {useCallback, useEffect, useState} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {decodeState, defaultState, encodeState, mergeQuery, type IgnoredParam, type Schema, type StateOf} from '@site/src/lib/urlState';

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
  const isBrowser = useIsBrowser();
  const [initial] = useState(() => (isBrowser ? decodeState(schema, window.location.search, otherKeys(schema)) : null));
  const [state, setRawState] = useState<StateOf<S>>(() => initial?.state ?? defaultState(schema));
  const [ignored, setIgnored] = useState<IgnoredParam[]>(() => initial?.ignored ?? []);
  const [ready, setReady] = useState(initial !== null);

  useEffect(() => {
    if (ready) return;
    const decoded = decodeState(schema, window.location.search, otherKeys(schema));
    setRawState(decoded.state);
    setIgnored(decoded.ignored);
    setReady(true);
    // Once, after hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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

  // A form's query (?cmp=a&cmp=b&cat=all) becomes the short canonical one (?cmp=a,b).
  useEffect(() => {
    if (initial && initial.ignored.length === 0) {
      const {search} = window.location;
      const canonical = mergeQuery(schema, search, encodeState(schema, initial.state));
      if (canonical !== search) write(initial.state);
    }
    // Once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const reset = useCallback(() => setState(defaultState(schema)), [schema, setState]);

  return {state, setState, reset, ignored, ready};
}
