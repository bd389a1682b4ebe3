import { describe, expect, it } from 'vitest';
import { createWriteQueue, type Transact } from '../../src/db/writeQueue';

/**
 * A stand-in database: a transaction collects its writes in a draft, takes a moment to
 * commit (so later writes arrive while it commits), and keeps nothing if its body throws.
 */
function fakeDatabase() {
  const saved: string[] = [];
  const transactions: string[][] = [];
  let draft: string[] | null = null;
  const transact: Transact = async (body) => {
    draft = [];
    transactions.push(draft);
    try {
      const result = await body();
      await new Promise((resolve) => setTimeout(resolve, 5));
      saved.push(...draft);
      return result;
    } finally {
      draft = null;
    }
  };
  const write = (value: string) => async () => {
    if (value.startsWith('bad')) throw new Error(`${value} refused`);
    draft?.push(value);
    return value;
  };
  return { saved, transactions, transact, write };
}

describe('write queue', () => {
  it('starts a lone write at once; writes made while it commits share the next transaction', async () => {
    const db = fakeDatabase();
    const queue = createWriteQueue(db.transact);
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((v) => queue.enqueue(db.write(v))));
    expect(results).toEqual(['a', 'b', 'c', 'd']);
    expect(db.transactions).toEqual([['a'], ['b', 'c', 'd']]);
    expect(db.saved).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the order of writes across transactions', async () => {
    const db = fakeDatabase();
    const queue = createWriteQueue(db.transact);
    const first = queue.enqueue(db.write('1'));
    const second = queue.enqueue(db.write('2'));
    await first;
    const third = queue.enqueue(db.write('3'));
    await Promise.all([second, third]);
    expect(db.saved).toEqual(['1', '2', '3']);
  });

  it('rejects only the write that failed; the others of its batch are still saved, in order', async () => {
    const db = fakeDatabase();
    const queue = createWriteQueue(db.transact);
    const outcomes = await Promise.allSettled(
      ['a', 'b', 'bad', 'c'].map((v) => queue.enqueue(db.write(v))),
    );
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect((outcomes[2] as PromiseRejectedResult).reason).toEqual(new Error('bad refused'));
    expect(db.saved).toEqual(['a', 'b', 'c']);
  });

  it('reports a write that fails alone, and goes on with the next ones', async () => {
    const db = fakeDatabase();
    const queue = createWriteQueue(db.transact);
    await expect(queue.enqueue(db.write('bad'))).rejects.toThrow('bad refused');
    await expect(queue.enqueue(db.write('after'))).resolves.toBe('after');
    expect(db.saved).toEqual(['after']);
  });

  it('loses nothing when the commit itself fails for a batch', async () => {
    const db = fakeDatabase();
    let failNextCommit = false;
    const queue = createWriteQueue(async (body) => {
      if (failNextCommit) {
        failNextCommit = false;
        await body();
        throw new Error('commit failed');
      }
      return db.transact(body);
    });
    const first = queue.enqueue(db.write('a'));
    failNextCommit = true;
    const rest = ['b', 'c'].map((v) => queue.enqueue(db.write(v)));
    await Promise.all([first, ...rest]);
    expect(db.saved).toEqual(['a', 'b', 'c']);
  });
});
