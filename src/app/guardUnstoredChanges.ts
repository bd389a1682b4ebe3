import { pendingChanges } from '../db/pendingChanges';

/**
 * Asks before the page closes or reloads while a checklist change is still being stored
 * (its commit takes milliseconds, so the question is rare), instead of losing the change.
 */
export function guardUnstoredChanges(): void {
  window.addEventListener('beforeunload', (event) => {
    if (pendingChanges.hasUnstored()) event.preventDefault();
  });
}
