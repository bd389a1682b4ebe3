import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localIsoDate, type IsoDate } from '../../domain/dates';
import type { Progress } from '../../domain/progress';
import type { Hire, Talk } from '../../domain/types';
import { CleanupBadge } from '../../ui/CleanupBadge';
import { NextTalkSummary } from '../../ui/NextTalkSummary';
import { ProgressBar } from '../../ui/ProgressBar';
import { useDateFormat } from '../../lib/dateFormat';
import type { CardDetails } from './useCardDetails';
import type { TeamSummary } from './useOverview';
import { paths } from '../../config/paths';

/** Hires listed before "show all": a team's card stays short however big the team is. */
export const HIRES_PREVIEW = 5;

/** A progress bar, or the room it will take while its items are read. */
function ProgressOrPending({ progress, label }: { progress?: Progress; label: string }) {
  return progress ? (
    <ProgressBar progress={progress} label={label} />
  ) : (
    <div className="progress progress--pending" />
  );
}

interface HireRowProps {
  hire: Hire;
  /** "Starts 15 March 2027". */
  starts: string;
  progressLabel: string;
  progress?: Progress;
  talks?: readonly Talk[];
  today: IsoDate;
}

/** Texts come from the card: a card lists many rows, and each text hook has a cost. */
function HireRow({ hire, starts, progressLabel, progress, talks, today }: HireRowProps) {
  return (
    <li className="hire-row">
      <Link to={paths.hire.href(hire.id)}>{hire.name}</Link>
      <span className="muted">{starts}</span>
      <CleanupBadge hire={hire} today={today} />
      <ProgressOrPending progress={progress} label={progressLabel} />
      {talks && <NextTalkSummary talks={talks} />}
    </li>
  );
}

interface TeamCardProps {
  summary: TeamSummary;
  /** The hires listed: the first few, or all once expanded. */
  listed: readonly Hire[];
  expanded: boolean;
  onToggle: () => void;
  details: CardDetails;
}

export function TeamCard({ summary, listed, expanded, onToggle, details }: TeamCardProps) {
  const { t } = useTranslation('overview');
  const { formatDate } = useDateFormat();
  const listId = useId();
  const { team, hires } = summary;
  // A hire just listed (the card expanded) has no progress until the next read.
  const progressOf = (id: string) => details.progress.get(id);
  const busy = [team, ...listed].some(({ id }) => progressOf(id) === undefined);
  const onboarding = t('onboarding');
  const today = localIsoDate(new Date());
  return (
    <li className="team-card" aria-busy={busy}>
      <h3 className="h4">
        <Link to={paths.team.href(team.id)}>{team.name}</Link>
      </h3>
      <p className="card-label">{t('teamPreparation')}</p>
      <ProgressOrPending
        progress={progressOf(team.id)}
        label={`${team.name}, ${t('teamPreparation')}`}
      />
      {hires.length === 0 ? (
        <p className="muted">
          {t('noHires')} <Link to={paths.newHire.href(team.id)}>{t('addFirstHire')}</Link>
        </p>
      ) : (
        <ul id={listId} className="hire-list" aria-label={t('hiresOf', { team: team.name })}>
          {listed.map((hire) => (
            <HireRow
              key={hire.id}
              hire={hire}
              starts={t('starts', { date: formatDate(hire.startDate) })}
              progressLabel={`${hire.name}, ${onboarding}`}
              progress={progressOf(hire.id)}
              talks={details.talks.get(hire.id)}
              today={today}
            />
          ))}
        </ul>
      )}
      {hires.length > HIRES_PREVIEW && (
        <button
          type="button"
          className="button button-tertiary"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={onToggle}
        >
          {expanded ? t('fewerHires') : t('allHires', { count: hires.length })}
          <span className="sr-only"> – {team.name}</span>
        </button>
      )}
    </li>
  );
}
