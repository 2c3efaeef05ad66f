// A page whose code loads on first use, kept out of the start chunk (the renderer budget in DESIGN.md). Once its code
// is there it renders at once: `preload` lets a window fetch its page before the first paint, so nothing stands in for
// it. Until then it suspends like `React.lazy`.
import { createElement, lazy, type ComponentType, type ReactElement } from 'react';

export interface LazyPage<P extends object> {
  (props: P): ReactElement;
  preload(): Promise<void>;
}

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetchPage = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (page) => (loaded = page),
      (error: unknown) => {
        // Not remembered: the next render or preload tries again.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Suspending = lazy(async () => ({ default: await fetchPage() }));
  const page = (props: P): ReactElement => createElement(loaded ?? Suspending, props);
  return Object.assign(page, { preload: () => fetchPage().then(() => undefined) });
}
