import { describe, expect, it } from 'vitest';
import { addItem, listItems, restoreItem, setItemDone, setItemNote } from '../../src/db/checklist';
import type { ChecklistItem } from '../../src/domain/types';
import { hireFixture } from '../component/fixtures';

describe('checklist writes made in quick succession', () => {
  it('all commit, in order, and a bad one is the only one to fail', async () => {
    const { hire } = await hireFixture();
    const [first, second] = await listItems(hire.id);
    const broken = { ...first, id: undefined } as unknown as ChecklistItem;
    const outcomes = await Promise.allSettled([
      setItemDone(first!.id, true),
      addItem(hire.id, 'onboarding', { title: 'Nøgle' }),
      restoreItem(broken),
      addItem(hire.id, 'onboarding', { title: 'Adgangskort' }),
      setItemDone(second!.id, true),
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
      setItemDone(item!.id, false),
      setItemDone(item!.id, true),
      setItemNote(item!.id, 'Klar mandag'),
    ]);
    const stored = (await listItems(hire.id))[0];
    expect(stored).toMatchObject({ done: true, note: 'Klar mandag' });
  });
});
