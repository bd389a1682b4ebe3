import { useCallback, useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { lazyWithTexts, useLoaded } from '../../lib/lazyComponent';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { NewTeamForm } from './NewTeamForm';
import { OverviewSearch } from './OverviewSearch';
import { countHires, filterOverview } from './filterOverview';
import { useOverview } from './useOverview';

/**
 * The team cards (with their progress, dates and next talks) load only once there are teams:
 * a first visit, with nothing stored, does without their code and texts.
 */
const TeamList = lazyWithTexts(
  () => import('./TeamList').then((m) => m.TeamList),
  ['talks', 'privacy'],
);

function preloadTeamList() {
  void TeamList.preload().catch(() => undefined); // useLoaded reports a failure.
}

export function OverviewPage() {
  const { t } = useTranslation('overview');
  // The cards' code is fetched while the hires are read, not after.
  const teams = useOverview(preloadTeamList);
  const cardsReady = useLoaded(TeamList, teams !== undefined && teams.length > 0);
  // What follows the cards waits for them, or it would be pushed down when they appear.
  const [cardsShown, setCardsShown] = useState(false);
  const showRest = useCallback(() => setCardsShown(true), []);
  const [query, setQuery] = useState('');
  // Typing stays instant; the (cheap) filtering and re-rendering follow a moment later.
  const deferredQuery = useDeferredValue(query);
  const shown = teams ? filterOverview(teams, deferredQuery) : [];
  const active = shown.filter((summary) => !summary.team.archivedAt);
  const archived = shown.filter((summary) => summary.team.archivedAt);

  return (
    <>
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <p className="font-lead">{t('intro')}</p>
      {teams === undefined || (teams.length > 0 && !cardsReady) ? (
        <Loading />
      ) : (
        <>
          {teams.length === 0 && (
            <EmptyState title={t('empty.title')}>
              <p>{t('empty.body')}</p>
            </EmptyState>
          )}
          {teams.length > 0 && (
            <section aria-labelledby="teams-heading">
              <h2 id="teams-heading">{t('teams')}</h2>
              <p className="overview-summary">
                {t('summary.teams', { count: teams.length })}
                {', '}
                {t('summary.hires', { count: countHires(teams) })}
              </p>
              <OverviewSearch
                query={query}
                onQuery={setQuery}
                matches={deferredQuery.trim() ? countHires(shown) : null}
                teamMatches={shown.length}
              />
              <TeamList teams={active} key={deferredQuery} onShown={showRest} />
            </section>
          )}
          {archived.length > 0 && cardsShown && (
            <details className="details">
              <summary className="details-summary">
                <span className="details-summary-text">
                  {t('archived', { count: archived.length })}
                </span>
              </summary>
              <div className="details-text">
                <TeamList teams={archived} key={deferredQuery} />
              </div>
            </details>
          )}
          {/* The first thing to do on a first visit; below the teams once there are some. */}
          {(teams.length === 0 || cardsShown) && <NewTeamForm />}
        </>
      )}
    </>
  );
}
