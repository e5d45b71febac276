/**
 * Wraps the offline search bar (@easyops-cn/docusaurus-search-local) as a lazy
 * island: the server renders it in full, and its code (the autocomplete
 * widget, about 5 KB gzip) loads when the reader points at or focuses the
 * search box, instead of on every page's first load. See src/theme/README.md.
 */
import {useEffect, type ReactNode} from 'react';
import {lazyIsland} from '@site/src/components/LazyIsland';

const Island = lazyIsland(() => import('@theme-original/SearchBar'));

/** Ctrl/Cmd+K works before the search code has loaded: focusing the box loads it. */
function useFocusShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'k' || !(e.ctrlKey || e.metaKey)) return;
      const input = document.querySelector<HTMLInputElement>('[data-island="static"] .navbar__search-input');
      if (!input) return;
      e.preventDefault();
      input.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

export default function SearchBar(props: Record<string, never>): ReactNode {
  useFocusShortcut();
  return <Island {...props} />;
}
