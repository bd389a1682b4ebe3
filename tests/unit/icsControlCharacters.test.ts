import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/db/backup';
import { talkCalendar, type TalkEventTexts } from '../../src/domain/calendarEvents';
import { sampleBackup } from '../support/backupFixture';
import { parseIcs } from '../support/ics';
import { loadTalkEventTexts } from '../support/icsTexts';
import { talkRecord } from '../support/records';

let da: TalkEventTexts;
beforeAll(async () => {
  da = await loadTalkEventTexts('da');
});

const INJECTED = 'ATTENDEE:mailto:angriber@example.org';

describe('a carriage return in a name', () => {
  it('is refused at the door, and even if one got in, the .ics holds exactly its events', () => {
    const backup = sampleBackup();
    backup.data.teams[0]!.name = `Bostøtten\r${INJECTED}`;
    backup.data.hires[0]!.name = `MK\r${INJECTED}\rEND:VEVENT\rBEGIN:VEVENT`;
    backup.data.talks.push(
      talkRecord({ id: 'talk-2', key: 'week-before-midpoint', date: '2027-04-22' }),
    );
    expect(parseBackup(JSON.stringify(backup))).toMatchObject({
      ok: false,
      detail: 'data.teams[0].name',
    });

    // Data stored before the door checked names: the writer still keeps it on one line.
    const [team, hire] = [backup.data.teams[0]!, backup.data.hires[0]!];
    const text = talkCalendar({
      calendarName: team.name,
      hires: [{ hireName: hire.name, talks: backup.data.talks }],
      texts: da,
      exportedAt: Date.UTC(2027, 0, 4, 9, 0),
    });

    const { calendarName, events } = parseIcs(text);
    expect(events.map((event) => event.uid)).toEqual([
      expect.stringContaining('talk-1'),
      expect.stringContaining('talk-2'),
    ]);
    // The would-be line stays text inside the value, escaped as a line break of the text.
    expect(calendarName).toBe(`Bostøtten\n${INJECTED}`);
    expect(events[0]!.summary).toContain(`MK\n${INJECTED}`);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const properties = calendar
      .getAllSubcomponents('vevent')
      .flatMap((vevent) => vevent.getAllProperties().map((property) => property.name));
    expect(properties).not.toContain('attendee');
    // No line a lenient reader would split at a lone CR.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
