import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { isWorkday } from '../../src/domain/workdays';
import { reconcileTalks, type TalkReconciliation } from '../../src/domain/talkRecords';
import type { Hire, Talk } from '../../src/domain/types';
import { hireRecord } from '../support/records';

const HIRE = hireRecord();

/** What the repository does with a reconciliation: put, then remove. */
function applied(existing: readonly Talk[], result: TalkReconciliation): Talk[] {
  const byId = new Map(existing.map((talk) => [talk.id, talk]));
  for (const talk of result.put) byId.set(talk.id, talk);
  for (const id of result.remove) byId.delete(id);
  return [...byId.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key),
  );
}

function storedPlan(hire: Hire = HIRE, customaryDaysOff = true): Talk[] {
  return applied([], reconcileTalks(hire, [], customaryDaysOff));
}

function byKey(talks: readonly Talk[], key: string): Talk {
  const talk = talks.find((candidate) => candidate.key === key);
  if (!talk) throw new Error(`No talk ${key}`);
  return talk;
}

describe('reconcileTalks', () => {
  it('creates the three talks on workdays for a new hire, untouched and planned', () => {
    const result = reconcileTalks(HIRE, [], true);
    expect(result.remove).toEqual([]);
    expect(result.keptByHand).toEqual([]);
    expect(result.put).toEqual([
      expect.objectContaining({
        id: 'hire-1:after-14-days',
        hireId: 'hire-1',
        key: 'after-14-days',
        // 29 March 2027 is Easter Monday: the talk "after 14 days" moves forward.
        computedDate: '2027-03-30',
        date: '2027-03-30',
        movedByHand: false,
        time: null,
        status: 'planned',
        notes: '',
      }),
      expect.objectContaining({ key: 'week-before-midpoint', date: '2027-04-23' }),
      expect.objectContaining({ key: 'three-weeks-before-end', date: '2027-05-24' }),
    ]);
  });

  it('writes nothing when the stored talks already follow the rule', () => {
    const result = reconcileTalks(HIRE, storedPlan(), true);
    expect(result).toEqual({ put: [], remove: [], keptByHand: [] });
  });

  it('moves untouched talks with a new start date and keeps their ids, hire plus key', () => {
    const before = storedPlan();
    const moved = { ...HIRE, startDate: '2027-04-05' };
    const result = reconcileTalks(moved, before, true);
    expect(result.keptByHand).toEqual([]);
    expect(result.remove).toEqual([]);
    const after = applied(before, result);
    expect(after.map((talk) => [talk.id, talk.date, talk.computedDate])).toEqual([
      ['hire-1:after-14-days', '2027-04-19', '2027-04-19'],
      ['hire-1:week-before-midpoint', '2027-05-13', '2027-05-13'],
      // 13 June is a Sunday: a talk "before" the end moves back to Friday.
      ['hire-1:three-weeks-before-end', '2027-06-11', '2027-06-11'],
    ]);
  });

  it('keeps the date of a talk moved by hand, updates its computed date and reports it', () => {
    const before = storedPlan().map((talk) =>
      talk.key === 'after-14-days' ? { ...talk, date: '2027-04-01', movedByHand: true } : talk,
    );
    const result = reconcileTalks({ ...HIRE, startDate: '2027-04-05' }, before, true);
    const after = applied(before, result);
    expect(byKey(after, 'after-14-days')).toMatchObject({
      date: '2027-04-01',
      computedDate: '2027-04-19',
      movedByHand: true,
    });
    expect(result.keptByHand.map((talk) => talk.key)).toEqual(['after-14-days']);
    // The others had not been touched, so they follow the rule.
    expect(byKey(after, 'week-before-midpoint').date).toBe('2027-05-13');
  });

  it('keeps the date of a talk already held, updates its computed date and reports it', () => {
    const before = storedPlan().map((talk) =>
      talk.key === 'after-14-days' ? { ...talk, status: 'held' as const } : talk,
    );
    const result = reconcileTalks({ ...HIRE, startDate: '2027-03-01' }, before, true);
    const after = applied(before, result);
    expect(byKey(after, 'after-14-days')).toMatchObject({
      date: '2027-03-30',
      computedDate: '2027-03-15',
      status: 'held',
    });
    expect(result.keptByHand.map((talk) => talk.key)).toEqual(['after-14-days']);
  });

  it('lets a cancelled talk follow the rule: only held or moved talks keep their date', () => {
    const before = storedPlan().map((talk) =>
      talk.key === 'after-14-days' ? { ...talk, status: 'cancelled' as const } : talk,
    );
    const result = reconcileTalks({ ...HIRE, startDate: '2027-04-05' }, before, true);
    expect(byKey(applied(before, result), 'after-14-days')).toMatchObject({
      date: '2027-04-19',
      status: 'cancelled',
    });
    expect(result.keptByHand).toEqual([]);
  });

  it('does not report a talk moved by hand when its computed date did not change', () => {
    const before = storedPlan().map((talk) =>
      talk.key === 'after-14-days' ? { ...talk, date: '2027-04-01', movedByHand: true } : talk,
    );
    const result = reconcileTalks({ ...HIRE, name: 'M. K.' }, before, true);
    expect(result).toEqual({ put: [], remove: [], keptByHand: [] });
  });

  it('switches to the 14-day cadence: new talks, leftovers kept only when they hold something', () => {
    const before = storedPlan().map((talk) => {
      if (talk.key === 'after-14-days') return { ...talk, notes: 'Good start' };
      if (talk.key === 'three-weeks-before-end') return { ...talk, status: 'held' as const };
      return talk;
    });
    const biweekly: Hire = { ...HIRE, cadence: 'biweekly', monthlyTalksAfter: 2 };
    const result = reconcileTalks(biweekly, before, true);
    const after = applied(before, result);

    expect(result.remove).toEqual([byKey(before, 'week-before-midpoint').id]);
    expect(after.map((talk) => talk.key)).toEqual([
      'after-14-days',
      'biweekly-1',
      'biweekly-2',
      'biweekly-3',
      'biweekly-4',
      'biweekly-5',
      'three-weeks-before-end',
      'biweekly-6',
      'monthly-1',
      'monthly-2',
    ]);
    expect(byKey(after, 'after-14-days').notes).toBe('Good start');
    // 29 March is Easter Monday; the last 14-day talk is within the probation (to 14 June).
    expect(byKey(after, 'biweekly-1').date).toBe('2027-03-30');
    expect(byKey(after, 'biweekly-6').date).toBe('2027-06-07');
    expect(byKey(after, 'monthly-1').date).toBe('2027-07-14');
  });

  it('switches back to three talks and drops the untouched 14-day talks', () => {
    const biweekly: Hire = { ...HIRE, cadence: 'biweekly', monthlyTalksAfter: 1 };
    const before = storedPlan(biweekly).map((talk) =>
      talk.key === 'biweekly-2' ? { ...talk, time: '10:00' } : talk,
    );
    const result = reconcileTalks(HIRE, before, true);
    const after = applied(before, result);
    expect(after.map((talk) => talk.key)).toEqual([
      'after-14-days',
      'biweekly-2',
      'week-before-midpoint',
      'three-weeks-before-end',
    ]);
    expect(result.remove).toHaveLength(before.length - 1);
  });

  it('follows the customary days off setting', () => {
    // Start 10 Dec 2027: the talk after 14 days falls on 24 December, a Friday.
    const december = { ...HIRE, startDate: '2027-12-10' };
    const withDaysOff = storedPlan(december, true);
    expect(byKey(withDaysOff, 'after-14-days').date).toBe('2027-12-27');
    const result = reconcileTalks(december, withDaysOff, false);
    expect(byKey(applied(withDaysOff, result), 'after-14-days').date).toBe('2027-12-24');
  });

  it('for every start in 2027 and 1–6 months, stores talks on workdays that follow a later start', () => {
    for (let start = '2027-01-01'; start <= '2027-12-31'; start = addDays(start, 1)) {
      for (let months = 1; months <= 6; months += 1) {
        const hire = { ...HIRE, startDate: start, probationMonths: months };
        const before = storedPlan(hire);
        expect(before.every((talk) => isWorkday(talk.date))).toBe(true);
        const later = { ...hire, startDate: addDays(start, 7) };
        const after = applied(before, reconcileTalks(later, before, true));
        expect(after.map((talk) => talk.id).sort()).toEqual(before.map((talk) => talk.id).sort());
        expect(after.every((talk) => talk.date === talk.computedDate)).toBe(true);
      }
    }
  });

  it('gives two devices that replan the same hire the same records, ids and dates alike', () => {
    const before = storedPlan();
    const biweekly = { ...HIRE, cadence: 'biweekly' as const, startDate: '2027-04-05' };
    const onOneDevice = reconcileTalks(biweekly, before, true);
    const onAnother = reconcileTalks(biweekly, structuredClone(before), true);
    expect(onAnother).toEqual(onOneDevice);
    expect(onOneDevice.put.map((talk) => talk.id)).toContain('hire-1:biweekly-1');
  });
});
