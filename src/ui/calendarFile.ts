import type { TFunction } from 'i18next';
import {
  calendarHeader,
  talkEvents,
  type HireTalks,
  type TalkEventTexts,
} from '../domain/calendarEvents';
import { talkAgenda, talkParticipantsText, talkTitle } from './talkText';

/** The events' texts in the chosen language. */
export function talkEventTexts(
  tTalks: TFunction<'talks'>,
  tCalendar: TFunction<'calendar'>,
): TalkEventTexts {
  return {
    title: (key) => talkTitle(tTalks, key),
    participants: (key) => talkParticipantsText(tTalks, key),
    agenda: (key) => talkAgenda(tTalks, key),
    participantsHeading: tCalendar('talk.participants'),
    agendaHeading: tCalendar('talk.agenda'),
    reminder: tCalendar('ics.reminder'),
  };
}

export interface CalendarFileContent {
  calendarName: string;
  hires: readonly HireTalks[];
  texts: TalkEventTexts;
  exportedAt: number;
}

/**
 * The .ics text. `ics` (with its validation library) is loaded only now, so it stays out
 * of every screen's bundle until someone asks for a calendar file.
 */
export async function createCalendarFile(content: CalendarFileContent): Promise<string> {
  const { createEvents } = await import('ics');
  const events = talkEvents(content.hires, content.texts, content.exportedAt);
  const { error, value } = createEvents(events, calendarHeader(content.calendarName));
  if (error || value === null) throw error ?? new Error('ics gave no calendar');
  return value;
}
