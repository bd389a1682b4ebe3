import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { listHiresOfTeam } from '../../db/hireReads';
import { localIsoDate } from '../../domain/dates';
import type { ChecklistItem } from '../../domain/types';
import { ChecklistSection } from '../../connected/ChecklistSection';
import { SyncStatusLine } from '../../connected/SyncStatusLine';
import { useTeamSync } from '../../connected/useTeamSync';
import { useTeam } from '../../connected/useRecord';
import { CleanupBadge } from '../../ui/CleanupBadge';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { useDateFormat } from '../../lib/dateFormat';
import { ReferralSection } from './ReferralSection';
import { SyncSection } from './SyncSection';
import { TeamActions } from './TeamActions';
import { paths } from '../../config/paths';

export function TeamPage() {
  const { teamId = '' } = useParams();
  const { t } = useTranslation('team');
  const { t: tCalendar } = useTranslation('calendar');
  const { formatDate } = useDateFormat();
  const { record: team, fallback } = useTeam(teamId);
  const hires = useLiveQuery(() => listHiresOfTeam(teamId), [teamId]);
  const sync = useTeamSync(teamId);
  const today = localIsoDate(new Date());
  // Stable, so the checklist's memoised rows do not all re-render on every tick.
  const worksheetLink = useCallback(
    (item: ChecklistItem) =>
      item.templateId === 'team-day' && (
        <Link to={paths.teamWorksheet.href(teamId)}>{t('worksheetLink')}</Link>
      ),
    [t, teamId],
  );

  if (fallback) return fallback;
  if (hires === undefined || sync.link === undefined) return <Loading />;

  return (
    <>
      <PageHeading title={team.name}>{team.name}</PageHeading>
      {sync.link && <SyncStatusLine status={sync.status} />}
      {team.archivedAt && <p className="alert alert-info">{t('archivedNotice')}</p>}
      <TeamActions team={team} hireCount={hires.length} />

      <ChecklistSection
        ownerId={teamId}
        kind="team"
        heading={t('preparation.heading')}
        intro={t('preparation.intro')}
        itemLinks={worksheetLink}
      />

      <ReferralSection team={team} />

      <section aria-labelledby="hires-heading">
        <h2 id="hires-heading">{t('hires.heading')}</h2>
        {hires.length === 0 ? (
          <p>{t('hires.empty')}</p>
        ) : (
          <ul className="hire-list">
            {hires.map((hire) => (
              <li key={hire.id} className="hire-row">
                <Link to={paths.hire.href(hire.id)}>{hire.name}</Link>
                <span className="muted">
                  {t('hires.starts', { date: formatDate(hire.startDate) })}
                </span>
                <CleanupBadge hire={hire} today={today} />
              </li>
            ))}
          </ul>
        )}
        <div className="button-row">
          <Link className="button button-primary" to={paths.newHire.href(teamId)}>
            {t('hires.add')}
          </Link>
          <Link className="button button-secondary" to={paths.teamCalendar.href(teamId)}>
            {tCalendar('teamLink')}
          </Link>
        </div>
      </section>

      <SyncSection teamId={teamId} link={sync.link} />
    </>
  );
}
