import { describe, expect, it } from 'vitest';
import { createWriteQueue, type CommitBatch } from '../../src/db/checklist/writeQueue';

/**
 * A stand-in database: a commit is asynchronous (changes enqueued meanwhile arrive while it
 * commits), and keeps nothing of a batch that holds a bad change.
 */
function fakeDatabase() {
  const saved: string[] = [];
  const batches: string[][] = [];
  const commit: CommitBatch<string> = async (batch) => {
    batches.push([...batch]);
    await Promise.resolve();
    const bad = batch.find((change) => change.startsWith('bad'));
    if (bad) throw new Error(`${bad} refused`);
    saved.push(...batch);
  };
  return { saved, batches, commit };
}

describe('write queue', () => {
  it('stores a lone change at once; changes made while it commits share the next batch', async () => {
    const db = fakeDatabase();
    const queue = createWriteQueue(db.commit);
    await Promise.all(['a', 'b', 'c', 'd'].map((v) => queue.enqueue(v)));
    expect(db.batches).toEqual([['a'], ['b', 'c', 'd']]);
    expect(db.saved).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the order of changes across batches', async () => {
    const db = fakeDatabase();
    const queue = createWriteQueue(db.commit);
    const first = queue.enqueue('1');
    const second = queue.enqueue('2');
    await first;
    const third = queue.enqueue('3');
    await Promise.all([second, third]);
    expect(db.saved).toEqual(['1', '2', '3']);
  });

  it('rejects only the change that failed; the others of its batch are still saved, in order', async () => {
    const db = fakeDatabase();
    const queue = createWriteQueue(db.commit);
    const outcomes = await Promise.allSettled(['a', 'b', 'bad', 'c'].map((v) => queue.enqueue(v)));
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect((outcomes[2] as PromiseRejectedResult).reason).toEqual(new Error('bad refused'));
    expect(db.saved).toEqual(['a', 'b', 'c']);
  });

  it('reports a change that fails alone, and goes on with the next ones', async () => {
    const db = fakeDatabase();
    const queue = createWriteQueue(db.commit);
    await expect(queue.enqueue('bad')).rejects.toThrow('bad refused');
    await expect(queue.enqueue('after')).resolves.toBeUndefined();
    expect(db.saved).toEqual(['after']);
  });
});
