import { describe, expect, it } from 'vitest';
import { applyChanges, netChanges, type ChecklistChange } from '../../src/domain/checklistChanges';
import type { ChecklistItem } from '../../src/domain/types';
import { itemRecord } from '../support/records';

function item(id: string, order: number, fields: Partial<ChecklistItem> = {}): ChecklistItem {
  return itemRecord({ id, title: id, order, ...fields });
}

const tick = (id: string, done = true): ChecklistChange => ({
  type: 'update',
  ownerId: 'hire-1',
  id,
  fields: { done, doneAt: done ? '2027-03-15T08:00:00.000Z' : null },
});
const remove = (id: string): ChecklistChange => ({ type: 'remove', ownerId: 'hire-1', id });
const add = (added: ChecklistItem): ChecklistChange => ({ type: 'add', item: added });

describe('applyChanges (what a screen shows before the changes are stored)', () => {
  const stored = [item('a', 0), item('b', 1, { templateId: 'workspace', title: '' })];

  it('adds new items at the end of the list, in the order they were added', () => {
    const shown = applyChanges(stored, [add(item('x', 0)), add(item('y', 0))]);
    expect(shown.map((i) => [i.id, i.order])).toEqual([
      ['a', 0],
      ['b', 1],
      ['x', 2],
      ['y', 3],
    ]);
  });

  it('applies ticks and removals, and an item added then removed is not shown', () => {
    const shown = applyChanges(stored, [add(item('x', 0)), tick('a'), remove('b'), remove('x')]);
    expect(shown.map((i) => [i.id, i.done])).toEqual([['a', true]]);
  });

  it('does not show a guide item twice when the list already has it', () => {
    const again = item('b2', 0, { templateId: 'workspace', title: '' });
    expect(applyChanges(stored, [add(again)]).map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('changes nothing when the stored list already holds the changes', () => {
    const added = item('x', 2, { done: true, doneAt: '2027-03-15T08:00:00.000Z' });
    const storedAfter = [stored[0]!, added];
    const changes = [add(item('x', 0)), tick('x'), remove('b')];
    expect(applyChanges(storedAfter, changes)).toEqual(storedAfter);
  });

  it('puts a removed item back where it was (undo)', () => {
    const shown = applyChanges(stored, [remove('a'), { type: 'restore', item: stored[0]! }]);
    expect(shown).toEqual(stored);
  });
});

describe('netChanges (the least a batch must write)', () => {
  it('writes an item added and removed in the same batch not at all', () => {
    expect(netChanges([add(item('x', 0)), tick('x'), remove('x')])).toEqual({
      adds: [],
      puts: [],
      updates: [],
      removes: [],
    });
  });

  it('folds changes to a new item into the item that is added', () => {
    const net = netChanges([add(item('x', 0)), tick('x')]);
    expect(net.adds).toEqual([item('x', 0, { done: true, doneAt: '2027-03-15T08:00:00.000Z' })]);
    expect(net.updates).toEqual([]);
  });

  it('merges several updates of one item, the latest value winning', () => {
    const note: ChecklistChange = {
      type: 'update',
      ownerId: 'hire-1',
      id: 'a',
      fields: { note: 'n' },
    };
    const net = netChanges([tick('a'), note, tick('a', false)]);
    expect(net.updates).toEqual([{ key: 'a', changes: { done: false, doneAt: null, note: 'n' } }]);
  });

  it('removes an updated item, and stores a restored item with later changes', () => {
    const restored: ChecklistChange = { type: 'restore', item: item('b', 1) };
    const net = netChanges([tick('a'), remove('a'), remove('b'), restored, tick('b')]);
    expect(net.removes).toEqual(['a']);
    expect(net.puts).toEqual([item('b', 1, { done: true, doneAt: '2027-03-15T08:00:00.000Z' })]);
    expect(net.updates).toEqual([]);
  });
});
