import type { ChecklistItem } from './types';

export type ItemFields = Partial<Pick<ChecklistItem, 'done' | 'doneAt' | 'note' | 'hidden'>>;

/**
 * One change to a checklist, as data: a screen shows it at once (applyChanges) and the
 * repository stores a batch of them in one transaction (netChanges).
 */
export type ChecklistChange =
  /** A new item, placed at the end of its list (its order is given then); a guide item once. */
  | { type: 'add'; item: ChecklistItem }
  | { type: 'update'; ownerId: string; id: string; fields: ItemFields }
  | { type: 'remove'; ownerId: string; id: string }
  /** Puts a removed item back exactly as it was (undo). */
  | { type: 'restore'; item: ChecklistItem };

export function changeOwner(change: ChecklistChange): string {
  return 'item' in change ? change.item.ownerId : change.ownerId;
}

function changeId(change: ChecklistChange): string {
  return 'item' in change ? change.item.id : change.id;
}

/** The order a list is shown in: by place, then by id (two tabs may pick the same place). */
export function byOrder(a: ChecklistItem, b: ChecklistItem): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The next free place at the end of a list. */
export function nextOrder(items: readonly ChecklistItem[]): number {
  return items.reduce((max, item) => Math.max(max, item.order + 1), 0);
}

/**
 * A list with changes applied, in the order they were made. Applying a change the list
 * already holds changes nothing, so a change may overlap the stored list it is shown on.
 */
export function applyChanges(
  items: readonly ChecklistItem[],
  changes: readonly ChecklistChange[],
): ChecklistItem[] {
  if (changes.length === 0) return [...items];
  const byId = new Map(items.map((item) => [item.id, item]));
  const templates = new Set(items.map((item) => item.templateId));
  let endOrder = nextOrder(items);
  for (const change of changes) {
    if (change.type === 'add') {
      const { id, templateId } = change.item;
      if (byId.has(id) || (templateId !== null && templates.has(templateId))) continue;
      byId.set(id, { ...change.item, order: endOrder });
      templates.add(templateId);
      endOrder += 1;
    } else if (change.type === 'restore') {
      byId.set(change.item.id, change.item);
      endOrder = Math.max(endOrder, change.item.order + 1);
    } else if (change.type === 'update') {
      const item = byId.get(change.id);
      if (item) byId.set(change.id, { ...item, ...change.fields });
    } else {
      byId.delete(change.id);
    }
  }
  return [...byId.values()].sort(byOrder);
}

/** What a batch of changes comes to, per item: the least a transaction must write. */
export interface NetChanges {
  /** New items, in the order they were added (they go at the end of their lists). */
  adds: ChecklistItem[];
  /** Whole items to store as they are (restored, possibly changed since). */
  puts: ChecklistItem[];
  updates: { key: string; changes: ItemFields }[];
  removes: string[];
}

type Net =
  | { kind: 'add' | 'put'; item: ChecklistItem }
  | { kind: 'update'; fields: ItemFields }
  | { kind: 'remove' }
  | { kind: 'none' };

function fold(before: Net | undefined, change: ChecklistChange): Net {
  switch (change.type) {
    case 'add':
      return { kind: 'add', item: change.item };
    case 'restore':
      return { kind: 'put', item: change.item };
    case 'remove':
      // An item added and removed in the same batch never needs to be written.
      return before?.kind === 'add' || before?.kind === 'none'
        ? { kind: 'none' }
        : { kind: 'remove' };
    case 'update':
      if (!before) return { kind: 'update', fields: change.fields };
      if (before.kind === 'add' || before.kind === 'put') {
        return { kind: before.kind, item: { ...before.item, ...change.fields } };
      }
      if (before.kind === 'update')
        return { kind: 'update', fields: { ...before.fields, ...change.fields } };
      return before;
  }
}

/** Folds a batch into one write per item; the result equals applying the batch in order. */
export function netChanges(changes: readonly ChecklistChange[]): NetChanges {
  const byId = new Map<string, Net>();
  for (const change of changes) {
    const id = changeId(change);
    byId.set(id, fold(byId.get(id), change));
  }
  const net: NetChanges = { adds: [], puts: [], updates: [], removes: [] };
  for (const [key, entry] of byId) {
    if (entry.kind === 'add') net.adds.push(entry.item);
    else if (entry.kind === 'put') net.puts.push(entry.item);
    else if (entry.kind === 'update') net.updates.push({ key, changes: entry.fields });
    else if (entry.kind === 'remove') net.removes.push(key);
  }
  return net;
}
