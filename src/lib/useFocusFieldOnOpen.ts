import { useEffect, useRef } from 'react';

/**
 * A note field (a textarea) the user has just asked to open takes focus once it is shown, so
 * they can type at once. Call `opening()` in the click that opens it; `container` holds it.
 */
export function useFocusFieldOnOpen<T extends HTMLElement>(open: boolean) {
  const container = useRef<T>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (!open || !asked.current) return;
    asked.current = false;
    container.current?.querySelector('textarea')?.focus();
  }, [open]);
  return {
    container,
    opening: () => {
      asked.current = true;
    },
  };
}
