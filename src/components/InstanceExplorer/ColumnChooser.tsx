import type {ReactNode} from 'react';
import {COLUMNS} from '@site/src/lib/instanceFilter';
import styles from './styles.module.css';

/** "Columns (N shown)": which columns the table shows, in the chooser's order. */
export default function ColumnChooser({cols, onChange}: {cols: readonly string[]; onChange: (cols: string[]) => void}): ReactNode {
  return (
    <details className={styles.columns}>
      <summary>Columns ({cols.length} shown)</summary>
      <fieldset>
        <legend className="sr-only">Columns to show</legend>
        {COLUMNS.map((c) => (
          <label key={c.id} title={c.description}>
            <input
              type="checkbox"
              checked={c.id === 'type' || cols.includes(c.id)}
              disabled={c.id === 'type'}
              onChange={(e) => {
                const next = e.target.checked ? [...cols, c.id] : cols.filter((x) => x !== c.id);
                onChange(COLUMNS.map((x) => x.id).filter((id) => next.includes(id) || id === 'type'));
              }}
            />{' '}
            {c.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
