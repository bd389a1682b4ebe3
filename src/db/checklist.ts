import {
  byOrder,
  netChanges,
  nextOrder,
  type ChecklistChange,
  type ItemFields,
} from '../domain/checklistChanges';
import { progressByOwner, type Progress } from '../domain/progress';
import type { ChecklistItem, ChecklistKind } from '../domain/types';
import Dexie from 'dexie';
import { db } from './db';
import { newItem } from './checklistItems';
import { nowStamp } from './ids';
import { pendingChanges } from './pendingChanges';
import { createWriteQueue } from './writeQueue';

export async function listItems(ownerId: string): Promise<ChecklistItem[]> {
  const items = await db.items.where('ownerId').equals(ownerId).toArray();
  return items.sort(byOrder);
}

/**
 * An owner's stored list, and which of this page's changes it holds: those that committed
 * before the read ended. IndexedDB runs a read and a write of the same table one after the
 * other, so a write that commits before the read ends committed before it began. (Taken
 * at the start instead, it would miss the write whose commit set off this read.)
 */
export async function readChecklist(ownerId: string) {
  const items = await listItems(ownerId);
  return { items, through: pendingChanges.committedThrough() };
}

/**
 * Checklist progress of the given teams and hires, read through the ownerId index: the cost
 * follows how many owners a screen shows, not how many are stored.
 */
export async function progressOf(ownerIds: readonly string[]): Promise<Map<string, Progress>> {
  const lists = await Promise.all(
    ownerIds.map((id) => db.items.where('ownerId').equals(id).toArray()),
  );
  return progressByOwner(lists.flat());
}

/**
 * New items go at the end of their owner's stored list, and a guide item that is already
 * there (another tab added it) is not added again. One read per owner in the batch.
 */
async function placeAtEnd(adds: readonly ChecklistItem[]): Promise<ChecklistItem[]> {
  const owners = [...new Set(adds.map((item) => item.ownerId))];
  const stored = new Map(
    await Promise.all(owners.map(async (id) => [id, await listItems(id)] as const)),
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

/**
 * Every checklist change goes through this queue: changes made while one batch commits
 * share the next transaction (see writeQueue.ts). Each runs outside any caller's transaction.
 */
const checklistWrites = createWriteQueue<ChecklistChange>((batch) =>
  Dexie.ignoreTransaction(() => db.transaction('rw', db.items, () => storeChanges(batch))),
);

/** Shows the change at once (pendingChanges) and resolves once it is stored. */
async function change(change: ChecklistChange): Promise<void> {
  const entry = pendingChanges.add(change);
  try {
    await checklistWrites.enqueue(change);
    pendingChanges.committed(entry);
  } catch (error) {
    pendingChanges.failed(entry);
    throw error;
  }
}

type ItemRef = Pick<ChecklistItem, 'id' | 'ownerId'>;

function update(item: ItemRef, fields: ItemFields): Promise<void> {
  return change({ type: 'update', ownerId: item.ownerId, id: item.id, fields });
}

export function setItemDone(item: ItemRef, done: boolean): Promise<void> {
  return update(item, { done, doneAt: done ? nowStamp() : null });
}

export function setItemNote(item: ItemRef, note: string): Promise<void> {
  return update(item, { note });
}

export function setItemHidden(item: ItemRef, hidden: boolean): Promise<void> {
  return update(item, { hidden });
}

/**
 * Adds the user's own item, or a suggested guide item (by template id), at the end of the
 * list; resolves with the new item once stored. A guide item already on the list is kept and
 * not added twice (two tabs may offer the same suggestion).
 */
export async function addItem(
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
}

/** Removes an item. Guide items are hidden instead (see setItemHidden). */
export function removeItem(item: ItemRef): Promise<void> {
  return change({ type: 'remove', ownerId: item.ownerId, id: item.id });
}

/** Puts back an item that was removed (for undo). */
export function restoreItem(item: ChecklistItem): Promise<void> {
  return change({ type: 'restore', item });
}
