import type { TFunction } from 'i18next';
import type { TalkEventTexts } from '../domain/calendarEvents';
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
    skippedTime: (time, readAs) => tCalendar('ics.skippedTime', { time, readAs }),
  };
}
