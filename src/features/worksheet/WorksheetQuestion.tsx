import { useTranslation } from 'react-i18next';
import type { WorksheetQuestionId } from '../../domain/worksheet';
import { AutosaveTextarea } from '../../ui/AutosaveTextarea';

interface WorksheetQuestionProps {
  questionId: WorksheetQuestionId;
  answer: string;
  onSave: (text: string) => Promise<boolean>;
}

/** One question of the team day: edited on screen, printed as plain text. */
export function WorksheetQuestion({ questionId, answer, onSave }: WorksheetQuestionProps) {
  const { t } = useTranslation('worksheet');
  return (
    <li className="worksheet-question">
      <h2 className="h3">{t(`questions.${questionId}.title`)}</h2>
      <AutosaveTextarea
        label={t(`questions.${questionId}.question`)}
        hint={t(`questions.${questionId}.hint`)}
        value={answer}
        onSave={onSave}
        rows={6}
      />
      <div className="worksheet-print-answer">
        <p className="worksheet-print-label">{t('answerHeading')}</p>
        {answer ? (
          <p className="worksheet-print-text">{answer}</p>
        ) : (
          <p className="worksheet-print-empty">{t('notAnswered')}</p>
        )}
      </div>
    </li>
  );
}
