import { progressByOwner, type Progress } from '../domain/progress';
import { defaultTemplateIds } from '../domain/templates';
import type { ChecklistItem, ChecklistKind } from '../domain/types';
import Dexie, { type Transaction } from 'dexie';
import { db } from './db';
import { newId, nowStamp } from './ids';
import { createWriteQueue } from './writeQueue';

/**
 * Every checklist write goes through this queue: writes made while one commits share the
 * next transaction (see writeQueue.ts). Each runs outside any caller's transaction.
 */
const checklistWrites = createWriteQueue((body) =>
  Dexie.ignoreTransaction(() => db.transaction('rw', db.items, body)),
);
const queued = checklistWrites.enqueue;

function newItem(
  ownerId: string,
  kind: ChecklistKind,
  order: number,
  fields: Pick<ChecklistItem, 'templateId' | 'title'>,
): ChecklistItem {
  return {
    id: newId(),
    ownerId,
    kind,
    done: false,
    doneAt: null,
    note: '',
    hidden: false,
    order,
    ...fields,
  };
}

/** The guide's default items for a new team or hire (not yet stored). */
export function newChecklistItems(ownerId: string, kind: ChecklistKind): ChecklistItem[] {
  return defaultTemplateIds(kind).map((templateId, order) =>
    newItem(ownerId, kind, order, { templateId, title: '' }),
  );
}

export async function listItems(ownerId: string): Promise<ChecklistItem[]> {
  return db.items.where('ownerId').equals(ownerId).sortBy('order');
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

export async function setItemDone(id: string, done: boolean): Promise<void> {
  await queued(() => db.items.update(id, { done, doneAt: done ? nowStamp() : null }));
}

export async function setItemNote(id: string, note: string): Promise<void> {
  await queued(() => db.items.update(id, { note }));
}

export async function setItemHidden(id: string, hidden: boolean): Promise<void> {
  await queued(() => db.items.update(id, { hidden }));
}

async function storedNextOrder(ownerId: string): Promise<number> {
  const items = await db.items.where('ownerId').equals(ownerId).toArray();
  return items.reduce((max, item) => Math.max(max, item.order + 1), 0);
}

/**
 * Each owner's next free place, per transaction: the quick adds that share a transaction
 * read the owner's list once (nothing else can write the table while it runs).
 */
const nextOrders = new WeakMap<Transaction, Map<string, number>>();

async function nextOrder(ownerId: string): Promise<number> {
  const transaction = Dexie.currentTransaction;
  const known = nextOrders.get(transaction) ?? new Map<string, number>();
  nextOrders.set(transaction, known);
  const order = known.get(ownerId) ?? (await storedNextOrder(ownerId));
  known.set(ownerId, order + 1);
  return order;
}

/** Adds the user's own item, or a suggested guide item (by template id), at the end. */
export async function addItem(
  ownerId: string,
  kind: ChecklistKind,
  fields: { title: string } | { templateId: string },
): Promise<ChecklistItem> {
  return queued(async () => {
    // A guide item is added once, even when two tabs offer the same suggestion.
    const existing =
      'templateId' in fields
        ? await db.items.get({ ownerId, templateId: fields.templateId })
        : undefined;
    if (existing) return existing;
    const order = await nextOrder(ownerId);
    const item =
      'templateId' in fields
        ? newItem(ownerId, kind, order, { templateId: fields.templateId, title: '' })
        : newItem(ownerId, kind, order, { templateId: null, title: fields.title.trim() });
    await db.items.add(item);
    return item;
  });
}

/** Removes an item. Guide items are hidden instead (see setItemHidden). */
export async function removeItem(id: string): Promise<void> {
  await queued(() => db.items.delete(id));
}

/** Puts back an item that was removed (for undo). */
export async function restoreItem(item: ChecklistItem): Promise<void> {
  await queued(() => db.items.put(item));
}
