import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NextTalk } from '../../ui/NextTalk';
import { ProgressBar } from '../../ui/ProgressBar';
import { useDateFormat } from '../../ui/dates';
import type { TeamSummary } from './useOverview';

export function TeamCard({ summary }: { summary: TeamSummary }) {
  const { t } = useTranslation('overview');
  const { formatDate } = useDateFormat();
  const { team, progress, hires } = summary;
  return (
    <li className="team-card">
      <h3 className="h4">
        <Link to={`/teams/${team.id}`}>{team.name}</Link>
      </h3>
      <p className="card-label">{t('teamPreparation')}</p>
      <ProgressBar progress={progress} label={`${team.name}, ${t('teamPreparation')}`} />
      {hires.length === 0 ? (
        <p className="muted">
          {t('noHires')} <Link to={`/teams/${team.id}/hires/new`}>{t('addFirstHire')}</Link>
        </p>
      ) : (
        <ul className="hire-list" aria-label={t('hiresOf', { team: team.name })}>
          {hires.map(({ hire, progress: hireProgress }) => (
            <li key={hire.id} className="hire-row">
              <Link to={`/hires/${hire.id}`}>{hire.name}</Link>
              <span className="muted">{t('starts', { date: formatDate(hire.startDate) })}</span>
              <ProgressBar progress={hireProgress} label={`${hire.name}, ${t('onboarding')}`} />
              <NextTalk hireId={hire.id} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
