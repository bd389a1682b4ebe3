import { changeOwner, type ChecklistChange } from '../../domain/checklistChanges';

/** A checklist change made on this page, numbered in the order it was made. */
export interface PendingChange {
  seq: number;
  change: ChecklistChange;
}

export type PendingChanges = ReturnType<typeof createPendingChanges>;

/** About one frame: changes closer together than this are a burst. */
const BURST_MS = 16;

/**
 * The checklist changes this page has made that a screen may not show yet from storage:
 * screens lay them over what they read (useChecklist), so a change shows at once, before it
 * commits. A change leaves when it fails (the stored state shows again) or once a read made
 * after its commit is on screen (forget).
 */
export function createPendingChanges() {
  let pending: readonly PendingChange[] = [];
  let lastSeq = 0;
  let committedThrough = 0;
  const listeners = new Set<() => void>();
  let notifyScheduled = false;
  let lastNotifiedAt = -Infinity;

  function notify(): void {
    notifyScheduled = false;
    lastNotifiedAt = performance.now();
    listeners.forEach((listener) => listener());
  }

  /**
   * Screens hear of a lone change at once (once the code that made it has run), and of a
   * burst of changes (quick typing and submitting, a script) at most once per frame, just
   * before it is painted: a list of a hundred rows is then re-rendered once per frame, not
   * per change.
   */
  function setPending(next: readonly PendingChange[]): void {
    pending = next;
    if (notifyScheduled) return;
    notifyScheduled = true;
    if (performance.now() - lastNotifiedAt < BURST_MS) requestAnimationFrame(notify);
    else queueMicrotask(notify);
  }

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: (): readonly PendingChange[] => pending,
    /** Every change numbered up to this one has committed or failed. */
    committedThrough: (): number => committedThrough,
    /** Whether a change is still on its way to storage (for the few ms its commit takes). */
    hasUnstored: (): boolean => pending.some(({ seq }) => seq > committedThrough),

    add(change: ChecklistChange): PendingChange {
      const entry = { seq: (lastSeq += 1), change };
      setPending([...pending, entry]);
      return entry;
    },
    committed(entry: PendingChange): void {
      committedThrough = Math.max(committedThrough, entry.seq);
    },
    failed(entry: PendingChange): void {
      setPending(pending.filter((other) => other !== entry));
    },
    /**
     * Drops the owner's changes that a read made after `through` already holds. Screens are
     * not told: a list read that late shows the same with or without them.
     */
    forget(ownerId: string, through: number): void {
      pending = pending.filter(
        ({ seq, change }) => seq > through || changeOwner(change) !== ownerId,
      );
    },
  };
}

/** The owner's changes that a read made when `through` had committed does not hold yet. */
export function unreadChanges(
  all: readonly PendingChange[],
  ownerId: string,
  through: number,
): ChecklistChange[] {
  return all
    .filter(({ seq, change }) => seq > through && changeOwner(change) === ownerId)
    .map(({ change }) => change);
}
