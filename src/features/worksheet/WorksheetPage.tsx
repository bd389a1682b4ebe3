import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { answersOfTeam, saveAnswer } from '../../db/worksheet';
import { WORKSHEET_QUESTION_IDS } from '../../domain/worksheet';
import { BackLink } from '../../ui/BackLink';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { useTeam } from '../../connected/useRecord';
import { useWrite } from '../../connected/useWrite';
import { WorksheetQuestion } from './WorksheetQuestion';
import './worksheet.css';
import { paths } from '../../config/paths';

/** The team day: the guide's questions for the team, answered and printable. */
export function WorksheetPage() {
  const { teamId = '' } = useParams();
  const { t } = useTranslation('worksheet');
  const write = useWrite();
  const { record: team, fallback } = useTeam(teamId);
  const answers = useLiveQuery(() => answersOfTeam(teamId), [teamId]);

  if (fallback) return fallback;
  if (answers === undefined) return <Loading />;

  const heading = t('heading', { team: team.name });
  return (
    <>
      <BackLink to={paths.team.href(team.id)}>{t('backToTeam', { team: team.name })}</BackLink>
      <PageHeading title={heading}>{heading}</PageHeading>
      <p className="font-lead">{t('intro')}</p>
      <p className="no-print">{t('encouragement')}</p>
      <div className="button-row no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <Link to={paths.guide.href('team-worries')}>{t('prepare')}</Link>
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
