/**
 * Pure logic of the comparison table: its URL schema and the row/column
 * filters. No React: see comparison.test.ts.
 *
 *   ?cmp=ena,efa&diff=1&cat=performance&hl=efa
 */
import type {Schema, StateOf} from './urlState';
import type {CategoryId, ComparisonRow, InterfaceValues} from '../data/interfaces';

/** Column ids as they appear in the URL, in display order. */
export const COLUMN_IDS = ['eni', 'ena', 'efa', 'efa-only'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export const COLUMNS: readonly {id: ColumnId; key: keyof InterfaceValues; label: string; long: string}[] = [
  {id: 'eni', key: 'eni', label: 'ENI', long: 'ENI (elastic network interface)'},
  {id: 'ena', key: 'ena', label: 'ENA', long: 'ENA (Elastic Network Adapter)'},
  {id: 'efa', key: 'efa', label: 'EFA (efa)', long: 'EFA, interface type efa'},
  {id: 'efa-only', key: 'efaOnly', label: 'EFA-only', long: 'EFA, interface type efa-only'},
];

export const CATEGORY_IDS = ['all', 'what', 'performance', 'software', 'addressing', 'operations'] as const;

export const comparisonSchema = {
  /** Which interfaces to compare (at least two). */
  cmp: {kind: 'list', values: COLUMN_IDS, default: ['eni', 'ena', 'efa'], min: 2, max: 4},
  /** Show only rows whose values differ between the compared columns. */
  diff: {kind: 'bool', default: false},
  /** Category filter. */
  cat: {kind: 'enum', values: CATEGORY_IDS, default: 'all'},
  /** Highlighted column, or none. */
  hl: {kind: 'enum', values: ['none', ...COLUMN_IDS], default: 'none'},
} satisfies Schema;

export type ComparisonState = StateOf<typeof comparisonSchema>;

export function columnsFor(cmp: readonly string[]): typeof COLUMNS {
  return COLUMNS.filter((c) => cmp.includes(c.id));
}

/** True when the row's values are not all the same across the given columns. */
export function differs(row: ComparisonRow, cmp: readonly string[]): boolean {
  const values = columnsFor(cmp).map((c) => row.values[c.key].trim());
  return new Set(values).size > 1;
}

/** Whether a row is shown for a state. */
export function isRowVisible(row: ComparisonRow, state: Pick<ComparisonState, 'cmp' | 'diff' | 'cat'>): boolean {
  if (state.cat !== 'all' && row.category !== (state.cat as CategoryId)) return false;
  if (state.diff && !differs(row, state.cmp)) return false;
  return true;
}

export function visibleRows(rows: readonly ComparisonRow[], state: Pick<ComparisonState, 'cmp' | 'diff' | 'cat'>): ComparisonRow[] {
  return rows.filter((r) => isRowVisible(r, state));
}

/**
 * Toggle one column in the compared list, keeping display order and the
 * minimum of two columns (a toggle that would go below it is refused).
 */
export function toggleColumn(cmp: readonly string[], id: ColumnId): string[] {
  const next = cmp.includes(id) ? cmp.filter((c) => c !== id) : [...cmp, id];
  if (next.length < comparisonSchema.cmp.min) return [...cmp];
  return COLUMN_IDS.filter((c) => next.includes(c));
}

/** `a `b` c` -> ['a ', {code: 'b'}, ' c']: inline code in table text, never HTML. */
export function splitCode(text: string): (string | {code: string})[] {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? {code: part} : part))
    .filter((p) => p !== '');
}
