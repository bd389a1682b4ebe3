import { useMemo } from 'react';
import { removeItem, restoreItem, setItemDone, setItemHidden, setItemNote } from '../db/checklist';
import { useUiStore } from '../store/ui';
import type { ChecklistActions } from '../ui/ChecklistRow';
import { useWrite } from './useWrite';

/** Wires checklist rows to the repositories, with failures reported and removal undoable. */
export function useChecklistActions(): ChecklistActions {
  const write = useWrite();
  const showToast = useUiStore((s) => s.showToast);
  return useMemo(
    () => ({
      onToggle: (item, done) => write(() => setItemDone(item, done)),
      onNote: (item, note) => write(() => setItemNote(item, note)),
      onHide: (item, hidden) => void write(() => setItemHidden(item, hidden)),
      onRemove: async (item) => {
        if (!(await write(() => removeItem(item)))) return;
        showToast({
          kind: 'info',
          messageKey: 'checklist.removed',
          // Removing many items one after another leaves one toast: undo of the latest.
          group: 'checklist.removed',
          values: { title: item.title },
          action: { labelKey: 'actions.undo', run: () => void write(() => restoreItem(item)) },
        });
      },
    }),
    [write, showToast],
  );
}
