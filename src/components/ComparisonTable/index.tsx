/**
 * The ENI / ENA / EFA comparison table. The server renders every row with the
 * default columns, so the table is complete without JavaScript; the controls
 * then filter rows and columns, and the state lives in the URL
 * (?cmp=ena,efa&diff=1&cat=performance&hl=efa). The controls are a GET form
 * named after those parameters (the lazy-island handoff). Logic: src/lib/comparison.ts.
 */
import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {registerSchema, useUrlState} from '@site/src/hooks/useUrlState';
import ParamNotice from '@site/src/components/ParamNotice';
import CodeText from '@site/src/components/CodeText';
import {CATEGORIES, ROWS} from '@site/src/data/interfaces';
import {COLUMNS, comparisonSchema, columnsFor, isRowVisible, toggleColumn, visibleRows} from '@site/src/lib/comparison';
import styles from './styles.module.css';

registerSchema(comparisonSchema);

const COLUMN_CLASS: Record<string, string | undefined> = {
  eni: styles.colEni,
  ena: styles.colEna,
  efa: styles.colEfa,
  'efa-only': styles.colEfaOnly,
};

export default function ComparisonTable(): ReactNode {
  const {state, setState, ignored, ready} = useUrlState(comparisonSchema);
  const {collectAnchor} = useBrokenLinks();
  const captionId = useId();
  for (const row of ROWS) collectAnchor(`cmp-${row.id}`);

  const cols = columnsFor(state.cmp);
  const shown = visibleRows(ROWS, state).length;
  const highlight = state.cmp.includes(state.hl) ? state.hl : 'none';
  const hlLabel = COLUMNS.find((c) => c.id === highlight)?.label;

  return (
    <div className={styles.root} data-testid="comparison" data-ready={ready ? 'true' : 'false'}>
      <ParamNotice ignored={ignored} />
      <form method="get" className={styles.controls} onSubmit={(e) => e.preventDefault()} aria-label="Table options">
        <fieldset className={styles.group}>
          <legend>Compare</legend>
          {COLUMNS.map((c) => {
            const checked = state.cmp.includes(c.id);
            const locked = checked && state.cmp.length <= comparisonSchema.cmp.min;
            return (
              <label key={c.id} className={styles.check}>
                <input
                  type="checkbox"
                  name="cmp"
                  value={c.id}
                  checked={checked}
                  aria-disabled={locked || undefined}
                  onChange={() => setState((s) => ({...s, cmp: toggleColumn(s.cmp, c.id)}))}
                />
                {c.label}
              </label>
            );
          })}
          <span className={styles.hint}>(at least two)</span>
        </fieldset>
        <fieldset className={styles.group}>
          <legend>Category</legend>
          {[{id: 'all', label: 'All'}, ...CATEGORIES].map((cat) => (
            <button
              key={cat.id}
              type="submit"
              name="cat"
              value={cat.id}
              className={styles.toggle}
              aria-pressed={state.cat === cat.id}
              onClick={() => setState((s) => ({...s, cat: cat.id}))}
            >
              {cat.label}
            </button>
          ))}
        </fieldset>
        <fieldset className={styles.group}>
          <legend>Highlight a column</legend>
          {[{id: 'none', label: 'None'}, ...cols].map((c) => (
            <button
              key={c.id}
              type="submit"
              name="hl"
              value={c.id}
              className={styles.toggle}
              aria-pressed={highlight === c.id}
              onClick={() => setState((s) => ({...s, hl: c.id}))}
            >
              {c.label}
            </button>
          ))}
        </fieldset>
        <label className={clsx(styles.check, styles.diff)}>
          <input type="checkbox" name="diff" value="1" checked={state.diff} onChange={(e) => setState((s) => ({...s, diff: e.target.checked}))} />
          Show only differences
        </label>
        <noscript>
          <button type="submit" className={styles.toggle}>
            Apply
          </button>
        </noscript>
      </form>
      <p className={styles.count} aria-live="polite" data-testid="row-count">
        Showing {shown} of {ROWS.length} rows{hlLabel ? `, ${hlLabel} highlighted` : ''}.
      </p>

      <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={styles.table}>
          <caption id={captionId} className={styles.caption}>
            ENI, ENA and EFA side by side
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.rowHead}>
                Feature
              </th>
              {cols.map((c) => (
                <th key={c.id} scope="col" className={clsx(COLUMN_CLASS[c.id], highlight === c.id && styles.hl)} title={c.long}>
                  {c.label}
                </th>
              ))}
              <th scope="col" className={styles.notes}>
                Notes and sources
              </th>
            </tr>
          </thead>
          {CATEGORIES.map((cat) => {
            const rows = ROWS.filter((r) => r.category === cat.id);
            const anyVisible = rows.some((r) => isRowVisible(r, state));
            return (
              <tbody key={cat.id} hidden={!anyVisible}>
                <tr className={styles.catRow}>
                  <th scope="colgroup" colSpan={cols.length + 2}>
                    {cat.label}
                  </th>
                </tr>
                {rows.map((row) => {
                  const efaOnlyHidden = !state.cmp.includes('efa-only');
                  return (
                    <tr key={row.id} id={`cmp-${row.id}`} hidden={!isRowVisible(row, state)} data-row={row.id}>
                      <th scope="row" className={styles.rowHead}>
                        <a className={styles.anchor} href={`#cmp-${row.id}`} aria-label={`Link to the row “${row.label}”`}>
                          #
                        </a>
                        {row.label}
                      </th>
                      {cols.map((c) => (
                        <td key={c.id} className={clsx(highlight === c.id && styles.hl)} data-label={c.label}>
                          <CodeText text={row.values[c.key]} />
                          {c.id === 'efa' && efaOnlyHidden && row.values.efa !== row.values.efaOnly && (
                            <span className={styles.aside}>
                              <code>efa-only</code>: <CodeText text={row.values.efaOnly} />
                            </span>
                          )}
                        </td>
                      ))}
                      <td className={styles.notes} data-label="Notes and sources">
                        {row.note && <span className={styles.note}>{row.note} </span>}
                        <span className={styles.sources}>
                          {row.sources.map((s, i) => (
                            <a key={s} href={s} rel="noopener" title={s}>
                              {`[${i + 1}]`}
                              <span className="sr-only"> source for {row.label}</span>
                            </a>
                          ))}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            );
          })}
        </table>
      </div>
    </div>
  );
}
