import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { NewTeamForm } from './NewTeamForm';
import { TeamCard } from './TeamCard';
import { useOverview } from './useOverview';

export function OverviewPage() {
  const { t } = useTranslation('overview');
  const teams = useOverview();
  const active = teams?.filter((summary) => !summary.team.archivedAt) ?? [];
  const archived = teams?.filter((summary) => summary.team.archivedAt) ?? [];

  return (
    <>
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <p className="font-lead">{t('intro')}</p>
      {teams === undefined ? (
        <Loading />
      ) : (
        <>
          {teams.length === 0 && (
            <EmptyState title={t('empty.title')}>
              <p>{t('empty.body')}</p>
            </EmptyState>
          )}
          <NewTeamForm />
          {active.length > 0 && (
            <section aria-labelledby="teams-heading">
              <h2 id="teams-heading">{t('teams')}</h2>
              <ul className="card-list">
                {active.map((summary) => (
                  <TeamCard key={summary.team.id} summary={summary} />
                ))}
              </ul>
            </section>
          )}
          {archived.length > 0 && (
            <details className="details">
              <summary className="details-summary">
                <span className="details-summary-text">
                  {t('archived', { count: archived.length })}
                </span>
              </summary>
              <ul className="card-list details-text">
                {archived.map((summary) => (
                  <TeamCard key={summary.team.id} summary={summary} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </>
  );
}
