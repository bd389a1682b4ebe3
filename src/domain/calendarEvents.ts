/**
 * Follow-up talks as calendar events (attributes for the `ics` package). Pure: the texts
 * in the chosen language and the moment of export are passed in. A talk's private notes
 * are never read here, so they cannot reach a calendar file.
 */
import type { DateArray, DurationObject, EventAttributes, HeaderAttributes } from 'ics';
import { addDays, compareIso, parseIsoDate, type IsoDate } from './dates';
import { fileNameSlug } from './fileNames';
import type { Talk } from './types';

/** Texts for the events, already in the chosen language. */
export interface TalkEventTexts {
  title: (key: string) => string;
  participants: (key: string) => string;
  agenda: (key: string) => readonly string[];
  participantsHeading: string;
  agendaHeading: string;
  reminder: string;
}

/** The talks of one hire, with the name that goes into each event's title. */
export interface HireTalks {
  hireName: string;
  talks: readonly Talk[];
}

export const PRODUCT_ID = 'godt-begyndt';
const TIMED_TALK_MINUTES = 60;

/** The `@domain` half of each event's UID: the same talk keeps the same UID on every export. */
export function talkUid(talk: Pick<Talk, 'id'>): string {
  return `${talk.id}@${PRODUCT_ID}`;
}

/**
 * SEQUENCE for an export made at `exportedAt` (ms since epoch): minutes since the epoch.
 * It rises with every later export, so a calendar program that imports the file again
 * updates the events it already has instead of adding copies — and nothing new is stored.
 */
export function exportSequence(exportedAt: number): number {
  return Math.floor(exportedAt / 60_000);
}

function dateArray(date: IsoDate): [number, number, number] {
  const { year, month, day } = parseIsoDate(date);
  return [year, month, day];
}

type EventTiming = Pick<EventAttributes, 'start' | 'startInputType' | 'startOutputType'> &
  ({ end: DateArray } | { duration: DurationObject });

/**
 * All-day talks: DTSTART;VALUE=DATE and DTEND the next day, written from the date's own
 * numbers, so no time zone can move them. A talk with a time lasts an hour in floating
 * local time (no zone: 10:00 is 10:00 wherever the calendar is opened).
 */
function when(talk: Talk): EventTiming {
  if (talk.time === null) {
    return { start: dateArray(talk.date), end: dateArray(addDays(talk.date, 1)) };
  }
  const [hours, minutes] = talk.time.split(':').map(Number) as [number, number];
  return {
    start: [...dateArray(talk.date), hours, minutes],
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: TIMED_TALK_MINUTES },
  };
}

function description(key: string, texts: TalkEventTexts): string {
  const agenda = texts.agenda(key).map((point) => `• ${point}`);
  return [
    `${texts.participantsHeading}: ${texts.participants(key)}`,
    '',
    `${texts.agendaHeading}:`,
    ...agenda,
  ].join('\n');
}

export function talkEvent(
  talk: Talk,
  hireName: string,
  texts: TalkEventTexts,
  exportedAt: number,
): EventAttributes {
  const blocksTime = talk.time !== null && talk.status !== 'cancelled';
  return {
    uid: talkUid(talk),
    sequence: exportSequence(exportedAt),
    title: `${texts.title(talk.key)} – ${hireName}`,
    description: description(talk.key, texts),
    // Cancelled talks stay in the file, marked CANCELLED: a re-import then cancels the
    // event the calendar already holds, which leaving the talk out would not do.
    status: talk.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    // An all-day talk happens some time that day: it must not block the whole day.
    busyStatus: blocksTime ? 'BUSY' : 'FREE',
    transp: blocksTime ? 'OPAQUE' : 'TRANSPARENT',
    // One reminder (Outlook reads only one). `{ days: 1 }` would be written as the invalid
    // "-P1DT"; 24 hours is written as the valid "-PT24H".
    alarms: [
      { action: 'display', description: texts.reminder, trigger: { hours: 24, before: true } },
    ],
    ...when(talk),
  };
}

/** Every talk of the given hires, sorted by date; cancelled ones marked as such. */
export function talkEvents(
  hires: readonly HireTalks[],
  texts: TalkEventTexts,
  exportedAt: number,
): EventAttributes[] {
  return hires
    .flatMap(({ hireName, talks }) => talks.map((talk) => ({ talk, hireName })))
    .sort((a, b) => compareIso(a.talk.date, b.talk.date))
    .map(({ talk, hireName }) => talkEvent(talk, hireName, texts, exportedAt));
}

export function calendarHeader(calendarName: string): HeaderAttributes {
  return { productId: PRODUCT_ID, method: 'PUBLISH', calName: calendarName };
}

/** E.g. calendarFileName('opfoelgning', 'MK', '2027-03-15') → 'opfoelgning-mk-2027-03-15.ics'. */
export function calendarFileName(stem: string, name: string, date: IsoDate): string {
  return `${stem}-${fileNameSlug(name) || 'plan'}-${date}.ics`;
}
