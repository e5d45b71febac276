/**
 * The one way to load an interactive tool (see src/theme/README.md).
 *
 * - Server: the tool is rendered in full (`use` makes the static render wait
 *   for the chunk), so the HTML works as a document without JavaScript.
 * - Browser: hydration keeps that HTML untouched (an empty
 *   `dangerouslySetInnerHTML` leaf); the chunk loads when the island comes
 *   near the viewport, on pointer/focus/touch intent, or at once when the URL
 *   carries a query or hash (or `eager()` says there is saved state).
 * - Handoff: every tool's controls are a `<form method="get">` named after its
 *   URL parameters. Before the live tool mounts, the fields the reader changed
 *   are copied into the URL (the live tool reads its state from there) and
 *   focus goes back to the same-named field. A submit before the code arrives
 *   simply reloads the page with the state in the URL.
 * - A swap nobody asked for (visible, URL state) renders in a transition, so
 *   React splits it into short tasks; a pointer, key or focus on the island
 *   meanwhile swaps it at once. A swap on intent renders at once.
 * - The live markup equals the server markup, so the swap shifts nothing.
 *   Islands that load together go live together, so tools sharing a URL have
 *   registered their schemas before any of them reads it.
 *
 * Why not React.lazy + Suspense on the server: React 19 outlines a large
 * completed Suspense boundary (sent hidden, moved into place by a script), so
 * with JavaScript off the tool would stay hidden.
 */
import {startTransition, use, useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {hydrating} from '@site/src/lib/hydrating';
import {loadHighlighter} from '@site/src/theme/CodeBlock/Content/loadHighlighter';
import {copyFormsToUrl, restoreFocus, type FocusedField} from './handoff';

type Module<P> = {default: ComponentType<P>};

export type IslandOptions = {
  /** Load when the island nears the viewport (default true; the search bar waits for intent). */
  whenVisible?: boolean;
  /** Load at once when this returns true (state kept outside the URL, e.g. localStorage). */
  eager?: () => boolean;
};

/** How far outside the viewport an island starts loading. */
const NEAR = '600px 0px';
const INTENT_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'touchstart'] as const;
/** Acting on the static HTML while a transition swap is pending. */
const ACT_EVENTS = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;

const inflight = new Set<Promise<unknown>>();
async function allLoaded(): Promise<void> {
  for (;;) {
    const snapshot = [...inflight];
    await Promise.allSettled(snapshot);
    if (inflight.size === snapshot.length) return;
  }
}

export function lazyIsland<P extends object>(load: () => Promise<Module<P>>, options: IslandOptions = {}): (props: P) => ReactNode {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<Module<P>> | null = null;
  const start = () => {
    pending ??= load().then((m) => {
      loaded = m.default;
      return m;
    });
    inflight.add(pending);
    return pending;
  };

  return function Island(props: P): ReactNode {
    const [Live, setLive] = useState<ComponentType<P> | null>(() => loaded);
    // Mounted after hydration (client-side navigation) or on `npm start`: no server HTML to keep.
    const [afterHydration] = useState(() => !hydrating());
    const ref = useRef<HTMLDivElement>(null);
    const focused = useRef<FocusedField | null>(null);

    useEffect(() => {
      const root = ref.current;
      if (Live || !root) return;
      let alive = true;
      let observer: IntersectionObserver | undefined;
      const stopWatching = () => {
        observer?.disconnect();
        for (const e of INTENT_EVENTS) root.removeEventListener(e, onIntent);
        for (const e of ACT_EVENTS) root.removeEventListener(e, swapNow, {capture: true});
      };
      // Swap now: the reader is acting on this island. Set from a key or pointer event, the update
      // is rendered in the microtask after the listener, before the key's character is typed.
      const swapNow = () => {
        stopWatching();
        focused.current = copyFormsToUrl(root!);
        setLive(() => loaded);
      };
      const onIntent = () => go(true);
      function go(intent: boolean) {
        stopWatching();
        // Code blocks in the live tool are highlighted in the browser: load the highlighter
        // first, so they come in with the same tokens as the server HTML.
        void Promise.all([start(), root!.querySelector('.theme-code-block') && loadHighlighter()])
          .then(allLoaded)
          .then(() => {
            if (!alive) return;
            if (intent) return swapNow();
            // Not asked for (visible or URL state): render in a transition, which React splits into
            // short tasks; should the reader act on the static HTML meanwhile, swap at once.
            for (const e of ACT_EVENTS) root!.addEventListener(e, swapNow, {capture: true});
            focused.current = copyFormsToUrl(root!);
            startTransition(() => setLive(() => loaded));
          })
          // A chunk that fails to load leaves the static HTML (a working form) in place.
          .catch(() => undefined);
      }
      const {search, hash} = window.location;
      if (afterHydration || search || hash || options.eager?.()) {
        go(false);
      } else {
        for (const e of INTENT_EVENTS) root.addEventListener(e, onIntent, {passive: true});
        if (options.whenVisible !== false && 'IntersectionObserver' in window) {
          observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go(false), {rootMargin: NEAR});
          observer.observe(root);
        }
      }
      return () => {
        alive = false;
        stopWatching();
      };
    }, [Live, afterHydration]);

    useLayoutEffect(() => {
      if (Live && ref.current && focused.current) restoreFocus(ref.current, focused.current);
      focused.current = null;
    }, [Live]);

    if (!ExecutionEnvironment.canUseDOM) {
      const Server = use(start()).default;
      return (
        <div data-island="static">
          <Server {...props} />
        </div>
      );
    }
    if (Live) {
      return (
        <div key="live" ref={ref} data-island="live">
          <Live {...props} />
        </div>
      );
    }
    // Keeps the server-rendered HTML as it is until the chunk has loaded.
    return <div key="server" ref={ref} data-island="static" suppressHydrationWarning dangerouslySetInnerHTML={{__html: ''}} />;
  };
}
