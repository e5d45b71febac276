/**
 * Looking an instance type up in the instance data for the decision helper:
 * name normalisation, record -> `InstanceSupport`, and the sentence shown to
 * the reader. Pure TypeScript, no React, no data import (the caller passes
 * the records it loaded lazily): see instanceLookup.test.ts.
 */
import type {InstanceType} from './instanceData';
import type {InstanceSupport} from './decision';
import {splitTypeName} from './instanceData';

/** What an instance type name may look like (also the URL pattern of `itype`). */
export const TYPE_NAME_PATTERN = /^[a-z0-9][a-z0-9.-]{1,40}$/;

/** Trim, lower-case and drop inner spaces: " P5.48XLarge " -> "p5.48xlarge". */
export function normaliseTypeName(input: string): string {
  return input.trim().toLowerCase().replace(/\s+/g, '');
}

export function supportFromRecord(t: InstanceType): InstanceSupport {
  return {ena: t.ena, efa: t.efaSupported, maxEfa: t.maxEfa, cards: t.cards.length};
}

export type Lookup =
  | {status: 'empty'}
  | {status: 'invalid'; name: string}
  | {status: 'not-found'; name: string; sameFamily: string[]}
  | {status: 'found'; name: string; support: InstanceSupport};

/** Names of the same family offered when a name is not found (at most this many). */
export const MAX_SUGGESTIONS = 4;

/** Look `input` up in `types` (already normalised or not). */
export function lookupType(types: readonly InstanceType[], input: string): Lookup {
  const name = normaliseTypeName(input);
  if (name === '') return {status: 'empty'};
  if (!TYPE_NAME_PATTERN.test(name)) return {status: 'invalid', name};
  const hit = types.find((t) => t.type === name);
  if (hit) return {status: 'found', name, support: supportFromRecord(hit)};
  const {family} = splitTypeName(name);
  const sameFamily = types.filter((t) => t.family === family).map((t) => t.type);
  return {status: 'not-found', name, sameFamily: sameFamily.slice(0, MAX_SUGGESTIONS)};
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The sentence for a lookup, e.g. "p5.48xlarge: EFA yes, up to 32 EFAs on
 * 32 network cards, ENA required (DescribeInstanceTypes data as of 2026-08-02)".
 */
export function describeLookup(lookup: Lookup, asOf: string): string {
  const source = `DescribeInstanceTypes data as of ${asOf}`;
  switch (lookup.status) {
    case 'empty':
      return '';
    case 'invalid':
      return 'Instance type names have only letters, digits, dots and hyphens, e.g. p5.48xlarge. The recommendation uses the choice above.';
    case 'not-found': {
      const also = lookup.sameFamily.length > 0 ? ` Types of that family in the data include ${lookup.sameFamily.join(', ')}.` : '';
      return `“${lookup.name}” is not in the ${source}: check the spelling (a type newer than the data is not listed either). The recommendation uses the choice above.${also}`;
    }
    case 'found': {
      const s = lookup.support;
      const cards = plural(s.cards, 'network card', 'network cards');
      const efa = s.efa ? `EFA yes, up to ${plural(s.maxEfa, 'EFA', 'EFAs')} on ${cards}` : `EFA no, ${cards}`;
      return `${lookup.name}: ${efa}, ENA ${s.ena} (${source})`;
    }
  }
}
