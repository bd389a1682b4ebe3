import { beforeAll, describe, expect, it } from 'vitest';
import {
  calendarFileName,
  talkCalendar,
  talkUid,
  type TalkEventTexts,
} from '../../src/domain/calendarEvents';
import { exportSequence } from '../../src/domain/talkSequence';
import type { Talk } from '../../src/domain/types';
import { parseIcs } from '../support/ics';
import { loadTalkEventTexts } from '../support/icsTexts';
import { talkRecord } from '../support/records';

const PRIVATE = 'PRIVAT-NOTE: aftalt skånehensyn';

/** A talk with a private note, which no calendar file may hold. */
function talk(id: string, key: string, date: string, changes: Partial<Talk> = {}): Talk {
  return talkRecord({ id, key, date, notes: `${PRIVATE} (${id})`, ...changes });
}

// A hire starting Monday 15 March 2027: the three talks of the rule, one with a time.
const TALKS: Talk[] = [
  talk('t1', 'after-14-days', '2027-03-29'),
  talk('t2', 'week-before-midpoint', '2027-04-22', { time: '10:30' }),
  talk('t3', 'three-weeks-before-end', '2027-05-24'),
];
const EXPORTED_AT = Date.UTC(2027, 2, 1, 12, 0, 0);

const texts: Record<'da' | 'en', TalkEventTexts> = {} as never;

beforeAll(async () => {
  for (const lng of ['da', 'en'] as const) texts[lng] = await loadTalkEventTexts(lng);
});

function exportIcs(lng: 'da' | 'en', talks = TALKS, exportedAt = EXPORTED_AT) {
  const text = talkCalendar({
    calendarName: `Opfølgning – Søs`,
    hires: [{ hireName: 'Søs', talks }],
    texts: texts[lng],
    exportedAt,
  });
  return { text, ...parseIcs(text) };
}

describe('calendar file (.ics) for a hire', () => {
  it('has one event per talk with a stable UID per talk', () => {
    const { events, calendarName } = exportIcs('da');
    expect(calendarName).toBe('Opfølgning – Søs');
    expect(events.map((event) => event.uid)).toEqual([
      't1@godt-begyndt',
      't2@godt-begyndt',
      't3@godt-begyndt',
    ]);
    expect(talkUid(TALKS[0]!)).toBe('t1@godt-begyndt');
  });

  it('keeps the UID a talk had before it moved to its stable id, so calendars update it', () => {
    expect(talkUid({ id: 'hire-1:after-14-days', calendarId: 't1' })).toBe('t1@godt-begyndt');
  });

  it('writes all-day talks as VALUE=DATE on their own date, ending the next day', () => {
    const { events, text } = exportIcs('da');
    const [first, , third] = events;
    expect(first).toMatchObject({ startType: 'date', start: '2027-03-29', end: '2027-03-30' });
    expect(third).toMatchObject({ startType: 'date', start: '2027-05-24', end: '2027-05-25' });
    // Whatever TZ this runs in (the suite runs under Los Angeles and Auckland too).
    expect(text).toContain('DTSTART;VALUE=DATE:20270329\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20270330\r\n');
  });

  it('writes a talk with a time as one hour in Danish time, never floating', () => {
    const { events, text } = exportIcs('da');
    expect(events[1]).toMatchObject({
      startType: 'date-time',
      start: '2027-04-22T10:30:00',
      end: '2027-04-22T11:30:00',
      startZone: 'Europe/Copenhagen',
    });
    expect(text).toContain('DTSTART;TZID=Europe/Copenhagen:20270422T103000\r\n');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen\r\n');
  });

  it('has titles and descriptions in Danish', () => {
    const { events } = exportIcs('da');
    expect(events.map((event) => event.summary)).toEqual([
      'Samtale efter 14 dage – Søs',
      'Samtale en uge før midt i prøvetiden – Søs',
      'Samtale tre uger før prøvetiden slutter – Søs',
    ]);
    expect(events[1]!.description).toContain('Deltagere: Peer-medarbejder og kolleger');
    expect(events[0]!.description).toContain('Forslag til dagsorden:');
    expect(events[0]!.description).toContain('• Hvordan er de første to uger gået?');
  });

  it('has titles and descriptions in English', () => {
    const { events } = exportIcs('en');
    expect(events.map((event) => event.summary)).toEqual([
      'Talk after 14 days – Søs',
      'Talk a week before mid-probation – Søs',
      'Talk three weeks before probation ends – Søs',
    ]);
    expect(events[0]!.description).toContain('Participants: Peer worker and manager');
    expect(events[2]!.description).toContain('• Overall evaluation of the probation');
  });

  it('sets one reminder 24 hours before each talk (-PT24H, not the invalid -P1DT)', () => {
    const { events, text } = exportIcs('da');
    for (const event of events) expect(event.alarmTriggers).toEqual(['-PT24H']);
    expect(text).not.toContain('-P1DT');
  });

  it('never contains the private notes', () => {
    const { text } = exportIcs('da');
    expect(text).not.toContain('PRIVAT');
    expect(text).not.toContain('skånehensyn');
  });

  it('marks a cancelled talk CANCELLED so a re-import cancels it', () => {
    const talks = [TALKS[0]!, { ...TALKS[2]!, status: 'cancelled' as const }];
    const { events } = exportIcs('da', talks);
    expect(events.map((event) => event.status)).toEqual(['CONFIRMED', 'CANCELLED']);
  });

  it('gives a talk without its own sequence the minute of export, as files had before', () => {
    const earlier = exportIcs('da');
    const later = exportIcs('da', TALKS, EXPORTED_AT + 5 * 60_000);
    expect(later.events.map((event) => event.uid)).toEqual(
      earlier.events.map((event) => event.uid),
    );
    expect(later.events[0]!.sequence).toBeGreaterThan(earlier.events[0]!.sequence);
    expect(earlier.events[0]!.sequence).toBe(exportSequence(EXPORTED_AT));
  });
});

describe('calendarFileName', () => {
  it('names the file after whose plan it is, in safe characters', () => {
    expect(calendarFileName('opfoelgning', 'MK', '2027-03-15')).toBe(
      'opfoelgning-mk-2027-03-15.ics',
    );
    expect(calendarFileName('opfoelgning', 'Søs Ærø-Åberg', '2027-03-15')).toBe(
      'opfoelgning-soes-aeroe-aaberg-2027-03-15.ics',
    );
    expect(calendarFileName('follow-up', 'José / Team 2', '2027-03-15')).toBe(
      'follow-up-jose-team-2-2027-03-15.ics',
    );
    expect(calendarFileName('follow-up', '***', '2027-03-15')).toBe(
      'follow-up-plan-2027-03-15.ics',
    );
  });
});
