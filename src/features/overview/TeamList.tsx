import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TeamCard } from './TeamCard';
import type { TeamSummary } from './useOverview';

/** Teams shown at first; more on request, so 1,000 hires never render at once. */
export const TEAMS_PER_PAGE = 20;

export function TeamList({ teams }: { teams: readonly TeamSummary[] }) {
  // The cards' next talks need `talks`, loaded with this chunk (see OverviewPage).
  const { t } = useTranslation(['overview', 'talks']);
  const [shown, setShown] = useState(TEAMS_PER_PAGE);
  if (teams.length === 0) return null;
  return (
    <>
      <ul className="card-list">
        {teams.slice(0, shown).map((summary) => (
          <TeamCard key={summary.team.id} summary={summary} />
        ))}
      </ul>
      {teams.length > shown && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setShown(shown + TEAMS_PER_PAGE)}
        >
          {t('moreTeams', { shown, count: teams.length })}
        </button>
      )}
    </>
  );
}
