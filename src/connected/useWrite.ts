import { useCallback } from 'react';
import { useUiStore } from '../store/ui';

export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}

/**
 * Runs a repository write and reports a failure to the user instead of swallowing it.
 * Resolves to true only when the write was committed.
 */
export function useWrite() {
  const showToast = useUiStore((s) => s.showToast);
  return useCallback(
    async (write: () => Promise<unknown>): Promise<boolean> => {
      try {
        await write();
        return true;
      } catch (error) {
        console.error(error);
        showToast({
          kind: 'error',
          messageKey: isQuotaError(error) ? 'errors.quota' : 'errors.writeFailed',
        });
        return false;
      }
    },
    [showToast],
  );
}
