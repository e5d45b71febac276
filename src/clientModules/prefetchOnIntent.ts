/**
 * Docusaurus' `Link` prefetches the code of every internal link that scrolls
 * into view (`window.docusaurus.prefetch`) and preloads it when the pointer
 * enters or a finger touches the link (`window.docusaurus.preload`). On a long
 * page the prefetching of the visible sidebar, navbar, footer and body links
 * added hundreds of `<link rel="prefetch">` elements while the page was
 * starting: about 60 ms of main-thread work on /docs/efa (CPU profile of the
 * production build, 2026-12-03), the largest task after hydration. Spreading it
 * over idle time still cost Lighthouse points.
 *
 * This module keeps the preload on intent and drops the prefetch on view: the
 * code of the next page starts loading when the reader reaches for its link,
 * and navigation waits for it as it always does.
 */
export type Docusaurus = {prefetch: (path: string) => unknown; preload: (path: string) => unknown};

export function withoutViewPrefetch(real: Docusaurus): Docusaurus {
  return {...real, prefetch: () => false};
}

if (typeof window !== 'undefined') {
  let wrapped: Docusaurus | undefined;
  // Docusaurus assigns window.docusaurus right after loading the client modules.
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => wrapped,
    set(real: Docusaurus) {
      wrapped = withoutViewPrefetch(real);
    },
  });
}
