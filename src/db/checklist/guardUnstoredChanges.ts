import { guardPendingWork } from '../../lib/pendingWork';
import type { PendingChanges } from './pendingChanges';

/**
 * Asks before the page closes or reloads while a checklist change is still being stored
 * (its commit takes milliseconds, so the question is rare), instead of losing the change.
 */
export function guardUnstoredChanges(pending: PendingChanges): void {
  guardPendingWork({ isPending: pending.hasUnstored });
}
