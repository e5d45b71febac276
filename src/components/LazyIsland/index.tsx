/**
 * Server-rendered, lazily loaded MDX components ("islands").
 *
 * - On the server the component is rendered in full (React's `use` makes the
 *   static render wait for the chunk), so the HTML is complete without
 *   JavaScript and the broken-anchor check sees its anchors.
 * - In the browser the chunk is NOT part of the page's bundles: hydration keeps
 *   the server HTML untouched (an empty `dangerouslySetInnerHTML` leaf), the
 *   chunk loads after hydration, and the live component then replaces that
 *   HTML with identical markup. Pages that do not use the component never
 *   load it.
 *
 * Why not React.lazy + Suspense: React 19 streams a large Suspense boundary
 * out of order (hidden, moved into place by a script), so with JavaScript off
 * the content would stay hidden.
 */
import {use, useEffect, useState, type ComponentType, type ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

type Module<P> = {default: ComponentType<P>};

/**
 * Chunk loads started by any island on the page. An island goes live only
 * once every island started in the same commit has loaded, so tools sharing
 * one page's URL have all registered their URL schemas (at module level)
 * before any of them reads the URL and reports unknown parameters.
 */
const inflight = new Set<Promise<unknown>>();

async function allLoaded(): Promise<void> {
  for (;;) {
    const snapshot = [...inflight];
    await Promise.allSettled(snapshot);
    if (inflight.size === snapshot.length) return;
  }
}

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
    useEffect(() => {
      if (Live) return;
      void start()
        .then(allLoaded)
        .then(() => setLive(() => loaded))
        // A chunk that fails to load leaves the static HTML in place.
        .catch(() => undefined);
    }, [Live]);

    if (!ExecutionEnvironment.canUseDOM) {
      const Server = use(start()).default;
      return (
        <div>
          <Server {...props} />
        </div>
      );
    }
    if (Live) {
      return (
        <div key="live">
          <Live {...props} />
        </div>
      );
    }
    // Keeps the server-rendered HTML as it is until the chunk has loaded.
    return <div key="server" suppressHydrationWarning dangerouslySetInnerHTML={{__html: ''}} />;
  };
}
