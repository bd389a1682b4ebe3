import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getTeam } from '../../db/teams';
import { answersOfTeam, saveAnswer } from '../../db/worksheet';
import { WORKSHEET_QUESTION_IDS } from '../../domain/worksheet';
import { Loading } from '../../ui/Loading';
import { NotFound } from '../../ui/NotFound';
import { PageHeading } from '../../ui/PageHeading';
import { useWrite } from '../../connected/useWrite';
import { WorksheetQuestion } from './WorksheetQuestion';
import './worksheet.css';

/** The team day: the guide's questions for the team, answered and printable. */
export function WorksheetPage() {
  const { teamId = '' } = useParams();
  const { t } = useTranslation('worksheet');
  const write = useWrite();
  const team = useLiveQuery(() => getTeam(teamId).then((found) => found ?? null), [teamId]);
  const answers = useLiveQuery(() => answersOfTeam(teamId), [teamId]);

  if (team === undefined || answers === undefined) return <Loading />;
  if (team === null) return <NotFound />;

  const heading = t('heading', { team: team.name });
  return (
    <>
      <p className="breadcrumb-back no-print">
        <Link to={`/teams/${team.id}`}>{t('backToTeam', { team: team.name })}</Link>
      </p>
      <PageHeading title={heading}>{heading}</PageHeading>
      <p className="font-lead">{t('intro')}</p>
      <p className="no-print">{t('encouragement')}</p>
      <div className="button-row no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <Link to="/guide#team-worries">{t('prepare')}</Link>
      </div>
      <ol className="worksheet-questions no-max-width">
        {WORKSHEET_QUESTION_IDS.map((questionId) => (
          <WorksheetQuestion
            key={questionId}
            questionId={questionId}
            answer={answers.get(questionId)?.text ?? ''}
            onSave={(text) => write(() => saveAnswer(team.id, questionId, text))}
          />
        ))}
      </ol>
      <p className="worksheet-credit">{t('credit')}</p>
    </>
  );
}
