import { useTranslation } from 'react-i18next';
import { isoWeek } from '../../domain/dates';
import type { CalendarMonth } from '../../domain/teamCalendar';
import { useDateFormat } from '../../lib/dateFormat';
import { talkParticipantsText, talkTitle } from '../../ui/talkText';
import { useMonthName } from './useMonthName';

interface CalendarPrintTableProps {
  /** Whose calendar: repeated at the top of every printed page with the column heads. */
  title: string;
  months: readonly CalendarMonth[];
  withTeam: boolean;
}

const COLUMNS = ['date', 'weekday', 'week', 'time', 'hire', 'talk', 'participants'] as const;

/**
 * The calendar on paper: one compact row per talk, a group of rows per month. The head
 * (whose calendar, and the column names) repeats on every page; no agenda, no notes line –
 * those belong on the one-hire printout.
 */
export function CalendarPrintTable({ title, months, withTeam }: CalendarPrintTableProps) {
  const { t: tTalks } = useTranslation('talks');
  const { t } = useTranslation('calendar');
  const monthName = useMonthName();
  const { formatDate, formatPattern } = useDateFormat();

  return (
    <table className="calendar-print print-only">
      <thead>
        <tr>
          <th colSpan={COLUMNS.length} scope="colgroup" className="calendar-print-title">
            {title}
          </th>
        </tr>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col" className={`calendar-print-${column}`}>
              {t(`print.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      {months.map(({ month, entries }) => (
        <tbody key={month}>
          <tr className="calendar-print-month">
            <th colSpan={COLUMNS.length} scope="rowgroup">
              {monthName(month)}
            </th>
          </tr>
          {entries.map(({ talk, hire, team }) => (
            <tr key={talk.id} className={`calendar-print-row talk-row--${talk.status}`}>
              <td>{formatDate(talk.date, 'short')}</td>
              <td>{formatPattern(talk.date, 'EEEE')}</td>
              <td>{isoWeek(talk.date)}</td>
              <td>{talk.time ?? ''}</td>
              <td>
                {withTeam ? t('entry.hireInTeam', { hire: hire.name, team: team.name }) : hire.name}
              </td>
              <td>
                {talkTitle(tTalks, talk.key)}
                {talk.status !== 'planned' && ` (${tTalks(`status.${talk.status}`)})`}
              </td>
              <td>{talkParticipantsText(tTalks, talk.key)}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
