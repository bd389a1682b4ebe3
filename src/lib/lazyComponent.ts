import i18n, { type FlatNamespace } from 'i18next';
import { createElement, lazy, useEffect, useState, type ComponentType } from 'react';

export interface LazyComponent<P extends object> {
  (props: P): ReturnType<typeof createElement>;
  /** Starts loading (once); resolves when the component can render without suspending. */
  preload: () => Promise<void>;
  isLoaded: () => boolean;
}

/**
 * Like React.lazy, but once its code has arrived the component renders at once. React.lazy
 * suspends on its first render even when the code is already there, and React then holds
 * back the content behind a Suspense fallback for up to 300 ms, for every lazy part on
 * screen.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Suspending = lazy(() => start().then((component) => ({ default: component })));
  function Lazy(props: P) {
    return createElement((loaded ?? Suspending) as ComponentType<P>, props);
  }
  Lazy.preload = () => start().then(() => undefined);
  Lazy.isLoaded = () => loaded !== undefined;
  return Lazy;
}

/**
 * A lazy component that arrives with the texts of all its parts (i18next namespaces besides
 * `common`): it renders at once, and no part of it waits for its texts mid-use.
 */
export function lazyWithTexts<P extends object>(
  load: () => Promise<ComponentType<P>>,
  namespaces: readonly FlatNamespace[],
): LazyComponent<P> {
  return lazyComponent(() =>
    Promise.all([load(), i18n.loadNamespaces([...namespaces])]).then(([component]) => component),
  );
}

/**
 * Whether a lazy component can render now; starts loading it once `wanted`. Rendering it only
 * then needs no Suspense fallback, so nothing waits on React's reveal throttle.
 */
export function useLoaded<P extends object>(component: LazyComponent<P>, wanted: boolean) {
  const [, setLoaded] = useState(component.isLoaded());
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    // Even when loaded already: it may have arrived after this render, started elsewhere.
    component.preload().then(
      () => setLoaded(true),
      () => setFailed(true),
    );
  }, [component, wanted]);
  // After a failure, rendering it throws the error to the screen's error boundary.
  return wanted && (component.isLoaded() || failed);
}
