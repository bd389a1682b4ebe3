import { describe, expect, it } from 'vitest';
import { checklistProgress, progressPercent } from '../../src/domain/progress';
import type { ChecklistItem } from '../../src/domain/types';
import { itemRecord } from '../support/records';

function item(done: boolean, hidden = false): ChecklistItem {
  return itemRecord({ id: crypto.randomUUID(), done, hidden });
}

describe('checklistProgress', () => {
  it('counts done of total', () => {
    expect(checklistProgress([item(true), item(false), item(true)])).toEqual({ done: 2, total: 3 });
  });

  it('leaves hidden items out of both counts, even when ticked', () => {
    expect(checklistProgress([item(true, true), item(false, true), item(true)])).toEqual({
      done: 1,
      total: 1,
    });
  });

  it('is 0 of 0 for an empty list', () => {
    expect(checklistProgress([])).toEqual({ done: 0, total: 0 });
  });
});

describe('progressPercent', () => {
  it('rounds to whole percent', () => {
    expect(progressPercent({ done: 1, total: 3 })).toBe(33);
    expect(progressPercent({ done: 2, total: 3 })).toBe(67);
    expect(progressPercent({ done: 9, total: 9 })).toBe(100);
  });

  it('treats nothing to do as 0 %, not done', () => {
    expect(progressPercent({ done: 0, total: 0 })).toBe(0);
  });
});
