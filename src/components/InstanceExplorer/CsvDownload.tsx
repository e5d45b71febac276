import {useState, type ReactNode} from 'react';
import {toCsv, type Column} from '@site/src/lib/instanceFilter';
import {nf, type ExplorerRow} from './model';
import styles from './styles.module.css';

function download(text: string, fileName: string): void {
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

/** "Download CSV": every matching row (all pages, in the shown order) with the shown columns. */
export default function CsvDownload({rows, cols}: {rows: ExplorerRow[]; cols: Column[]}): ReactNode {
  const [note, setNote] = useState('');
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--sm"
        disabled={rows.length === 0}
        data-testid="csv-button"
        aria-label={`Download CSV (${nf.format(rows.length)} matching rows, ${cols.length} shown columns)`}
        onClick={() => {
          download(toCsv(rows, cols), 'ec2-instance-types.csv');
          setNote(`Downloaded ${nf.format(rows.length)} rows × ${cols.length} columns.`);
        }}>
        Download CSV
      </button>
      <span className={styles.csvNote} role="status">
        {note}
      </span>
    </>
  );
}
