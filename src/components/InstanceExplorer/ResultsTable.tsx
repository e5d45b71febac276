/**
 * The results table: sortable headers (submit buttons with the sort as their
 * value, so a click works before the code arrives), type names linking to
 * their pages, a quick-look button per row and the compare checkboxes.
 * The header row and the first column stay put while the table scrolls.
 */
import {memo, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {formatCell, type Column} from '@site/src/lib/instanceFilter';
import {nf, type ExplorerRow} from './model';
import styles from './styles.module.css';
import DisagreementMark from './DisagreementMark';

/** The width (em) of the Compare column. */
const COMPARE_WIDTH = 6.5;

/** An "i" in a circle, drawn (the ⓘ character is missing from many fonts). */
function InfoIcon(): ReactNode {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6">
      <circle cx="8" cy="8" r="6.5" />
      <path d="M8 7v4.5M8 4.6v.2" strokeLinecap="round" />
    </svg>
  );
}

function SortHeader({col, sort, onSort}: {col: Column; sort: string; onSort: (id: string) => void}): ReactNode {
  const dir = sort === col.id ? 'ascending' : sort === `-${col.id}` ? 'descending' : 'none';
  return (
    <th scope="col" aria-sort={dir} className={clsx(col.numeric && styles.num)}>
      <button
        type="submit"
        name="sort"
        value={sort === col.id ? `-${col.id}` : col.id}
        className={styles.sortButton}
        title={col.description}
        onClick={(e) => {
          e.preventDefault();
          onSort(col.id);
        }}
      >
        {col.label}
        <span aria-hidden="true" className={styles.sortMark}>
          {dir === 'ascending' ? '▲' : dir === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
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
            <span className={styles.typeCell}>
              <Link to={`/docs/types/${r.type}`} className={styles.typeLink}>
                {r.type}
              </Link>
              <button
                type="submit"
                name="type"
                value={r.type}
                className={styles.quickLook}
                aria-expanded={open}
                aria-label={`Quick look: ${r.type}`}
                title="Quick look"
                onClick={(e) => {
                  e.preventDefault();
                  onOpen(r.type, e.currentTarget);
                }}
              >
                <InfoIcon />
              </button>
            </span>
          </th>
        ) : (
          <td key={c.id} className={clsx(c.numeric && styles.num)}>
            {formatCell(c, r)}
            {c.id === 'base' && <DisagreementMark docsGbps={r.docsBaselineGbps} />}
          </td>
        ),
      )}
      <td className={styles.compareCol}>
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

export default function ResultsTable({
  rows,
  matched,
  cols,
  sort,
  sortLabel,
  openType,
  cmp,
  compareFull,
  onSort,
  onOpen,
  onToggleCompare,
}: {
  rows: ExplorerRow[];
  matched: number;
  cols: Column[];
  sort: string;
  sortLabel: string;
  openType: string;
  cmp: readonly string[];
  compareFull: boolean;
  onSort: (id: string) => void;
  onOpen: (name: string, trigger: HTMLElement) => void;
  onToggleCompare: (name: string) => void;
}): ReactNode {
  const width = cols.reduce((w, c) => w + c.width, COMPARE_WIDTH);
  return (
    <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Instance types table (scrolls both ways)">
      <table className={styles.table} data-testid="instance-table" style={{width: `${width}em`}}>
        <caption className="sr-only">
          EC2 instance types and their network limits, {nf.format(matched)} matching, sorted by {sortLabel}
        </caption>
        <colgroup>
          {cols.map((c) => (
            <col key={c.id} style={{width: `${c.width}em`}} />
          ))}
          <col style={{width: `${COMPARE_WIDTH}em`}} />
        </colgroup>
        <thead>
          <tr>
            {cols.map((c) => (
              <SortHeader key={c.id} col={c} sort={sort} onSort={onSort} />
            ))}
            <th scope="col" className={styles.compareCol}>
              Compare
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <Row
              key={r.type}
              row={r}
              cols={cols}
              open={r.type === openType}
              compared={cmp.includes(r.type)}
              compareFull={compareFull}
              onOpen={onOpen}
              onToggleCompare={onToggleCompare}
            />
          ))}
        </tbody>
      </table>
      {matched === 0 && <p className={styles.empty}>No instance type matches these filters.</p>}
    </div>
  );
}
