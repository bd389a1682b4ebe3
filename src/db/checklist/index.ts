/**
 * The checklist's one entry for screens: its reads, its writes and the hook that shows a
 * change at once. Every change goes through one writer, whose pending changes and write
 * queue are made together (writer.ts); this is the app's one instance, on the app's database.
 */
import { db } from '../db';
import { guardUnstoredChanges } from './guardUnstoredChanges';
import { useWriterChecklist } from './useChecklist';
import { createChecklistWriter } from './writer';

export { listItems, progressOf } from './reads';

export const checklistWriter = createChecklistWriter(db);

// The leave-page guard comes with the writer: no change can be on its way to storage before
// this module has loaded, and the first screen's chunk need not carry the writer for it.
guardUnstoredChanges(checklistWriter.pending);

export const { setItemDone, setItemNote, setItemHidden, addItem, removeItem, restoreItem } =
  checklistWriter;

/** A team's or hire's checklist with this page's changes shown at once (see useChecklist.ts). */
export function useChecklist(ownerId: string) {
  return useWriterChecklist(checklistWriter, ownerId);
}
