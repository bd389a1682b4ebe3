/** Runs a body of writes in ONE read-write transaction; resolves when it has committed. */
export type Transact = <T>(body: () => Promise<T>) => Promise<T>;

interface QueuedWrite {
  write: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface WriteQueue {
  /** Resolves with the write's result once it has committed; rejects if it failed. */
  enqueue: <T>(write: () => Promise<T>) => Promise<T>;
}

/**
 * Coalesces writes: a write that arrives while nothing commits starts a transaction at once;
 * writes that arrive while one commits wait and share ONE next transaction (each commit
 * costs milliseconds, so 100 quick ticks become two commits instead of 100). They run in
 * arrival order. If a shared transaction fails, it rolls back as a whole and its writes are
 * retried one by one, so only the write that fails is reported and no other one is lost.
 *
 * A queued write must not enqueue another write (it would wait for its own batch).
 */
export function createWriteQueue(transact: Transact): WriteQueue {
  let waiting: QueuedWrite[] = [];
  let draining = false;

  async function runAlone(queued: QueuedWrite): Promise<void> {
    try {
      queued.resolve(await transact(queued.write));
    } catch (error) {
      queued.reject(error);
    }
  }

  /** False when the shared transaction failed and rolled back (nothing of it was saved). */
  async function runTogether(batch: QueuedWrite[]): Promise<boolean> {
    try {
      const results = await transact(async () => {
        const done: unknown[] = [];
        for (const queued of batch) done.push(await queued.write());
        return done;
      });
      batch.forEach((queued, index) => queued.resolve(results[index]));
      return true;
    } catch {
      return false;
    }
  }

  async function runBatch(batch: QueuedWrite[]): Promise<void> {
    if (batch.length > 1 && (await runTogether(batch))) return;
    for (const queued of batch) await runAlone(queued);
  }

  async function drain(): Promise<void> {
    draining = true;
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      await runBatch(batch);
    }
    draining = false;
  }

  return {
    enqueue: <T>(write: () => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        waiting.push({ write, resolve: resolve as (value: unknown) => void, reject });
        if (!draining) void drain();
      }),
  };
}
