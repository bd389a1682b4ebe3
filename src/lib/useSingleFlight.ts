import { useCallback, useRef, useState } from 'react';

/**
 * Runs an action once per intent: a call while it runs (a double click, a second Enter) is
 * ignored, before React has even re-rendered. `busy` disables the button meanwhile.
 */
export function useSingleFlight() {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (action: () => Promise<unknown>): Promise<void> => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await action();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, run };
}
