import { useTranslation } from 'react-i18next';
import type { StatusSnapshot } from '../../domain/statusSnapshot';
import { ProgressBar } from '../../ui/ProgressBar';

type TeamStatus = StatusSnapshot['team'];

/** The guide: what the team gets done still counts. Said as encouragement, never as a grade. */
function progressKey({ done, total }: TeamStatus): 'all' | 'some' | 'none' {
  if (done === 0) return 'none';
  return done >= total ? 'all' : 'some';
}

export function TeamReadiness({ team }: { team: TeamStatus }) {
  const { t } = useTranslation('status');
  if (team.total === 0 && team.buddy === null) return null;
  return (
    <section aria-labelledby="status-team-heading" className="status-section">
      <h2 id="status-team-heading">{t('team.heading')}</h2>
      {team.total > 0 && (
        <>
          <p>{t(`team.${progressKey(team)}`, { done: team.done, total: team.total })}</p>
          <ProgressBar progress={team} label={t('team.progressLabel')} />
        </>
      )}
      {team.buddy !== null && <p>{t(team.buddy ? 'team.buddyDone' : 'team.buddyPending')}</p>}
    </section>
  );
}
