import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { talksOfHires } from '../../db/talkQueries';
import type { Progress } from '../../domain/progress';
import type { Hire, Talk } from '../../domain/types';
import { NextTalkSummary } from '../../ui/NextTalk';
import { ProgressBar } from '../../ui/ProgressBar';
import { useDateFormat } from '../../ui/dates';
import { useProgress, type TeamSummary } from './useOverview';

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
  progress?: Progress;
  talks?: readonly Talk[];
}

function HireRow({ hire, progress, talks }: HireRowProps) {
  const { t } = useTranslation('overview');
  const { formatDate } = useDateFormat();
  return (
    <li className="hire-row">
      <Link to={`/hires/${hire.id}`}>{hire.name}</Link>
      <span className="muted">{t('starts', { date: formatDate(hire.startDate) })}</span>
      <ProgressOrPending progress={progress} label={`${hire.name}, ${t('onboarding')}`} />
      {talks && <NextTalkSummary talks={talks} />}
    </li>
  );
}

export function TeamCard({ summary }: { summary: TeamSummary }) {
  const { t } = useTranslation('overview');
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  const { team, hires } = summary;
  const listed = expanded ? hires : hires.slice(0, HIRES_PREVIEW);
  const listedIds = listed.map((hire) => hire.id);
  const progress = useProgress([team.id, ...listedIds]);
  // One read of the listed hires' talks per card, not one per hire.
  const talks = useLiveQuery(() => talksOfHires(listedIds), [listedIds.join()]);
  const noProgress = { done: 0, total: 0 };
  const progressOf = (id: string) => (progress ? (progress.get(id) ?? noProgress) : undefined);
  return (
    <li className="team-card" aria-busy={progress === undefined}>
      <h3 className="h4">
        <Link to={`/teams/${team.id}`}>{team.name}</Link>
      </h3>
      <p className="card-label">{t('teamPreparation')}</p>
      <ProgressOrPending
        progress={progressOf(team.id)}
        label={`${team.name}, ${t('teamPreparation')}`}
      />
      {hires.length === 0 ? (
        <p className="muted">
          {t('noHires')} <Link to={`/teams/${team.id}/hires/new`}>{t('addFirstHire')}</Link>
        </p>
      ) : (
        <ul id={listId} className="hire-list" aria-label={t('hiresOf', { team: team.name })}>
          {listed.map((hire) => (
            <HireRow
              key={hire.id}
              hire={hire}
              progress={progressOf(hire.id)}
              talks={talks?.get(hire.id)}
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
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('fewerHires') : t('allHires', { count: hires.length })}
          <span className="sr-only"> – {team.name}</span>
        </button>
      )}
    </li>
  );
}
