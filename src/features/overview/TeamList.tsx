import { useDeferredValue, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hire } from '../../domain/types';
import { Loading } from '../../ui/Loading';
import { HIRES_PREVIEW, TeamCard } from './TeamCard';
import { useCardDetails } from './useCardDetails';
import type { TeamSummary } from './useOverview';

/**
 * Teams shown at first; more on request, so 1,000 hires never render at once. Ten cards are
 * several screens on a phone, and each card more delays the first screen.
 */
const TEAMS_PER_PAGE = 10;

function listedHires({ team, hires }: TeamSummary, expanded: ReadonlySet<string>): Hire[] {
  return expanded.has(team.id) ? hires : hires.slice(0, HIRES_PREVIEW);
}

interface Props {
  teams: readonly TeamSummary[];
  /** Called once the cards are shown (at once when there are none). */
  onShown?: () => void;
}

export function TeamList({ teams, onShown }: Props) {
  const { t } = useTranslation('overview');
  const [shown, setShown] = useState(TEAMS_PER_PAGE);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const cards = teams.slice(0, shown).map((summary) => ({
    summary,
    listed: listedHires(summary, expanded),
  }));
  // Deferred: the cards then render in short slices (a transition) instead of one long task
  // that would hold up clicks and key presses while the overview opens.
  const details = useDeferredValue(
    useCardDetails(
      cards.map(({ summary }) => summary.team.id),
      cards.flatMap(({ listed }) => listed.map((hire) => hire.id)),
    ),
  );

  const shownNow = teams.length === 0 || details !== undefined;
  useEffect(() => {
    if (shownNow) onShown?.();
  }, [shownNow, onShown]);

  function toggle(teamId: string) {
    const next = new Set(expanded);
    if (!next.delete(teamId)) next.add(teamId);
    setExpanded(next);
  }

  if (teams.length === 0) return null;
  // The cards render once, with their details: with 1,000 hires, rendering them first
  // without and then again with cost more than the read.
  if (details === undefined) return <Loading />;
  return (
    <>
      <ul className="card-list">
        {cards.map(({ summary, listed }) => (
          <TeamCard
            key={summary.team.id}
            summary={summary}
            listed={listed}
            expanded={expanded.has(summary.team.id)}
            onToggle={() => toggle(summary.team.id)}
            details={details}
          />
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
