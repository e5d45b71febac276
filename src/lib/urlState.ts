/**
 * Readable, shareable tool state in URL query parameters.
 *
 * Each tool declares a schema: one entry per parameter, with its type, its
 * default and its limits. `decodeState` turns a query string into a complete,
 * valid state plus the list of parameters it ignored (unknown, repeated,
 * oversized or malformed), so the tool can show a notice instead of crashing.
 * `encodeState` writes only the parameters that differ from their defaults,
 * in schema order, so URLs stay short and stable.
 *
 * Pure TypeScript, no DOM and no React: see urlState.test.ts.
 */

/** The whole query string is ignored when it is longer than this. */
export const MAX_QUERY_LENGTH = 2048;
/** A single value longer than this is ignored. */
export const MAX_VALUE_LENGTH = 200;

export type ParamSpec =
  | {kind: 'enum'; values: readonly string[]; default: string}
  | {kind: 'list'; values: readonly string[]; default: readonly string[]; min?: number; max?: number}
  | {kind: 'bool'; default: boolean}
  | {kind: 'int'; min: number; max: number; default: number}
  | {kind: 'text'; pattern: RegExp; default: string; maxLength?: number};

export type Schema = Record<string, ParamSpec>;

type ValueOf<S extends ParamSpec> = S extends {kind: 'enum'}
  ? string
  : S extends {kind: 'list'}
    ? string[]
    : S extends {kind: 'bool'}
      ? boolean
      : S extends {kind: 'int'}
        ? number
        : string;

export type StateOf<S extends Schema> = {[K in keyof S]: ValueOf<S[K]>};

export type IgnoredParam = {
  /** The parameter name as it appeared (already length-limited, safe to show as text). */
  name: string;
  reason: 'unknown' | 'repeated' | 'too long' | 'invalid';
};

export type Decoded<S extends Schema> = {state: StateOf<S>; ignored: IgnoredParam[]};

export function defaultState<S extends Schema>(schema: S): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(schema)) {
    out[key] = spec.kind === 'list' ? [...spec.default] : spec.default;
  }
  return out as StateOf<S>;
}

/** Shorten a user-supplied name for display in a notice. */
function displayName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what we strip
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

function parseValue(spec: ParamSpec, raw: string): unknown | undefined {
  switch (spec.kind) {
    case 'enum':
      return spec.values.includes(raw) ? raw : undefined;
    case 'bool':
      if (raw === '1' || raw === 'true') return true;
      if (raw === '0' || raw === 'false') return false;
      return undefined;
    case 'int': {
      if (!/^-?\d{1,9}$/.test(raw)) return undefined;
      const n = Number(raw);
      return n >= spec.min && n <= spec.max ? n : undefined;
    }
    case 'list': {
      const items = raw === '' ? [] : raw.split(',');
      if (items.some((i) => !spec.values.includes(i))) return undefined;
      if (new Set(items).size !== items.length) return undefined;
      if (spec.min !== undefined && items.length < spec.min) return undefined;
      if (spec.max !== undefined && items.length > spec.max) return undefined;
      return items;
    }
    case 'text': {
      // An empty form field (?itype=) means "not given".
      if (raw === '') return spec.default;
      if (raw.length > (spec.maxLength ?? MAX_VALUE_LENGTH)) return undefined;
      return spec.pattern.test(raw) ? raw : undefined;
    }
  }
}

/**
 * Decode a query string (with or without the leading "?") against a schema.
 * Never throws; anything it cannot use is reported in `ignored`.
 */
export function decodeState<S extends Schema>(
  schema: S,
  search: string,
  /** Keys owned by other tools on the same page: skipped, not reported. */
  otherKeys: readonly string[] = [],
): Decoded<S> {
  const state = defaultState(schema) as Record<string, unknown>;
  const ignored: IgnoredParam[] = [];
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query === '') return {state: state as StateOf<S>, ignored};
  if (query.length > MAX_QUERY_LENGTH) {
    return {state: state as StateOf<S>, ignored: [{name: '(whole query)', reason: 'too long'}]};
  }

  let params: URLSearchParams;
  try {
    // URLSearchParams never throws on odd percent-escapes, but be defensive.
    params = new URLSearchParams(query);
  } catch {
    return {state: state as StateOf<S>, ignored: [{name: '(whole query)', reason: 'invalid'}]};
  }

  const seen = new Map<string, number>();
  for (const [name] of params) seen.set(name, (seen.get(name) ?? 0) + 1);

  for (const [name, count] of seen) {
    if (otherKeys.includes(name)) continue;
    const spec = Object.prototype.hasOwnProperty.call(schema, name) ? schema[name] : undefined;
    if (!spec) {
      ignored.push({name: displayName(name), reason: 'unknown'});
      continue;
    }
    // A form submits a checkbox group as repeated parameters (?needs=a&needs=b).
    if (count > 1 && spec.kind !== 'list') {
      ignored.push({name: displayName(name), reason: 'repeated'});
      continue;
    }
    const raw = spec.kind === 'list' ? params.getAll(name).join(',') : (params.get(name) ?? '');
    if (raw.length > MAX_VALUE_LENGTH) {
      ignored.push({name: displayName(name), reason: 'too long'});
      continue;
    }
    const value = parseValue(spec, raw);
    if (value === undefined) {
      ignored.push({name: displayName(name), reason: 'invalid'});
      continue;
    }
    state[name] = value;
  }
  return {state: state as StateOf<S>, ignored};
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/**
 * Encode a state as a query string ("" or "?a=1&b=x"), leaving out defaults.
 * Commas in lists are kept readable.
 */
export function encodeState<S extends Schema>(schema: S, state: StateOf<S>): string {
  const parts: string[] = [];
  for (const [key, spec] of Object.entries(schema)) {
    const value = (state as Record<string, unknown>)[key];
    const def = spec.kind === 'list' ? spec.default : spec.default;
    if (value === undefined || sameValue(value, def)) continue;
    let text: string;
    if (spec.kind === 'bool') text = value ? '1' : '0';
    else if (spec.kind === 'list') text = (value as string[]).map(encodeURIComponent).join(',');
    else text = encodeURIComponent(String(value));
    parts.push(`${encodeURIComponent(key)}=${text}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * Merge a tool's encoded query into an existing query string, replacing only
 * the keys the schema owns. Lets two tools share one page's URL.
 */
export function mergeQuery(schema: Schema, currentSearch: string, encoded: string): string {
  const current = new URLSearchParams(currentSearch.startsWith('?') ? currentSearch.slice(1) : currentSearch);
  for (const key of Object.keys(schema)) current.delete(key);
  const own = encoded.startsWith('?') ? encoded.slice(1) : encoded;
  const rest = current.toString().replace(/%2C/gi, ',');
  const joined = [rest, own].filter(Boolean).join('&');
  return joined ? `?${joined}` : '';
}

/** A sentence for the notice shown to the reader, e.g. 'Ignored "foo" (unknown).' */
export function describeIgnored(ignored: IgnoredParam[]): string {
  if (ignored.length === 0) return '';
  const items = ignored.map((i) => `“${i.name}” (${i.reason})`);
  return `Ignored ${ignored.length === 1 ? 'a link parameter' : `${ignored.length} link parameters`}: ${items.join(', ')}. Showing the defaults instead.`;
}
