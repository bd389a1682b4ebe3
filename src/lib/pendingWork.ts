import { useEffect, useRef } from 'react';

/**
 * The page's one leave-page guard. Every part that holds work not yet stored (checklist
 * ticks on their way, a note typed but not saved) registers here. When the page is hidden
 * or closed, each is asked to store its work now; if anything is still unstored when the
 * page is about to close or reload, the browser asks the user first.
 */
export interface PendingWork {
  /** Whether something is not stored yet (typed, on its way, or refused). */
  isPending(): boolean;
  /** Starts storing it at once, without waiting for a debounce. */
  flush?(): void;
}

const sources = new Set<PendingWork>();
let listening = false;

function flushAll(): void {
  sources.forEach((source) => source.flush?.());
}

function listen(): void {
  listening = true;
  // The tab is switched away from, minimised or closed: on a phone it may never come back.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushAll();
  });
  window.addEventListener('pagehide', flushAll);
  window.addEventListener('beforeunload', (event) => {
    flushAll();
    if ([...sources].some((source) => source.isPending())) event.preventDefault();
  });
}

/** Adds work to the guard; the returned function removes it again. */
export function guardPendingWork(source: PendingWork): () => void {
  if (!listening) listen();
  sources.add(source);
  return () => sources.delete(source);
}

/** Guards a form while it holds changes not saved yet (`dirty`). */
export function useUnsavedFormGuard(dirty: boolean): void {
  const latest = useRef(dirty);
  useEffect(() => {
    latest.current = dirty;
  }, [dirty]);
  useEffect(() => guardPendingWork({ isPending: () => latest.current }), []);
}
