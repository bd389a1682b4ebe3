import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { readChecklist } from '../db/checklist';
import { pendingChanges, unreadChanges } from '../db/pendingChanges';
import { applyChanges } from '../domain/checklistChanges';
import type { ChecklistItem } from '../domain/types';

/**
 * A team's or hire's checklist as the user last left it: what is stored (live, also from
 * other tabs) with this page's changes that are not stored yet laid over it, so a tick, an
 * added or a removed item shows at once. Undefined while loading.
 */
export function useChecklist(ownerId: string): ChecklistItem[] | undefined {
  const stored = useLiveQuery(() => readChecklist(ownerId), [ownerId]);
  const pending = useSyncExternalStore(pendingChanges.subscribe, pendingChanges.snapshot);
  useEffect(() => {
    if (stored) pendingChanges.forget(ownerId, stored.through);
  }, [ownerId, stored]);
  return useMemo(
    () => stored && applyChanges(stored.items, unreadChanges(pending, ownerId, stored.through)),
    [stored, pending, ownerId],
  );
}
