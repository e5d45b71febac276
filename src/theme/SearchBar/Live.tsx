/**
 * The search island's module: on the server, a GET form to the search page
 * (?q=…, what the search page reads); in the browser, the offline search's
 * own search bar.
 */
import type {ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useBaseUrl from '@docusaurus/useBaseUrl';
import OriginalSearchBar from '@theme-original/SearchBar';
import styles from './styles.module.css';

export default function Live(): ReactNode {
  const isBrowser = useIsBrowser();
  const action = useBaseUrl('/search');
  if (isBrowser) return <OriginalSearchBar />;
  return (
    <form method="get" action={action} role="search" className={`navbar__search ${styles.form}`}>
      <input type="search" name="q" placeholder="Search" aria-label="Search" className="navbar__search-input" />
    </form>
  );
}
