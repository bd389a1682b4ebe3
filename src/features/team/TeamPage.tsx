import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { addItem, listItems } from '../../db/checklist';
import { listHiresOfTeam } from '../../db/hireQueries';
import { getTeam } from '../../db/teams';
import { checklistProgress } from '../../domain/progress';
import { AddItemForm } from '../../ui/AddItemForm';
import { Checklist } from '../../ui/Checklist';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { ProgressBar } from '../../ui/ProgressBar';
import { useChecklistActions } from '../../ui/useChecklistActions';
import { useDateFormat } from '../../ui/dates';
import { useWrite } from '../../ui/useWrite';
import { NotFound } from '../../ui/NotFound';
import { ReferralSection } from './ReferralSection';
import { TeamActions } from './TeamActions';

export function TeamPage() {
  const { teamId = '' } = useParams();
  const { t } = useTranslation('team');
  const { t: tCalendar } = useTranslation('calendar');
  const { formatDate } = useDateFormat();
  const write = useWrite();
  const actions = useChecklistActions();
  const team = useLiveQuery(() => getTeam(teamId).then((found) => found ?? null), [teamId]);
  const items = useLiveQuery(() => listItems(teamId), [teamId]);
  const hires = useLiveQuery(() => listHiresOfTeam(teamId), [teamId]);

  if (team === undefined || items === undefined || hires === undefined) return <Loading />;
  if (team === null) return <NotFound />;

  return (
    <>
      <PageHeading title={team.name}>{team.name}</PageHeading>
      {team.archivedAt && <p className="alert alert-info">{t('archivedNotice')}</p>}
      <TeamActions team={team} hireCount={hires.length} />

      <section aria-labelledby="preparation-heading">
        <h2 id="preparation-heading">{t('preparation.heading')}</h2>
        <p>{t('preparation.intro')}</p>
        <ProgressBar progress={checklistProgress(items)} label={t('preparation.heading')} />
        <Checklist
          items={items}
          label={t('preparation.heading')}
          itemLinks={(item) =>
            item.templateId === 'team-day' && (
              <Link to={`/teams/${teamId}/worksheet`}>{t('worksheetLink')}</Link>
            )
          }
          {...actions}
        />
        <AddItemForm onAdd={(title) => write(() => addItem(teamId, 'team', { title }))} />
      </section>

      <ReferralSection team={team} />

      <section aria-labelledby="hires-heading">
        <h2 id="hires-heading">{t('hires.heading')}</h2>
        {hires.length === 0 ? (
          <p>{t('hires.empty')}</p>
        ) : (
          <ul className="hire-list">
            {hires.map((hire) => (
              <li key={hire.id} className="hire-row">
                <Link to={`/hires/${hire.id}`}>{hire.name}</Link>
                <span className="muted">
                  {t('hires.starts', { date: formatDate(hire.startDate) })}
                </span>
              </li>
            ))}
          </ul>
        )}
        <div className="button-row">
          <Link className="button button-primary" to={`/teams/${teamId}/hires/new`}>
            {t('hires.add')}
          </Link>
          <Link className="button button-secondary" to={`/teams/${teamId}/calendar`}>
            {tCalendar('teamLink')}
          </Link>
        </div>
      </section>
    </>
  );
}
