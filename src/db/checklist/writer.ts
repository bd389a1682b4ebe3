import {
  netChanges,
  nextOrder,
  type ChecklistChange,
  type ItemFields,
} from '../../domain/checklistChanges';
import type { ChecklistItem, ChecklistKind } from '../../domain/types';
import Dexie from 'dexie';
import { newItem } from '../checklistItems';
import type { GodtBegyndtDb } from '../db';
import { nowStamp } from '../ids';
import { createPendingChanges } from './pendingChanges';
import { listItems } from './reads';
import { createWriteQueue } from './writeQueue';

type ItemRef = Pick<ChecklistItem, 'id' | 'ownerId'>;

export type ChecklistWriter = ReturnType<typeof createChecklistWriter>;

/**
 * Every checklist change of a page goes through its writer: the change shows at once
 * (`pending`, laid over what screens read) and is stored through `queue`, where changes made
 * while one batch commits share the next transaction (see writeQueue.ts).
 */
export function createChecklistWriter(db: GodtBegyndtDb) {
  const pending = createPendingChanges();

  /**
   * New items go at the end of their owner's stored list, and a guide item that is already
   * there (another tab added it) is not added again. One read per owner in the batch.
   */
  async function placeAtEnd(adds: readonly ChecklistItem[]): Promise<ChecklistItem[]> {
    const owners = [...new Set(adds.map((item) => item.ownerId))];
    const stored = new Map(
      await Promise.all(owners.map(async (id) => [id, await listItems(id, db)] as const)),
    );
    const placed: ChecklistItem[] = [];
    for (const item of adds) {
      const list = stored.get(item.ownerId) ?? [];
      if (item.templateId !== null && list.some((other) => other.templateId === item.templateId)) {
        continue;
      }
      const added = { ...item, order: nextOrder(list) };
      list.push(added);
      placed.push(added);
    }
    return placed;
  }

  /** Stores a batch of changes as one write per item, in bulk. */
  async function storeChanges(batch: readonly ChecklistChange[]): Promise<void> {
    const { adds, puts, updates, removes } = netChanges(batch);
    const placed = adds.length > 0 ? await placeAtEnd(adds) : [];
    if (placed.length > 0) await db.items.bulkAdd(placed);
    if (puts.length > 0) await db.items.bulkPut(puts);
    if (updates.length > 0) await db.items.bulkUpdate(updates);
    if (removes.length > 0) await db.items.bulkDelete(removes);
  }

  /** Each batch runs in its own transaction, outside any caller's. */
  const queue = createWriteQueue<ChecklistChange>((batch) =>
    Dexie.ignoreTransaction(() => db.transaction('rw', db.items, () => storeChanges(batch))),
  );

  /** Shows the change at once and resolves once it is stored. */
  async function change(change: ChecklistChange): Promise<void> {
    const entry = pending.add(change);
    try {
      await queue.enqueue(change);
      pending.committed(entry);
    } catch (error) {
      pending.failed(entry);
      throw error;
    }
  }

  function update(item: ItemRef, fields: ItemFields): Promise<void> {
    return change({ type: 'update', ownerId: item.ownerId, id: item.id, fields });
  }

  return {
    pending,
    queue,

    /**
     * An owner's stored list, and which of this page's changes it holds: those that committed
     * before the read ended. IndexedDB runs a read and a write of the same table one after
     * the other, so a write that commits before the read ends committed before it began.
     * (Taken at the start instead, it would miss the write whose commit set off this read.)
     */
    async read(ownerId: string) {
      const items = await listItems(ownerId, db);
      return { items, through: pending.committedThrough() };
    },

    setItemDone: (item: ItemRef, done: boolean): Promise<void> =>
      update(item, { done, doneAt: done ? nowStamp() : null }),

    setItemNote: (item: ItemRef, note: string): Promise<void> => update(item, { note }),

    setItemHidden: (item: ItemRef, hidden: boolean): Promise<void> => update(item, { hidden }),

    /**
     * Adds the user's own item, or a suggested guide item (by template id), at the end of
     * the list; resolves with the new item once stored. A guide item already on the list is
     * kept and not added twice (two tabs may offer the same suggestion).
     */
    async addItem(
      ownerId: string,
      kind: ChecklistKind,
      fields: { title: string } | { templateId: string },
    ): Promise<ChecklistItem> {
      const item =
        'templateId' in fields
          ? newItem(ownerId, kind, 0, { templateId: fields.templateId, title: '' })
          : newItem(ownerId, kind, 0, { templateId: null, title: fields.title.trim() });
      await change({ type: 'add', item });
      return item;
    },

    /** Removes an item. Guide items are hidden instead (see setItemHidden). */
    removeItem: (item: ItemRef): Promise<void> =>
      change({ type: 'remove', ownerId: item.ownerId, id: item.id }),

    /** Puts back an item that was removed (for undo). */
    restoreItem: (item: ChecklistItem): Promise<void> => change({ type: 'restore', item }),
  };
}
