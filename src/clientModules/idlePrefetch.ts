/**
 * Docusaurus prefetches the code of every internal link that scrolls into
 * view (`window.docusaurus.prefetch`, called by `@docusaurus/Link`). All the
 * links visible after hydration report in the same task, and each prefetch
 * adds `<link rel="prefetch">` elements, so on a long page that task blocked
 * the main thread for tens of milliseconds while the page was starting.
 *
 * This module keeps the prefetching but spreads it over idle time: the
 * `window.docusaurus` object (assigned by Docusaurus right after the client
 * modules are loaded) gets a `prefetch` that queues the route and handles the
 * queue in `requestIdleCallback`, a few milliseconds per idle period. Links to
 * pages that share their code (the per-type pages) are prefetched once.
 */
const SLICE_MS = 6;

type Docusaurus = {prefetch: (path: string) => unknown; preload: (path: string) => unknown};

/** The 1,373 per-type pages share one route and its chunks (src/plugins/instance-type-pages): one prefetch serves them all. */
export const routeKey = (path: string): string => path.replace(/\/docs\/types\/[^/?#]+/, '/docs/types/*').replace(/[?#].*$/, '');

export function idleQueue(run: (path: string) => unknown, schedule: (work: (deadline: IdleDeadline) => void) => void): (path: string) => boolean {
  const queue: string[] = [];
  // One route takes a few milliseconds; stop after SLICE_MS so no task grows long.
  const work = (deadline: IdleDeadline) => {
    const start = performance.now();
    do run(queue.shift()!);
    while (queue.length > 0 && performance.now() - start < SLICE_MS && (deadline.didTimeout || deadline.timeRemaining() > SLICE_MS));
    if (queue.length > 0) schedule(work);
  };
  const seen = new Set<string>();
  return (path) => {
    const key = routeKey(path);
    if (!seen.has(key)) {
      seen.add(key);
      if (queue.push(path) === 1) schedule(work);
    }
    return true;
  };
}

if (typeof window !== 'undefined' && 'requestIdleCallback' in window) {
  let wrapped: Docusaurus | undefined;
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => wrapped,
    set(real: Docusaurus) {
      wrapped = {...real, prefetch: idleQueue(real.prefetch, (work) => requestIdleCallback(work, {timeout: 5000}))};
    },
  });
}
