import { describe, expect, it } from 'vitest';
import {
  addItem,
  checklistWriter,
  listItems,
  removeItem,
  restoreItem,
  setItemDone,
  setItemNote,
} from '../../src/db/checklist';
import { unreadChanges } from '../../src/db/checklist/pendingChanges';
import { applyChanges } from '../../src/domain/checklistChanges';
import type { ChecklistItem } from '../../src/domain/types';
import { hireFixture } from '../component/fixtures';

describe('checklist writes made in quick succession', () => {
  it('all commit, in order, and a bad one is the only one to fail', async () => {
    const { hire } = await hireFixture();
    const [first, second] = await listItems(hire.id);
    const broken = { ...first, id: undefined } as unknown as ChecklistItem;
    const outcomes = await Promise.allSettled([
      setItemDone(first!, true),
      addItem(hire.id, 'onboarding', { title: 'Nøgle' }),
      restoreItem(broken),
      addItem(hire.id, 'onboarding', { title: 'Adgangskort' }),
      setItemDone(second!, true),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    const stored = await listItems(hire.id);
    expect(stored.filter((item) => item.done).map((item) => item.id)).toEqual([
      first!.id,
      second!.id,
    ]);
    expect(stored.map((item) => item.title).slice(-2)).toEqual(['Nøgle', 'Adgangskort']);
    expect(stored).toHaveLength(6);
    expect(new Set(stored.map((item) => item.order)).size).toBe(6);
  });

  it('keeps both of two quick changes to one item (a tick and a note)', async () => {
    const { hire } = await hireFixture();
    const [item] = await listItems(hire.id);
    await Promise.all([
      setItemDone(item!, false),
      setItemDone(item!, true),
      setItemNote(item!, 'Klar mandag'),
    ]);
    const stored = (await listItems(hire.id))[0];
    expect(stored).toMatchObject({ done: true, note: 'Klar mandag' });
  });
});

describe('checklist changes shown before they are stored', () => {
  it('stores exactly what the screen showed, for a burst of adds, ticks, undos and removals', async () => {
    const { hire } = await hireFixture();
    const before = await listItems(hire.id);
    const [first, second] = before;
    const writes: Promise<unknown>[] = [];
    const added: ChecklistItem[] = [];
    for (let n = 1; n <= 12; n += 1) {
      writes.push(
        addItem(hire.id, 'onboarding', { title: `Punkt ${n}` }).then((i) => added.push(i)),
      );
    }
    writes.push(setItemDone(first!, true), removeItem(second!), restoreItem(second!));
    await Promise.all(writes);
    const burst = added.flatMap((item, n) =>
      n % 3 === 0 ? [removeItem(item)] : n % 3 === 1 ? [setItemDone(item, true)] : [],
    );
    burst.push(addItem(hire.id, 'onboarding', { templateId: 'supervision' }).then(() => undefined));
    const shown = applyChanges(
      await listItems(hire.id),
      unreadChanges(
        checklistWriter.pending.snapshot(),
        hire.id,
        checklistWriter.pending.committedThrough(),
      ),
    );
    await Promise.all(burst);
    const stored = await listItems(hire.id);
    expect(stored.map(({ title, done, templateId }) => ({ title, done, templateId }))).toEqual(
      shown.map(({ title, done, templateId }) => ({ title, done, templateId })),
    );
    expect(stored).toHaveLength(before.length + 8 + 1);
    expect(new Set(stored.map((item) => item.order)).size).toBe(stored.length);
  });
});
