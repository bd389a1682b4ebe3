import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup, importBackup, parseBackup, serializeBackup } from '../../src/db/backup';
import { createHire, updateHire } from '../../src/db/hireWrites';
import { listTalks } from '../../src/db/talkReads';
import { createTeam } from '../../src/db/teams';
import { moveTalk, resetTalkDate, setTalkStatus } from '../../src/db/talkWrites';
import { talkCalendar, type TalkEventTexts } from '../../src/domain/calendarEvents';
import { exportSequence, nextTalkSequence } from '../../src/domain/talkSequence';
import { parseIcs } from '../support/ics';
import { loadTalkEventTexts } from '../support/icsTexts';

const NOW = Date.UTC(2027, 1, 1, 9, 30, 15);

let da: TalkEventTexts;
beforeAll(async () => {
  da = await loadTalkEventTexts('da');
});

// Only the clock stands still – every write below happens within the same minute.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

async function exportSequences(hireId: string): Promise<number[]> {
  const text = talkCalendar({
    calendarName: 'Opfølgning – MK',
    hires: [{ hireName: 'MK', talks: await listTalks(hireId) }],
    texts: da,
    exportedAt: Date.now(),
  });
  return parseIcs(text).events.map((event) => event.sequence);
}

async function addHire() {
  const team = await createTeam('Nord');
  return createHire(team.id, {
    name: 'MK',
    jobTitle: '',
    startDate: '2027-03-15',
    probationMonths: 3,
    weeklyHours: null,
  });
}

describe('SEQUENCE of a talk', () => {
  it('rises with every write, within the same minute too, and passes the minute', () => {
    const minute = exportSequence(NOW);
    expect(nextTalkSequence(undefined, NOW)).toBe(minute + 1);
    expect(nextTalkSequence(minute + 1, NOW)).toBe(minute + 2);
    // Far ahead of the clock after many quick changes: still one more.
    expect(nextTalkSequence(minute + 50, NOW + 60_000)).toBe(minute + 51);
    // A talk last written long ago passes files exported since, which used the minute.
    expect(nextTalkSequence(minute - 1_000, NOW)).toBe(minute + 1);
  });

  it('is raised by every kind of change to a talk, so each later export is higher', async () => {
    const hire = await addHire();
    const [first] = await listTalks(hire.id);
    const changes: (() => Promise<unknown>)[] = [
      () => moveTalk(first!.id, '2027-04-01'),
      () => moveTalk(first!.id, '2027-04-02', '10:30'),
      () => moveTalk(first!.id, '2027-04-02', '11:00'),
      () => setTalkStatus(first!.id, 'cancelled'),
      () => resetTalkDate(first!.id),
    ];
    let previous = (await exportSequences(hire.id))[0]!;
    for (const change of changes) {
      await change();
      const now = (await exportSequences(hire.id))[0]!;
      expect(now).toBeGreaterThan(previous);
      previous = now;
    }
    // Replanning after a new start date moves the other talks: theirs rise as well.
    const before = await exportSequences(hire.id);
    await updateHire(hire.id, { startDate: '2027-03-22' });
    const after = await exportSequences(hire.id);
    expect(after[1]).toBeGreaterThan(before[1]!);
    expect(after[2]).toBeGreaterThan(before[2]!);
  });

  it('stays the same on exports with no change in between', async () => {
    const hire = await addHire();
    const first = await exportSequences(hire.id);
    vi.setSystemTime(NOW + 10 * 60_000);
    expect(await exportSequences(hire.id)).toEqual(first);
  });

  it('is kept in a backup, and a restored talk counts as changed', async () => {
    const hire = await addHire();
    const before = await exportSequences(hire.id);
    const parsed = parseBackup(serializeBackup(await createBackup({ kind: 'all' })));
    if (!parsed.ok) throw new Error(`backup refused: ${parsed.problem}`);
    expect(parsed.backup.data.talks.map((talk) => talk.sequence)).toEqual(before);
    await importBackup(parsed.backup, 'replace');
    const after = await exportSequences(hire.id);
    after.forEach((sequence, index) => expect(sequence).toBeGreaterThan(before[index]!));
  });
});
