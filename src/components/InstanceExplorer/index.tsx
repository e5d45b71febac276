/**
 * <InstanceExplorer />: the instance-type network explorer on
 * /docs/reference/instance-types. Registered as a lazy island (see
 * src/theme/README.md): the server renders its default view (the first page
 * of rows) and the browser loads this code when it is needed.
 *
 * The whole explorer is one `<form method="get">` whose field names are its
 * URL parameters, so a search, a sort header or the pager works before the
 * code has arrived (the page reloads with the view in its URL). Once live,
 * every change applies at once and is written back to the URL.
 */
import {useCallback, useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import {useUrlState} from '@site/src/hooks/useUrlState';
import {defaultState} from '@site/src/lib/urlState';
import {
  FILTER_KEYS,
  MAX_COMPARE,
  activeFilterCount,
  applyFilters,
  columnById,
  describeView,
  pageCount,
  pageSlice,
  sortRows,
  visibleColumns,
  type ExplorerRow,
  type ExplorerState,
} from '@site/src/lib/instanceFilter';
import ColumnChooser from './ColumnChooser';
import ComparePanel from './ComparePanel';
import CsvDownload from './CsvDownload';
import DetailPanel, {DETAIL_HEADING_ID} from './DetailPanel';
import FilterBar from './FilterBar';
import FilterPanel from './FilterPanel';
import Pager from './Pager';
import DataFreshness from './DataFreshness';
import RestoredNotice from './RestoredNotice';
import ResultsTable from './ResultsTable';
import {BY_NAME, FORM_ID, ROWS, schema, type SetKey} from './model';
import styles from './styles.module.css';

const DEFAULTS = defaultState(schema);

export default function InstanceExplorer(): ReactNode {
  const {state, setState: setUrlState, ignored, ready} = useUrlState(schema);
  const rootRef = useRef<HTMLFormElement>(null);
  const triggerRef = useRef<HTMLElement | null>(null);
  // What a shared link restored; cleared by the reader's first change.
  const [restored, setRestored] = useState<string | null>(null);

  const setState = useCallback(
    (fn: (prev: ExplorerState) => ExplorerState) => {
      setRestored(null);
      setUrlState(fn);
    },
    [setUrlState],
  );
  const set: SetKey = useCallback(
    (key, value) => setState((prev) => ({...prev, [key]: value, ...((FILTER_KEYS as readonly string[]).includes(key) ? {page: 1} : {})})),
    [setState],
  );

  // A link that carries a view: scroll to the explorer and say what was restored.
  useEffect(() => {
    if (!ready) return;
    const view = describeView(state, DEFAULTS);
    if (view) setRestored(view);
    if ((view || ignored.length > 0) && !window.location.hash) rootRef.current?.scrollIntoView({block: 'start'});
    // Only once, when the URL has been read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  const matched = useMemo(() => applyFilters(ROWS, state), [state]);
  const sorted = useMemo(() => sortRows(matched, state.sort), [matched, state.sort]);
  const pages = pageCount(sorted.length);
  const page = Math.min(state.page, pages);
  const shown = useMemo(() => pageSlice(sorted, page), [sorted, page]);
  const cols = useMemo(() => visibleColumns(['type', ...state.cols]), [state.cols]);
  const sortLabel = `${columnById(state.sort.replace(/^-/, ''))?.label ?? 'Type'}, ${state.sort.startsWith('-') ? 'descending' : 'ascending'}`;

  const onSort = useCallback((id: string) => setState((prev) => ({...prev, sort: prev.sort === id ? `-${id}` : id, page: 1})), [setState]);
  const openDetail = useCallback(
    (name: string, trigger: HTMLElement) => {
      triggerRef.current = trigger;
      set('type', name);
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
  const clearFilters = () => setState((prev) => ({...prev, ...Object.fromEntries(FILTER_KEYS.map((k) => [k, DEFAULTS[k]])), page: 1}));

  const detail = state.type ? BY_NAME.get(state.type) : undefined;
  const compared = state.cmp.map((n) => BY_NAME.get(n)).filter((r): r is ExplorerRow => r !== undefined);
  const active = activeFilterCount(state, DEFAULTS);

  return (
    <form
      id={FORM_ID}
      ref={rootRef}
      method="get"
      className={styles.explorer}
      aria-label="Instance-type explorer"
      data-testid="instance-explorer"
      data-restored={restored ? 'true' : undefined}
      onSubmit={(e) => e.preventDefault()}>
      <FilterBar q={state.q} onSearch={(q) => set('q', q)} matched={sorted.length} page={page} shown={shown.length}>
        <ColumnChooser cols={state.cols} onChange={(c) => set('cols', c)} />
        <CsvDownload rows={sorted} cols={cols} />
      </FilterBar>
      <FilterPanel state={state} set={set} active={active} onClear={clearFilters} />
      {/* The view's other parameters, so that a submit before the code arrives keeps them. */}
      {state.cols.join(',') !== DEFAULTS.cols.join(',') && <input type="hidden" name="cols" value={state.cols.join(',')} />}
      {state.cmp.length > 0 && <input type="hidden" name="cmp" value={state.cmp.join(',')} />}
      <RestoredNotice summary={restored} ignored={ignored} onReset={() => setState(() => DEFAULTS)} />
      {compared.length > 0 && <ComparePanel rows={compared} onRemove={toggleCompare} onClear={() => set('cmp', [])} />}
      {detail && (
        <DetailPanel
          row={detail}
          compared={state.cmp.includes(detail.type)}
          compareFull={state.cmp.length >= MAX_COMPARE}
          onToggleCompare={() => toggleCompare(detail.type)}
          onClose={closeDetail}
        />
      )}
      <ResultsTable
        rows={shown}
        matched={sorted.length}
        cols={cols}
        sort={state.sort}
        sortLabel={sortLabel}
        openType={state.type}
        cmp={state.cmp}
        compareFull={state.cmp.length >= MAX_COMPARE}
        onSort={onSort}
        onOpen={openDetail}
        onToggleCompare={toggleCompare}
      />
      <Pager page={page} pages={pages} onPage={(p) => set('page', p)} />
      <DataFreshness />
    </form>
  );
}
