import { useCallback, useRef, useState } from 'react';

/**
 * Runs an action once per intent: a call while one with the same key runs (a double click, a
 * second Enter) is ignored, before React has even re-rendered. Calls with another key (the
 * next item typed while the first is saving) run. `busy` is true while any call runs.
 */
export function useSingleFlight() {
  const running = useRef(new Set<string>());
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (action: () => Promise<unknown>, key = ''): Promise<void> => {
    const keys = running.current;
    if (keys.has(key)) return;
    keys.add(key);
    setBusy(true);
    try {
      await action();
    } finally {
      keys.delete(key);
      setBusy(keys.size > 0);
    }
  }, []);
  return { busy, run };
}
