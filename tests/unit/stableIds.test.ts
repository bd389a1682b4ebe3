import { describe, expect, it } from 'vitest';
import {
  guideItemId,
  idChanges,
  talkId,
  withStableItemIds,
  withStableTalkIds,
} from '../../src/domain/stableIds';
import { itemRecord, talkRecord } from '../support/records';

describe('stable ids', () => {
  it('names a talk by its hire and key, and a guide item by its owner and template', () => {
    expect(talkId('hire-1', 'after-14-days')).toBe('hire-1:after-14-days');
    expect(guideItemId('team-1', 'team-day')).toBe('team-1:team-day');
    expect(talkId('hire-1', 'biweekly-1')).not.toBe(talkId('hire-1', 'biweekly-10'));
  });

  it('moves talks and guide items to their stable ids and leaves own items as they are', () => {
    const talk = talkRecord({ id: 'random-1', key: 'after-14-days', date: '2027-03-30' });
    const guide = itemRecord({ id: 'random-2', templateId: 'workspace', done: true });
    const own = itemRecord({ id: 'random-3', title: 'Nøglekort' });
    expect(withStableTalkIds([talk])).toEqual([
      // The calendar UID stays the one calendars know the talk by.
      { ...talk, id: 'hire-1:after-14-days', calendarId: 'random-1' },
    ]);
    expect(withStableItemIds([guide, own])).toEqual([own, { ...guide, id: 'hire-1:workspace' }]);
  });

  it('keeps, of two records made for the same thing, the one with more hand-made work', () => {
    const date = '2027-03-30';
    const untouched = talkRecord({ id: 'a', key: 'after-14-days', date });
    const moved = talkRecord({ id: 'b', key: 'after-14-days', date: '2027-04-01', time: '09:00' });
    const kept = { ...moved, id: 'hire-1:after-14-days', calendarId: 'b' };
    expect(withStableTalkIds([moved, untouched])).toEqual([kept]);
    expect(withStableTalkIds([untouched, moved])).toEqual([kept]);

    const ticked = itemRecord({ id: 'x', templateId: 'workspace', done: true });
    const noted = itemRecord({ id: 'y', templateId: 'workspace', done: true, note: 'Rum 2' });
    expect(withStableItemIds([ticked, noted])).toEqual([{ ...noted, id: 'hire-1:workspace' }]);
  });

  it('picks the same one of two equal duplicates whatever their order', () => {
    const one = itemRecord({ id: 'b', templateId: 'workspace' });
    const other = itemRecord({ id: 'a', templateId: 'workspace' });
    expect(withStableItemIds([one, other])).toEqual(withStableItemIds([other, one]));
  });

  it('leaves a talk already under its stable id as it is', () => {
    const talk = talkRecord({
      id: 'hire-1:after-14-days',
      key: 'after-14-days',
      date: '2027-03-30',
    });
    expect(withStableTalkIds([talk])).toEqual([talk]);
  });

  it('lists the writes that move a table to stable ids: old ids out, re-keyed records in', () => {
    const old = itemRecord({ id: 'old', templateId: 'workspace' });
    const own = itemRecord({ id: 'own', title: 'Nøglekort' });
    const after = withStableItemIds([old, own]);
    expect(idChanges([old, own], after)).toEqual({
      remove: ['old'],
      put: [{ ...old, id: 'hire-1:workspace' }],
    });
    expect(idChanges(after, withStableItemIds(after))).toEqual({ remove: [], put: [] });
  });
});
