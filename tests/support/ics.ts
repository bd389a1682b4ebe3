import ICAL from 'ical.js';

/** What a calendar program would read from one VEVENT of an .ics file. */
export interface ParsedEvent {
  uid: string;
  sequence: number;
  summary: string;
  description: string;
  status: string | null;
  /** 'yyyy-MM-dd' for all-day events, 'yyyy-MM-ddTHH:mm:ss' for timed ones. */
  start: string;
  /** The DTSTART value type: 'date' (all-day) or 'date-time'. */
  startType: string;
  end: string;
  /** Time zone of a timed start: 'floating' when none is given. */
  startZone: string;
  alarmTriggers: string[];
}

// X-WR-CALNAME is TEXT to the calendar programs that read it (RFC 7986's NAME is its
// standard twin); ical.js would otherwise hand back the raw, still escaped value.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

/** Parses an .ics text with ical.js, a real iCalendar parser, and lists its events. */
export function parseIcs(text: string): { calendarName: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    const event = new ICAL.Event(vevent);
    const dtstart = vevent.getFirstProperty('dtstart')!;
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      description: event.description,
      status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
      start: event.startDate.toString(),
      startType: dtstart.type,
      end: event.endDate.toString(),
      startZone: event.startDate.zone?.tzid ?? 'floating',
      alarmTriggers: vevent
        .getAllSubcomponents('valarm')
        .map((alarm) => String(alarm.getFirstPropertyValue('trigger'))),
    };
  });
  const calendarName = calendar.getFirstPropertyValue('x-wr-calname');
  return { calendarName: calendarName === null ? null : String(calendarName), events };
}
