import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { applyChanges } from '../../domain/checklistChanges';
import type { ChecklistItem } from '../../domain/types';
import { unreadChanges } from './pendingChanges';
import type { ChecklistWriter } from './writer';

/**
 * A team's or hire's checklist as the user last left it: what is stored (live, also from
 * other tabs) with the writer's changes that are not stored yet laid over it, so a tick, an
 * added or a removed item shows at once. Undefined while loading.
 */
export function useWriterChecklist(
  { read, pending }: ChecklistWriter,
  ownerId: string,
): ChecklistItem[] | undefined {
  const stored = useLiveQuery(() => read(ownerId), [read, ownerId]);
  const changes = useSyncExternalStore(pending.subscribe, pending.snapshot);
  useEffect(() => {
    if (stored) pending.forget(ownerId, stored.through);
  }, [pending, ownerId, stored]);
  return useMemo(
    () => stored && applyChanges(stored.items, unreadChanges(changes, ownerId, stored.through)),
    [stored, changes, ownerId],
  );
}
