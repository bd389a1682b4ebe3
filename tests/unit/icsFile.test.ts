import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { talkCalendar, type TalkEventTexts } from '../../src/domain/calendarEvents';
import { skippedTimeReadAs, springForwardDate } from '../../src/domain/copenhagenTime';
import { escapeText, foldLine } from '../../src/domain/icsWriter';
import type { Talk } from '../../src/domain/types';
import { parseIcs } from '../support/ics';
import { loadTalkEventTexts } from '../support/icsTexts';

let da: TalkEventTexts;
beforeAll(async () => {
  da = await loadTalkEventTexts('da');
});

function talk(id: string, date: string, time: string | null = null): Talk {
  return {
    id,
    hireId: 'hire-1',
    key: 'after-14-days',
    computedDate: date,
    date,
    movedByHand: false,
    time,
    status: 'planned',
    notes: '',
  };
}

function calendar(talks: Talk[], hireName = 'Søs', calendarName = 'Opfølgning – Søs') {
  return talkCalendar({
    calendarName,
    hires: [{ hireName, talks }],
    texts: da,
    exportedAt: Date.UTC(2027, 0, 4, 9, 0),
  });
}

/** The raw lines of a file, as a calendar program reads them before unfolding. */
const rawLines = (text: string) => text.split('\r\n').slice(0, -1);
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('line folding', () => {
  it('keeps every line of a Danish calendar file within 75 octets', () => {
    const longName = 'Søren Ærø-Åbølle Østergård – støttemedarbejder • Bøgevænget';
    const text = calendar(
      [talk('t1', '2027-03-30'), talk('t2', '2027-04-23', '10:30')],
      longName,
      `Opfølgning – ${longName}`,
    );
    const lines = rawLines(text);
    expect(lines.filter((line) => /[æøå–•]/.test(line)).length).toBeGreaterThan(5);
    for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
    // Unfolded, the texts come back whole.
    const { calendarName, events } = parseIcs(text);
    expect(calendarName).toBe(`Opfølgning – ${longName}`);
    expect(events[0]!.summary).toBe(`Samtale efter 14 dage – ${longName}`);
    expect(events[0]!.description).toContain('• Hvordan er de første to uger gået?');
  });

  it('cuts between characters, never inside a multi-byte one', () => {
    for (const value of ['æ'.repeat(100), `a${'–'.repeat(60)}`, `ab${'😀'.repeat(40)}`]) {
      const folded = foldLine(`SUMMARY:${value}`);
      const lines = folded.split('\r\n');
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) {
        expect(octets(line)).toBeLessThanOrEqual(75);
        // A cut inside a character would leave a lone surrogate or a replacement char.
        expect(Buffer.from(line).toString()).toBe(line);
      }
      expect(lines.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(
        `SUMMARY:${value}`,
      );
    }
  });
});

describe('escaping TEXT values', () => {
  it('escapes the calendar name, a team named Team, "Nord"; \\ test', () => {
    const name = 'Team, "Nord"; \\ test';
    const text = calendar([talk('t1', '2027-03-30')], 'MK', name);
    expect(text).toContain('X-WR-CALNAME:Team\\, "Nord"\\; \\\\ test\r\n');
    expect(parseIcs(text).calendarName).toBe(name);
  });

  it('escapes summaries and removes every control character, a bare CR included', () => {
    const hireName = 'A;B,C\\D\rE\nF\u0000G\u0007H\tI\u2028J';
    const text = calendar([talk('t1', '2027-03-30')], hireName);
    // The only CRs in the file are the line ends.
    const controls = [...text.replace(/\r\n/g, '')].filter(
      (char) => char < ' ' || char === '\u007f',
    );
    expect(controls).toEqual([]);
    expect(escapeText(hireName)).toBe('A\\;B\\,C\\\\D\\nE\\nFGH I\\nJ');
    expect(parseIcs(text).events[0]!.summary).toBe('Samtale efter 14 dage – A;B,C\\D\nE\nFGH I\nJ');
  });
});

// The last Sundays of March and October, when Danish clocks change.
const CLOCK_CHANGES = [
  ['2026-03-29', '2026-10-25'],
  ['2027-03-28', '2027-10-31'],
  ['2028-03-26', '2028-10-29'],
  ['2029-03-25', '2029-10-28'],
  ['2030-03-31', '2030-10-27'],
] as const;

/** What a clock in Copenhagen shows at an instant, by the ICU time-zone data. */
const copenhagenClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Copenhagen',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** The instants ical.js reads for the file's events, with the VTIMEZONE we write. */
function startInstants(text: string): number[] {
  const root = new ICAL.Component(ICAL.parse(text));
  return root
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent).startDate.toUnixTime() * 1000);
}

describe('talks with a time, across the clock changes', () => {
  it('finds the night summer time starts', () => {
    for (const [spring] of CLOCK_CHANGES) {
      expect(springForwardDate(Number(spring.slice(0, 4)))).toBe(spring);
    }
  });

  it('writes times in Europe/Copenhagen that mean the right instant on both changes', () => {
    const talks: Talk[] = [];
    for (const change of CLOCK_CHANGES.flat()) {
      for (const day of [-1, 0, 1]) {
        const date = new Date(Date.parse(change) + day * 86_400_000).toISOString().slice(0, 10);
        for (const time of ['00:30', '01:30', '02:30', '03:30', '10:30', '23:30']) {
          talks.push(talk(`t${talks.length}`, date, time));
        }
      }
    }
    const text = calendar(talks);
    const zones = new Set(parseIcs(text).events.map((event) => event.startZone));
    expect([...zones]).toEqual(['Europe/Copenhagen']);
    const instants = startInstants(text);
    const sorted = [...talks].sort((a, b) => a.date.localeCompare(b.date));
    sorted.forEach((written, index) => {
      const expectedTime = skippedTimeReadAs(written.date, written.time!) ?? written.time;
      expect(copenhagenClock.format(instants[index]), `${written.date} ${written.time}`).toBe(
        `${written.date} ${expectedTime}`,
      );
    });
  });

  it('gives the UTC instants of 10:30 on the days around both changes', () => {
    const text = calendar([
      talk('a', '2027-03-27', '10:30'),
      talk('b', '2027-03-28', '10:30'),
      talk('c', '2027-10-30', '10:30'),
      talk('d', '2027-10-31', '10:30'),
    ]);
    expect(startInstants(text).map((ms) => new Date(ms).toISOString())).toEqual([
      '2027-03-27T09:30:00.000Z',
      '2027-03-28T08:30:00.000Z',
      '2027-10-30T08:30:00.000Z',
      '2027-10-31T09:30:00.000Z',
    ]);
  });

  it('writes a time that summer time skips as the time it is read as, and says so', () => {
    expect(skippedTimeReadAs('2027-03-28', '02:30')).toBe('03:30');
    expect(skippedTimeReadAs('2027-03-28', '03:00')).toBeNull();
    expect(skippedTimeReadAs('2027-03-21', '02:30')).toBeNull();
    expect(skippedTimeReadAs('2027-10-31', '02:30')).toBeNull();

    const text = calendar([talk('t1', '2027-03-28', '02:30')]);
    expect(text).toContain('DTSTART;TZID=Europe/Copenhagen:20270328T033000\r\n');
    expect(startInstants(text).map((ms) => new Date(ms).toISOString())).toEqual([
      '2027-03-28T01:30:00.000Z',
    ]);
    expect(parseIcs(text).events[0]!.description).toContain(
      'Kl. 02:30 findes ikke denne dag: uret stilles fra 02:00 til 03:00',
    );
  });
});
