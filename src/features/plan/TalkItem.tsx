import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../domain/dates';
import type { PlannedTalk } from '../../domain/followUps';
import type { TalkDateContext } from '../../domain/talkInput';
import { isOverdue } from '../../domain/talkSchedule';
import type { Talk } from '../../domain/types';
import { talkAgenda, talkParticipantsText, talkTitle } from '../../ui/talkText';
import { useTalkWhen } from '../../ui/useTalkWhen';
import { TalkDateNoticeList } from './TalkDateNoticeList';
import { TalkMoveNote } from './TalkMoveNote';
import { TalkNotes } from './TalkNotes';
import { TalkScheduleForm } from './TalkScheduleForm';
import { TalkStatusField } from './TalkStatusField';

interface TalkItemProps {
  talk: Talk;
  /** The rule's talk with the same key; undefined when the plan no longer has it. */
  planned: PlannedTalk | undefined;
  context: TalkDateContext;
  today: IsoDate;
}

const STATUS_BADGE = { held: 'badge-success', cancelled: 'badge-info' } as const;

export function TalkItem({ talk, planned, context, today }: TalkItemProps) {
  const { t } = useTranslation('plan');
  const { t: tTalks } = useTranslation('talks');
  const when = useTalkWhen();
  const headingId = useId();
  const title = talkTitle(tTalks, talk.key);
  const overdue = isOverdue(talk, today);
  return (
    <li
      className={`talk talk--${talk.status}${overdue ? ' talk--overdue' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="h4 talk-title">
        {title}
      </h3>
      <p className="talk-when">
        <strong>{when(talk)}</strong>
        {talk.status !== 'planned' && (
          <>
            {' '}
            <span className={`badge ${STATUS_BADGE[talk.status]}`}>
              {tTalks(`status.${talk.status}`)}
            </span>
          </>
        )}
        {overdue && (
          <>
            {' '}
            <span className="badge badge-warning">{t('talk.overdue')}</span>
          </>
        )}
      </p>
      <p className="talk-participants">{talkParticipantsText(tTalks, talk.key)}</p>
      {overdue && <p className="talk-overdue-text">{t('talk.overdueText')}</p>}
      <TalkMoveNote talk={talk} planned={planned} title={title} />
      <TalkDateNoticeList talk={talk} context={context} />
      <details className="details talk-agenda">
        <summary className="details-summary">
          <span className="details-summary-text">
            {t('talk.agenda')}
            <span className="sr-only">: {title}</span>
          </span>
        </summary>
        <ul className="details-text">
          {talkAgenda(tTalks, talk.key).map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </details>
      <div className="talk-actions no-print">
        <TalkStatusField talk={talk} title={title} />
        <TalkScheduleForm talk={talk} title={title} context={context} />
        <TalkNotes talk={talk} title={title} />
      </div>
    </li>
  );
}
