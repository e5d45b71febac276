/**
 * Wraps a component for MDXComponents so that its code is a separate chunk,
 * loaded only by pages that use it, while the static HTML stays complete.
 *
 * - Server: the chunk is loaded as soon as this module is evaluated, so by the
 *   time pages render the component renders synchronously; the HTML holds the
 *   real component (not a Suspense fallback that needs a script to reveal).
 * - Client: the first render suspends until the chunk arrives; during
 *   hydration React keeps the server HTML in place meanwhile, so nothing
 *   moves. The fallback (with reserved height) only appears on client-side
 *   navigation.
 */
import {Suspense, use, type ComponentType, type ReactNode} from 'react';

export default function lazyWidget<P extends object>(
  load: () => Promise<{default: ComponentType<P>}>,
  minHeight: string,
): ComponentType<P> {
  let Loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const start = (): Promise<void> => {
    pending ??= load().then((m) => {
      Loaded = m.default;
    });
    return pending;
  };
  if (typeof window === 'undefined') void start();

  function Inner(props: P): ReactNode {
    if (!Loaded) use(start());
    const Component = Loaded!;
    return <Component {...props} />;
  }

  function LazyWidget(props: P): ReactNode {
    return (
      <Suspense fallback={<div style={{minHeight}} aria-busy="true" />}>
        <Inner {...props} />
      </Suspense>
    );
  }
  return LazyWidget;
}
