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

/** Hands a text to the browser as a file download. */
export function saveTextFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
