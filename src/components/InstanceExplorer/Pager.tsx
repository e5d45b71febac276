import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** Previous / next page: submit buttons carrying the page number, so they work before the code arrives. */
export default function Pager({page, pages, onPage}: {page: number; pages: number; onPage: (p: number) => void}): ReactNode {
  if (pages <= 1) return null;
  const go = (p: number) => (e: React.MouseEvent) => {
    e.preventDefault();
    onPage(p);
  };
  return (
    <nav className={styles.pager} aria-label="Result pages">
      <button type="submit" name="page" value={page - 1} className="button button--secondary button--sm" disabled={page <= 1} onClick={go(page - 1)}>
        Previous
      </button>
      <span>
        Page {page} of {pages}
      </span>
      <button type="submit" name="page" value={page + 1} className="button button--secondary button--sm" disabled={page >= pages} onClick={go(page + 1)}>
        Next
      </button>
    </nav>
  );
}
