/**
 * The navbar search as a lazy island (see src/theme/README.md). The server
 * renders a plain GET form to the search page (works with JavaScript off and
 * before the code arrives); the offline search's autocomplete
 * (@easyops-cn/docusaurus-search-local, about 5 KB gzip) loads on pointer or
 * focus intent, and takes over the typed text and focus.
 */
import {useEffect, type ReactNode} from 'react';
import {lazyIsland} from '@site/src/components/LazyIsland';

const Island = lazyIsland(() => import(/* webpackChunkName: "tool-search" */ './Live'), {whenVisible: false});

/** Ctrl/Cmd+K works before the search code has loaded: focusing the box loads it. */
function useFocusShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'k' || !(e.ctrlKey || e.metaKey)) return;
      const input = document.querySelector<HTMLInputElement>('[data-island="static"] input[name="q"]');
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
