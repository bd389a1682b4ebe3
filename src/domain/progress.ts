import type { ChecklistItem } from './types';

export interface Progress {
  done: number;
  total: number;
}

/** Done of total over the items the user has not hidden. */
export function checklistProgress(items: readonly ChecklistItem[]): Progress {
  let done = 0;
  let total = 0;
  for (const item of items) {
    if (item.hidden) continue;
    total += 1;
    if (item.done) done += 1;
  }
  return { done, total };
}

/** Whole percent, 0 for an empty list (nothing to do is not "done"). */
export function progressPercent({ done, total }: Progress): number {
  return total === 0 ? 0 : Math.round((done / total) * 100);
}

/** Progress of every owner's checklist (teams and hires), from one list of all items. */
export function progressByOwner(items: readonly ChecklistItem[]): Map<string, Progress> {
  const byOwner = new Map<string, Progress>();
  for (const item of items) {
    if (item.hidden) continue;
    const progress = byOwner.get(item.ownerId) ?? { done: 0, total: 0 };
    progress.total += 1;
    if (item.done) progress.done += 1;
    byOwner.set(item.ownerId, progress);
  }
  return byOwner;
}
