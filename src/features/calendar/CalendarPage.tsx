import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { listCalendarEntries } from '../../db/calendar';
import { localIsoDate } from '../../domain/dates';
import { calendarMonths, talksByHire, type CalendarMonth } from '../../domain/teamCalendar';
import type { Team } from '../../domain/types';
import { CalendarFileButton } from '../../connected/CalendarFileButton';
import { useTeam } from '../../connected/useRecord';
import { BackLink } from '../../ui/BackLink';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { PrintButton } from '../../ui/PrintButton';
import { CalendarPrintTable } from './CalendarPrintTable';
import { PrintFooter } from './PrintFooter';
import { TalkSheet } from './TalkSheet';
import { useMonthName } from './useMonthName';
import './print.css';
import { paths } from '../../config/paths';

/** /teams/:teamId/calendar: the talks of one team's hires. */
export function TeamCalendarPage() {
  const { teamId = '' } = useParams();
  const { record: team, fallback } = useTeam(teamId);
  if (fallback) return fallback;
  return <CalendarView team={team} />;
}

/** /calendar: the talks of every team. */
export function AllTeamsCalendarPage() {
  return <CalendarView team={null} />;
}

const SHOW_ALL_PARAM = 'show';

function CalendarView({ team }: { team: Team | null }) {
  const { t } = useTranslation('calendar');
  const teamId = team?.id ?? null;
  const entries = useLiveQuery(() => listCalendarEntries(teamId), [teamId]);
  const [params, setParams] = useSearchParams();
  const showAll = params.get(SHOW_ALL_PARAM) === 'all';
  const checkboxId = useId();
  const today = localIsoDate(new Date());
  const title = team ? t('title.team', { team: team.name }) : t('title.all');

  return (
    <>
      {team && (
        <BackLink to={paths.team.href(team.id)}>{t('backToTeam', { team: team.name })}</BackLink>
      )}
      <PageHeading title={title}>{title}</PageHeading>
      <p className="no-print">{t('intro')}</p>
      {entries === undefined ? (
        <Loading />
      ) : (
        <>
          <div className="no-print">
            <div className="button-row">
              <PrintButton />
              <CalendarFileButton
                name={team?.name ?? t('ics.allTeams')}
                date={today}
                load={async () => talksByHire(entries)}
              />
            </div>
            <p className="muted calendar-hint">{t('ics.hint')}</p>
            <div className="form-group-checkbox">
              <input
                type="checkbox"
                id={checkboxId}
                className="form-checkbox"
                checked={showAll}
                onChange={(event) =>
                  setParams(event.target.checked ? { [SHOW_ALL_PARAM]: 'all' } : {}, {
                    replace: true,
                  })
                }
              />
              <label className="form-label" htmlFor={checkboxId}>
                {t('showAll')}
              </label>
            </div>
          </div>
          <CalendarMonths
            months={calendarMonths(entries, { today, showAll })}
            showAll={showAll}
            title={title}
            withTeam={team === null}
          />
          <PrintFooter />
        </>
      )}
    </>
  );
}

interface CalendarMonthsProps {
  months: readonly CalendarMonth[];
  showAll: boolean;
  /** Whose calendar, for the head of every printed page. */
  title: string;
  withTeam: boolean;
}

/** On screen a sheet per talk, month by month; on paper a compact table. */
function CalendarMonths({ months, showAll, title, withTeam }: CalendarMonthsProps) {
  const { t } = useTranslation('calendar');
  if (months.length === 0) {
    return <p className="empty-state">{t(showAll ? 'empty.all' : 'empty.upcoming')}</p>;
  }
  return (
    <>
      <MonthSheets months={months} withTeam={withTeam} />
      <CalendarPrintTable title={title} months={months} withTeam={withTeam} />
    </>
  );
}

function MonthSheets({ months, withTeam }: Omit<CalendarMonthsProps, 'showAll' | 'title'>) {
  const monthName = useMonthName();
  return months.map(({ month, entries: monthEntries }) => (
    <section key={month} aria-labelledby={`month-${month}`} className="calendar-month no-print">
      <h2 id={`month-${month}`}>{monthName(month)}</h2>
      <ol className="talk-sheets no-max-width">
        {monthEntries.map(({ talk, hire, team }) => (
          <li key={talk.id}>
            <TalkSheet
              talk={talk}
              hire={
                <>
                  <Link to={paths.hire.href(hire.id)}>{hire.name}</Link>
                  {withTeam && ` (${team.name})`}
                </>
              }
            />
          </li>
        ))}
      </ol>
    </section>
  ));
}
