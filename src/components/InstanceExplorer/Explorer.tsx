/**
 * The instance-type explorer (loaded lazily by ./index.tsx): search, filters,
 * sortable and choosable columns, paging, a detail panel, compare and CSV.
 * All state lives in the URL through useUrlState.
 */
import {memo, useCallback, useMemo, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {instanceTypes, instanceCounts, instanceDataProvenance, zoneRegion} from '@site/src/data/instances';
import {registerSchema, useUrlState} from '@site/src/hooks/useUrlState';
import ParamNotice from '@site/src/components/ParamNotice';
import {
  COLUMNS,
  FILTER_KEYS,
  MAX_COMPARE,
  PAGE_SIZE,
  applyFilters,
  explorerModel,
  columnById,
  pageCount,
  pageSlice,
  sortRows,
  toCsv,
  visibleColumns,
  formatCell,
  type Column,
  type ExplorerRow,
  type ExplorerState,
} from '@site/src/lib/instanceFilter';
import DecimalInput from './DecimalInput';
import DetailPanel, {DETAIL_HEADING_ID} from './DetailPanel';
import ComparePanel from './ComparePanel';
import styles from './styles.module.css';
import reserve from './reserve.module.css';

const {rows: ROWS, families: FAMILIES, schema: explorerSchema} = explorerModel(instanceTypes, zoneRegion);
const BY_NAME = new Map(ROWS.map((r) => [r.type, r]));
const schema = registerSchema(explorerSchema);
const nf = new Intl.NumberFormat('en-US');
const COMPARE_WIDTH = 6;

const CARD_OPTIONS: [string, string][] = [
  ['', 'Any'],
  ['1', 'Exactly 1'],
  ['multi', '2 or more'],
  ['2', 'Exactly 2'],
  ['4', 'Exactly 4'],
  ['8', 'Exactly 8'],
  ['16', 'Exactly 16'],
  ['32', 'Exactly 32'],
];

function clampInt(raw: string, min: number, max: number): number {
  const n = Number.parseInt(raw, 10);
  if (!Number.isFinite(n)) return min;
  return Math.min(max, Math.max(min, n));
}

function downloadCsv(text: string, fileName: string): void {
  const blob = new Blob([text], {type: 'text/csv;charset=utf-8'});
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

function SortHeader({col, sort, onSort}: {col: Column; sort: string; onSort: (id: string) => void}): ReactNode {
  const dir = sort === col.id ? 'ascending' : sort === `-${col.id}` ? 'descending' : 'none';
  return (
    <th scope="col" aria-sort={dir} className={clsx(col.numeric && styles.num)}>
      <button type="button" className={styles.sortButton} onClick={() => onSort(col.id)} title={col.description}>
        {col.label}
        <span aria-hidden="true" className={styles.sortMark}>
          {dir === 'ascending' ? '▲' : dir === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

function NumberField({id, label, max, value, onChange}: {id: string; label: string; max: number; value: number; onChange: (v: number) => void}): ReactNode {
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" min={0} max={max} inputMode="numeric" value={value || ''} placeholder="0"
        onChange={(e) => onChange(clampInt(e.target.value, 0, max))} />
    </div>
  );
}

type RowProps = {
  row: ExplorerRow;
  cols: Column[];
  open: boolean;
  compared: boolean;
  compareFull: boolean;
  onOpen: (name: string, trigger: HTMLElement) => void;
  onToggleCompare: (name: string) => void;
};

/** One table row; memoised so that sorting and paging only move or add rows. */
const Row = memo(function Row({row: r, cols, open, compared, compareFull, onOpen, onToggleCompare}: RowProps): ReactNode {
  return (
    <tr className={clsx(open && styles.current)}>
      {cols.map((c) =>
        c.id === 'type' ? (
          <th key="type" scope="row">
            <button type="button" className={styles.typeButton} aria-expanded={open} onClick={(e) => onOpen(r.type, e.currentTarget)}>
              {r.type}
            </button>
          </th>
        ) : (
          <td key={c.id} className={clsx(c.numeric && styles.num)}>
            {formatCell(c, r)}
          </td>
        ),
      )}
      <td>
        <input
          type="checkbox"
          aria-label={`Compare ${r.type}`}
          checked={compared}
          disabled={!compared && compareFull}
          onChange={() => onToggleCompare(r.type)}
        />
      </td>
    </tr>
  );
});

const FAMILY_OPTIONS = FAMILIES.map((f) => (
  <option key={f} value={f}>
    {f}
  </option>
));

export default function Explorer(): ReactNode {
  const {state, setState, ignored} = useUrlState(schema);
  const triggerRef = useRef<HTMLElement | null>(null);
  const [csvNote, setCsvNote] = useState('');

  const matched = useMemo(() => applyFilters(ROWS, state), [state]);
  const sorted = useMemo(() => sortRows(matched, state.sort), [matched, state.sort]);
  const pages = pageCount(sorted.length);
  const page = Math.min(state.page, pages);
  const shown = useMemo(() => pageSlice(sorted, page), [sorted, page]);
  const cols = useMemo(() => visibleColumns(['type', ...state.cols]), [state.cols]);
  const tableWidth = cols.reduce((w, c) => w + c.width, COMPARE_WIDTH);
  const sortCol = columnById(state.sort.replace(/^-/, ''));
  const sortLabel = `${sortCol?.label ?? 'Type'}, ${state.sort.startsWith('-') ? 'descending' : 'ascending'}`;

  const set = useCallback(
    <K extends keyof ExplorerState>(key: K, value: ExplorerState[K]) => {
      setState((prev) => ({...prev, [key]: value, ...((FILTER_KEYS as readonly string[]).includes(key as string) ? {page: 1} : {})}));
    },
    [setState],
  );

  const onSort = useCallback(
    (id: string) => setState((prev) => ({...prev, sort: prev.sort === id ? `-${id}` : id, page: 1})),
    [setState],
  );

  const clearFilters = () =>
    setState((prev) => {
      const next = {...prev, page: 1};
      for (const k of FILTER_KEYS) (next as Record<string, unknown>)[k] = schema[k].default;
      return next;
    });

  const openDetail = useCallback(
    (name: string, trigger: HTMLElement) => {
      triggerRef.current = trigger;
      set('type', name);
      // Move focus to the panel once it has rendered.
      requestAnimationFrame(() => document.getElementById(DETAIL_HEADING_ID)?.focus());
    },
    [set],
  );
  const closeDetail = () => {
    set('type', '');
    const t = triggerRef.current;
    if (t && document.contains(t)) t.focus();
  };
  const toggleCompare = useCallback(
    (name: string) =>
      setState((prev) => {
        if (prev.cmp.includes(name)) return {...prev, cmp: prev.cmp.filter((n) => n !== name)};
        if (prev.cmp.length >= MAX_COMPARE) return prev;
        return {...prev, cmp: [...prev.cmp, name]};
      }),
    [setState],
  );

  const exportCsv = () => {
    downloadCsv(toCsv(sorted, cols), 'ec2-instance-types.csv');
    setCsvNote(`Downloaded ${nf.format(sorted.length)} rows × ${cols.length} columns.`);
  };

  const detail = state.type ? BY_NAME.get(state.type) : undefined;
  const compared = state.cmp.map((n) => BY_NAME.get(n)).filter((r): r is ExplorerRow => r !== undefined);
  const filtersActive = FILTER_KEYS.some((k) => JSON.stringify(state[k]) !== JSON.stringify(schema[k].default));

  return (
    <div className={`${styles.explorer} ${reserve.reserve}`} data-testid="instance-explorer">
      <ParamNotice ignored={ignored} />

      <form className={styles.filters} role="search" aria-label="Filter instance types" onSubmit={(e) => e.preventDefault()}>
        <div className={clsx(styles.field, styles.search)}>
          <label htmlFor="ie-q">Search by name</label>
          <input
            id="ie-q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            placeholder="p5, m7i.large, *.metal"
            value={state.q}
            aria-describedby="ie-q-help"
            onChange={(e) => set('q', e.target.value.replace(/[^a-zA-Z0-9.*?\-, ]/g, '').slice(0, 60))}
          />
          <span id="ie-q-help" className={styles.help}>
            <code>p5</code> matches p5, p5e and p5en; <code>p5.</code> only p5; <code>*</code> and <code>?</code> are
            wildcards (<code>*.metal</code>); separate several with commas.
          </span>
        </div>

        <div className={styles.field}>
          <label htmlFor="ie-fam">Family</label>
          <select id="ie-fam" value={state.fam} onChange={(e) => set('fam', e.target.value)}>
            <option value="">All families</option>
            {FAMILY_OPTIONS}
          </select>
        </div>

        <div className={styles.field}>
          <label htmlFor="ie-ena">ENA support</label>
          <select id="ie-ena" value={state.ena} onChange={(e) => set('ena', e.target.value)}>
            <option value="">Any</option>
            <option value="required">required</option>
            <option value="supported">supported</option>
            <option value="unsupported">unsupported</option>
          </select>
        </div>

        <NumberField id="ie-minEfa" label="At least N EFAs" max={schema.minEfa.max} value={state.minEfa} onChange={(v) => set('minEfa', v)} />

        <NumberField id="ie-minEni" label="Minimum ENIs" max={schema.minEni.max} value={state.minEni} onChange={(v) => set('minEni', v)} />

        <NumberField id="ie-minIp" label="Minimum IPv4 per ENI" max={schema.minIp.max} value={state.minIp} onChange={(v) => set('minIp', v)} />

        <div className={styles.field}>
          <label htmlFor="ie-cards">Network cards</label>
          <select id="ie-cards" value={state.cards} onChange={(e) => set('cards', e.target.value)}>
            {CARD_OPTIONS.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>

        <fieldset className={clsx(styles.field, styles.range)}>
          <legend>Baseline bandwidth (Gbps)</legend>
          <label htmlFor="ie-bwMin">from</label>
          <DecimalInput id="ie-bwMin" className={styles.small} value={state.bwMin} onChange={(v) => set('bwMin', v)} />
          <label htmlFor="ie-bwMax">to</label>
          <DecimalInput id="ie-bwMax" className={styles.small} value={state.bwMax} onChange={(v) => set('bwMax', v)} />
        </fieldset>

        <div className={styles.field}>
          <label htmlFor="ie-metal">Bare metal</label>
          <select id="ie-metal" value={state.metal} onChange={(e) => set('metal', e.target.value)}>
            <option value="">Include</option>
            <option value="only">Only bare metal</option>
            <option value="no">Exclude bare metal</option>
          </select>
        </div>

        <fieldset className={clsx(styles.field, styles.checks)}>
          <legend>Features</legend>
          <label>
            <input type="checkbox" checked={state.efa} onChange={(e) => set('efa', e.target.checked)} /> EFA
          </label>
          <label>
            <input type="checkbox" checked={state.enax} onChange={(e) => set('enax', e.target.checked)} /> ENA Express
          </label>
          <label>
            <input type="checkbox" checked={state.cur} onChange={(e) => set('cur', e.target.checked)} /> Current generation only
          </label>
        </fieldset>

        <div className={styles.formActions}>
          <button type="button" className="button button--secondary button--sm" onClick={clearFilters} disabled={!filtersActive}>
            Clear filters
          </button>
        </div>
      </form>

      <div className={styles.toolbar}>
        <p className={styles.count} role="status" aria-live="polite" data-testid="result-count">
          <strong>{nf.format(sorted.length)}</strong> of {nf.format(ROWS.length)} instance types match
          {sorted.length > PAGE_SIZE ? ` (showing ${nf.format((page - 1) * PAGE_SIZE + 1)}–${nf.format((page - 1) * PAGE_SIZE + shown.length)})` : ''}.
        </p>
        <details className={styles.columns}>
          <summary>Columns ({cols.length} shown)</summary>
          <fieldset>
            <legend className="sr-only">Columns to show</legend>
            {COLUMNS.map((c) => (
              <label key={c.id} title={c.description}>
                <input
                  type="checkbox"
                  checked={c.id === 'type' || state.cols.includes(c.id)}
                  disabled={c.id === 'type'}
                  onChange={(e) =>
                    setState((prev) => {
                      const next = e.target.checked ? [...prev.cols, c.id] : prev.cols.filter((x) => x !== c.id);
                      return {...prev, cols: COLUMNS.map((x) => x.id).filter((id) => next.includes(id) || id === 'type')};
                    })
                  }
                />{' '}
                {c.label}
              </label>
            ))}
          </fieldset>
        </details>
        <button type="button" className="button button--primary button--sm" onClick={exportCsv} disabled={sorted.length === 0} data-testid="csv-button">
          Download CSV ({nf.format(sorted.length)} matching rows, {cols.length} shown columns)
        </button>
        <span className={styles.csvNote} role="status">{csvNote}</span>
      </div>

      {compared.length > 0 && (
        <ComparePanel
          rows={compared}
          onRemove={(n) => toggleCompare(n)}
          onClear={() => set('cmp', [])}
        />
      )}

      {detail && (
        <DetailPanel
          row={detail}
          compared={state.cmp.includes(detail.type)}
          compareFull={state.cmp.length >= MAX_COMPARE}
          onToggleCompare={() => toggleCompare(detail.type)}
          onClose={closeDetail}
          asOf={instanceCounts.asOf}
          karpenterDate={instanceDataProvenance.karpenter?.generated.slice(0, 10) ?? ''}
        />
      )}

      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Instance types table (scrolls sideways)">
        <table className={styles.table} data-testid="instance-table" style={{width: `${tableWidth}rem`}}>
          <caption className="sr-only">
            EC2 instance types and their network limits, {nf.format(sorted.length)} matching, sorted by {sortLabel}
          </caption>
          <colgroup>
            {cols.map((c) => (
              <col key={c.id} style={{width: `${c.width}rem`}} />
            ))}
            <col style={{width: `${COMPARE_WIDTH}rem`}} />
          </colgroup>
          <thead>
            <tr>
              {cols.map((c) => (
                <SortHeader key={c.id} col={c} sort={state.sort} onSort={onSort} />
              ))}
              <th scope="col">Compare</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <Row
                key={r.type}
                row={r}
                cols={cols}
                open={r.type === state.type}
                compared={state.cmp.includes(r.type)}
                compareFull={state.cmp.length >= MAX_COMPARE}
                onOpen={openDetail}
                onToggleCompare={toggleCompare}
              />
            ))}
          </tbody>
        </table>
        {sorted.length === 0 && <p className={styles.empty}>No instance type matches these filters.</p>}
      </div>

      {pages > 1 && (
        <nav className={styles.pager} aria-label="Result pages">
          <button type="button" className="button button--secondary button--sm" disabled={page <= 1} onClick={() => set('page', page - 1)}>
            Previous
          </button>
          <span>
            Page {page} of {pages}
          </span>
          <button type="button" className="button button--secondary button--sm" disabled={page >= pages} onClick={() => set('page', page + 1)}>
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
