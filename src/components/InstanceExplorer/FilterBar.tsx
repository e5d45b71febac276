/**
 * The always-visible bar above the table: the name search, the result count
 * and the submit button of the explorer's form (the form works before the
 * code has loaded and with JavaScript off; once live, changes apply as you type).
 */
import type {ReactNode} from 'react';
import {PAGE_SIZE} from '@site/src/lib/instanceFilter';
import {nf, ROWS} from './model';
import styles from './styles.module.css';

export default function FilterBar({
  q,
  onSearch,
  matched,
  page,
  shown,
  children,
}: {
  q: string;
  onSearch: (q: string) => void;
  matched: number;
  page: number;
  shown: number;
  /** The toggles for the filter panel, columns and CSV. */
  children: ReactNode;
}): ReactNode {
  const first = (page - 1) * PAGE_SIZE + 1;
  return (
    <div className={styles.bar} data-testid="filter-bar">
      <div className={styles.searchRow}>
        <label htmlFor="ie-q" className={styles.searchLabel}>
          Search by name
        </label>
        <input
          id="ie-q"
          name="q"
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder="p5, m7i.large, *.metal"
          value={q}
          aria-describedby="ie-q-help"
          className={styles.searchInput}
          onChange={(e) => onSearch(e.target.value.replace(/[^a-zA-Z0-9.*?\-, ]/g, '').slice(0, 60))}
        />
        <button type="submit" className="button button--secondary button--sm">
          Apply
        </button>
      </div>
      <p id="ie-q-help" className={styles.help}>
        <code>p5</code> matches p5, p5e and p5en; <code>p5.</code> only p5; <code>*</code> and <code>?</code> are wildcards
        (<code>*.metal</code>); separate several with commas.
      </p>
      <div className={styles.barRow}>
        <p className={styles.count} role="status" aria-live="polite" data-testid="result-count">
          <strong>{nf.format(matched)}</strong> of {nf.format(ROWS.length)} instance types match
          {matched > PAGE_SIZE ? ` (showing ${nf.format(first)}–${nf.format(first + shown - 1)})` : ''}.
        </p>
        {children}
      </div>
    </div>
  );
}
