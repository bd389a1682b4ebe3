import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { getHirePlan } from '../../db/calendar';
import type { IsoDate } from '../../domain/dates';
import { planFollowUps } from '../../domain/followUps';
import { noticeDeadlineDayOff } from '../../domain/noticeDay';
import { HireCalendarButton } from '../../connected/CalendarFileButton';
import { useDateFormat } from '../../lib/dateFormat';
import { BackLink } from '../../ui/BackLink';
import { Loading } from '../../ui/Loading';
import { NotFound } from '../../ui/NotFound';
import { PageHeading } from '../../ui/PageHeading';
import { PrintButton } from '../../ui/PrintButton';
import { noticeDayOffText, weekLabel } from '../../ui/talkText';
import { PrintFooter } from './PrintFooter';
import { TalkSheet } from './TalkSheet';
import './print.css';
import { paths } from '../../config/paths';

/** /hires/:hireId/print: one hire's follow-up plan, ready for A4. */
export function HirePrintPage() {
  const { hireId = '' } = useParams();
  const { t } = useTranslation('calendar');
  const { t: tTalks } = useTranslation('talks');
  const { formatDate } = useDateFormat();
  const plan = useLiveQuery(() => getHirePlan(hireId), [hireId]);

  if (plan === undefined) return <Loading />;
  if (plan === null) return <NotFound />;

  const { hire, team, talks, customaryDaysOff } = plan;
  const { lastDay, noticeDeadline } = planFollowUps(hire.startDate, hire.probationMonths, {
    cadence: hire.cadence,
    monthlyTalksAfter: hire.monthlyTalksAfter,
  });
  const dateWithWeek = (date: IsoDate) =>
    `${formatDate(date, 'weekdayLong')} (${weekLabel(tTalks, date)})`;
  const title = t('print.hireTitle', { name: hire.name });
  // As on the plan: a deadline on a day off says which workday is the last chance.
  const dayOff = noticeDeadline && noticeDeadlineDayOff(noticeDeadline, { customaryDaysOff });

  return (
    <div className="printout">
      <BackLink to={paths.hire.href(hire.id)}>
        {t('print.backToHire', { name: hire.name })}
      </BackLink>
      <PageHeading title={title}>{title}</PageHeading>
      <div className="no-print">
        <div className="button-row">
          <PrintButton />
          <HireCalendarButton hire={hire} />
        </div>
        <p className="muted calendar-hint">{t('ics.hint')}</p>
      </div>

      <dl className="details-list print-facts">
        {team && (
          <>
            <dt>{t('print.team')}</dt>
            <dd>{team.name}</dd>
          </>
        )}
        <dt>{tTalks('markers.start')}</dt>
        <dd>{dateWithWeek(hire.startDate)}</dd>
        <dt>{tTalks('markers.lastDay')}</dt>
        <dd>{dateWithWeek(lastDay)}</dd>
        {noticeDeadline && (
          <>
            <dt>{tTalks('markers.noticeDeadline')}</dt>
            <dd>{dateWithWeek(noticeDeadline)}</dd>
          </>
        )}
      </dl>
      {dayOff && (
        <p className="print-guidance">
          {noticeDayOffText(tTalks, dayOff, dateWithWeek(dayOff.lastWorkdayBefore))}
        </p>
      )}
      {noticeDeadline && <p className="print-guidance">{tTalks('markers.noticeGuidance')}</p>}

      <h2>{t('print.talks')}</h2>
      {talks.length === 0 ? (
        <p>{t('print.noTalks')}</p>
      ) : (
        <ol className="talk-sheets no-max-width">
          {talks.map((talk) => (
            <li key={talk.id}>
              <TalkSheet talk={talk} agendaOnScreen />
            </li>
          ))}
        </ol>
      )}
      <PrintFooter />
    </div>
  );
}
