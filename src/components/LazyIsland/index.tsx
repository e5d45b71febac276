/**
 * Server-rendered, lazily loaded MDX components ("islands").
 *
 * - On the server the component is rendered in full (React's `use` makes the
 *   static render wait for the chunk), so the HTML is complete without
 *   JavaScript and the broken-anchor check sees its anchors.
 * - In the browser the chunk is NOT part of the page's bundles. Hydration
 *   keeps the server HTML untouched (an empty `dangerouslySetInnerHTML` leaf)
 *   and the page's first load carries none of the tool's code.
 * - The chunk loads when the reader reaches for the tool (pointer over it,
 *   focus or touch inside it), or at once when the URL carries a query or a
 *   hash (a shared tool state to restore), or after a client-side navigation
 *   (no server HTML to keep). The live component then replaces
 *   the server HTML with identical markup; focus, typed text and a click or
 *   key press made while the chunk was loading are carried over (see
 *   src/lib/islandHandoff.ts), so nothing the reader did is lost.
 * - Islands that load together go live together, so tools sharing one page's
 *   URL have all registered their URL schemas (at module level) before any of
 *   them reads the URL and reports unknown parameters.
 *
 * Why not React.lazy + Suspense: React 19 streams a large Suspense boundary
 * out of order (hidden, moved into place by a script), so with JavaScript off
 * the content would stay hidden.
 */
import {use, useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {captureHandoff, replayHandoff, type Handoff} from '@site/src/lib/islandHandoff';

type Module<P> = {default: ComponentType<P>};

const inflight = new Set<Promise<unknown>>();

async function allLoaded(): Promise<void> {
  for (;;) {
    const snapshot = [...inflight];
    await Promise.allSettled(snapshot);
    if (inflight.size === snapshot.length) return;
  }
}

/** Events that show the reader is about to use the tool. */
const INTENT_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'touchstart'] as const;

export function lazyIsland<P extends object>(load: () => Promise<Module<P>>): (props: P) => ReactNode {
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
    // Mounted after hydration (a client-side navigation): there is no server
    // HTML to show meanwhile, so load at once.
    const isBrowser = useIsBrowser();
    const [wanted, setWanted] = useState(isBrowser);
    const ref = useRef<HTMLDivElement>(null);
    const handoff = useRef<Handoff | null>(null);
    const hold = useRef<ReturnType<typeof captureHandoff> | null>(null);

    // Before going live: wait for intent, and hold clicks and key presses.
    useEffect(() => {
      const root = ref.current;
      if (Live || !root) return;
      const go = () => setWanted(true);
      if (window.location.search || window.location.hash) go();
      hold.current = captureHandoff(root, go);
      for (const e of INTENT_EVENTS) root.addEventListener(e, go, {passive: true});
      return () => {
        hold.current?.stop();
        for (const e of INTENT_EVENTS) root.removeEventListener(e, go);
      };
    }, [Live]);

    useEffect(() => {
      if (Live || !wanted) return;
      let alive = true;
      void start()
        .then(allLoaded)
        .then(() => {
          if (!alive) return;
          // Snapshot focus and typed text while the server HTML is still there.
          handoff.current = hold.current?.stop() ?? null;
          setLive(() => loaded);
        })
        // A chunk that fails to load leaves the static HTML in place.
        .catch(() => undefined);
      return () => {
        alive = false;
      };
    }, [Live, wanted]);

    // Once live: give back focus, typed text and the held click or key press.
    useLayoutEffect(() => {
      if (Live && ref.current && handoff.current) {
        replayHandoff(ref.current, handoff.current);
        handoff.current = null;
      }
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
