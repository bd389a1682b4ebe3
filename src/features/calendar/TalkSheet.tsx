import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { skippedTimeReadAs } from '../../domain/copenhagenTime';
import type { Talk } from '../../domain/types';
import { useDateFormat } from '../../lib/dateFormat';
import { talkAgenda, talkParticipantsText, talkTitle, weekLabel } from '../../ui/talkText';

interface TalkSheetProps {
  talk: Talk;
  /** For lists of many hires: who the talk is with. It becomes the heading. */
  hire?: ReactNode;
  /** Show the suggested agenda on screen too; otherwise it is printed only. */
  agendaOnScreen?: boolean;
}

/**
 * One talk as the calendar and the printouts show it: weekday, date, ISO week, (time),
 * title, participants, the suggested agenda and an empty line for handwritten notes.
 * The talk's private notes are never shown here: printouts get passed around.
 */
export function TalkSheet({ talk, hire, agendaOnScreen = false }: TalkSheetProps) {
  const { t: tTalks } = useTranslation('talks');
  const { t } = useTranslation('calendar');
  const { formatDate } = useDateFormat();
  const title = talkTitle(tTalks, talk.key);
  const week = [weekLabel(tTalks, talk.date), talk.time && t('entry.time', { time: talk.time })];
  const readAs = talk.time === null ? null : skippedTimeReadAs(talk.date, talk.time);

  return (
    <article className={`talk-sheet talk-sheet--${talk.status}`}>
      <div className="talk-when">
        <p className="talk-date">{formatDate(talk.date, 'weekdayLong')}</p>
        <p className="talk-week">{week.filter(Boolean).join(' · ')}</p>
      </div>
      <div className="talk-body">
        {hire ? (
          <>
            <h3 className="talk-heading">{hire}</h3>
            <p className="talk-title">{title}</p>
          </>
        ) : (
          <h3 className="talk-heading">{title}</h3>
        )}
        {talk.status !== 'planned' && (
          <p className="talk-status">{tTalks(`status.${talk.status}`)}</p>
        )}
        {readAs && (
          <p className="talk-skipped-time">{t('ics.skippedTime', { time: talk.time, readAs })}</p>
        )}
        <p className="talk-participants">
          <strong>{t('talk.participants')}:</strong> {talkParticipantsText(tTalks, talk.key)}
        </p>
        <div className={agendaOnScreen ? 'talk-agenda' : 'talk-agenda print-only'}>
          <p className="talk-agenda-heading">{t('talk.agenda')}:</p>
          <ul>
            {talkAgenda(tTalks, talk.key).map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </div>
        <p className="talk-notes print-only">
          {t('talk.notes')}:<span className="talk-notes-line" />
        </p>
      </div>
    </article>
  );
}
