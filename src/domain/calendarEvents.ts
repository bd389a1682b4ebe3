/**
 * Follow-up talks as an iCalendar (.ics) file, RFC 5545. Pure: the texts in the chosen
 * language and the moment of export are passed in. A talk's private notes are never read
 * here, so they cannot reach a calendar file.
 */
import { COPENHAGEN_TZID, COPENHAGEN_VTIMEZONE, skippedTimeReadAs } from './copenhagenTime';
import { addDays, compareIso, type IsoDate } from './dates';
import { fileNameSlug } from './fileNames';
import { escapeText, icsText, utcDateTime } from './icsWriter';
import { exportSequence } from './talkSequence';
import type { Talk } from './types';

/** Texts for the events, already in the chosen language. */
export interface TalkEventTexts {
  title: (key: string) => string;
  participants: (key: string) => string;
  agenda: (key: string) => readonly string[];
  participantsHeading: string;
  agendaHeading: string;
  reminder: string;
  /** Says that a time skipped by summer time is written as the time it is read as. */
  skippedTime: (time: string, readAs: string) => string;
}

/** The talks of one hire, with the name that goes into each event's title. */
export interface HireTalks {
  hireName: string;
  talks: readonly Talk[];
}

export interface CalendarFileContent {
  calendarName: string;
  hires: readonly HireTalks[];
  texts: TalkEventTexts;
  /** The moment of export, ms since the epoch (DTSTAMP). */
  exportedAt: number;
}

export const PRODUCT_ID = 'godt-begyndt';
const TIMED_TALK_DURATION = 'PT1H';

/** The `@domain` half of each event's UID: the same talk keeps the same UID on every export. */
export function talkUid(talk: Pick<Talk, 'id' | 'calendarId'>): string {
  return `${talk.calendarId ?? talk.id}@${PRODUCT_ID}`;
}

/**
 * SEQUENCE: the talk's own, raised by every change to it, so a calendar program that
 * imports the file again updates the event it has instead of keeping the old one. A talk
 * not written since sequences came in gets the minute of export, as files did before.
 */
export function talkSequence(talk: Pick<Talk, 'sequence'>, exportedAt: number): number {
  return talk.sequence ?? exportSequence(exportedAt);
}

const compact = (date: IsoDate) => date.replace(/-/g, '');

/**
 * All-day talks: DTSTART;VALUE=DATE and DTEND the next day, from the date's own numbers.
 * A talk with a time lasts an hour, in Danish time (TZID with the VTIMEZONE in the file),
 * never floating. A time skipped by summer time is written as the time it is read as.
 */
function when(talk: Talk): string[] {
  if (talk.time === null) {
    return [
      `DTSTART;VALUE=DATE:${compact(talk.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(talk.date, 1))}`,
    ];
  }
  const time = skippedTimeReadAs(talk.date, talk.time) ?? talk.time;
  return [
    `DTSTART;TZID=${COPENHAGEN_TZID}:${compact(talk.date)}T${time.replace(':', '')}00`,
    `DURATION:${TIMED_TALK_DURATION}`,
  ];
}

/** Said in the event itself, for a time summer time skips, with an empty line after it. */
function skippedTimeNote(talk: Talk, texts: TalkEventTexts): string[] {
  if (talk.time === null) return [];
  const readAs = skippedTimeReadAs(talk.date, talk.time);
  return readAs ? [texts.skippedTime(talk.time, readAs), ''] : [];
}

function description(talk: Talk, texts: TalkEventTexts): string {
  return [
    ...skippedTimeNote(talk, texts),
    `${texts.participantsHeading}: ${texts.participants(talk.key)}`,
    '',
    `${texts.agendaHeading}:`,
    ...texts.agenda(talk.key).map((point) => `• ${point}`),
  ].join('\n');
}

function talkEvent(talk: Talk, hireName: string, content: CalendarFileContent): string[] {
  const { texts, exportedAt } = content;
  const cancelled = talk.status === 'cancelled';
  // An all-day talk happens some time that day: it must not block the whole day.
  const busy = talk.time !== null && !cancelled;
  return [
    'BEGIN:VEVENT',
    `UID:${talkUid(talk)}`,
    `SEQUENCE:${talkSequence(talk, exportedAt)}`,
    `DTSTAMP:${utcDateTime(exportedAt)}`,
    ...when(talk),
    `SUMMARY:${escapeText(`${texts.title(talk.key)} – ${hireName}`)}`,
    `DESCRIPTION:${escapeText(description(talk, texts))}`,
    // Cancelled talks stay in the file, marked CANCELLED: a re-import then cancels the
    // event the calendar already holds, which leaving the talk out would not do.
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `TRANSP:${busy ? 'OPAQUE' : 'TRANSPARENT'}`,
    `X-MICROSOFT-CDO-BUSYSTATUS:${busy ? 'BUSY' : 'FREE'}`,
    // One reminder (Outlook reads only one), 24 hours before.
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(texts.reminder)}`,
    'TRIGGER:-PT24H',
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** The .ics text: every talk of the given hires, by date; cancelled ones marked as such. */
export function talkCalendar(content: CalendarFileContent): string {
  const events = content.hires
    .flatMap(({ hireName, talks }) => talks.map((talk) => ({ talk, hireName })))
    .sort((a, b) => compareIso(a.talk.date, b.talk.date))
    .flatMap(({ talk, hireName }) => talkEvent(talk, hireName, content));
  return icsText([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${PRODUCT_ID}//follow-up talks//DA`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(content.calendarName)}`,
    `X-WR-TIMEZONE:${COPENHAGEN_TZID}`,
    ...COPENHAGEN_VTIMEZONE,
    ...events,
    'END:VCALENDAR',
  ]);
}

/** E.g. calendarFileName('opfoelgning', 'MK', '2027-03-15') → 'opfoelgning-mk-2027-03-15.ics'. */
export function calendarFileName(stem: string, name: string, date: IsoDate): string {
  return `${stem}-${fileNameSlug(name) || 'plan'}-${date}.ics`;
}
