/** Stores a batch of changes in ONE transaction; resolves once it has committed. */
export type CommitBatch<C> = (batch: readonly C[]) => Promise<void>;

interface Queued<C> {
  change: C;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface WriteQueue<C> {
  /** Resolves once the change has committed; rejects if it could not be stored. */
  enqueue: (change: C) => Promise<void>;
}

/**
 * Coalesces changes: a change that arrives while nothing commits is stored at once; changes
 * that arrive while one commits wait and share ONE next transaction (each commit costs
 * milliseconds, so 100 quick ticks become a few commits instead of 100). Batches keep arrival
 * order. If a shared transaction fails, it rolls back as a whole and its changes are retried
 * one by one, so only the change that fails is reported and no other one is lost.
 */
export function createWriteQueue<C>(commit: CommitBatch<C>): WriteQueue<C> {
  let waiting: Queued<C>[] = [];
  let draining = false;

  async function commitAlone(queued: Queued<C>): Promise<void> {
    try {
      await commit([queued.change]);
      queued.resolve();
    } catch (error) {
      queued.reject(error);
    }
  }

  /** False when the shared transaction failed and rolled back (nothing of it was saved). */
  async function commitTogether(batch: Queued<C>[]): Promise<boolean> {
    try {
      await commit(batch.map((queued) => queued.change));
    } catch {
      return false;
    }
    batch.forEach((queued) => queued.resolve());
    return true;
  }

  async function drain(): Promise<void> {
    draining = true;
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      if (batch.length > 1 && (await commitTogether(batch))) continue;
      for (const queued of batch) await commitAlone(queued);
    }
    draining = false;
  }

  return {
    enqueue: (change) =>
      new Promise<void>((resolve, reject) => {
        waiting.push({ change, resolve, reject });
        if (!draining) void drain();
      }),
  };
}
