import { useTranslation } from 'react-i18next';
import { progressPercent, type Progress } from '../domain/progress';

interface ProgressBarProps {
  progress: Progress;
  /** What the progress is of, for screen readers ("Team preparation"). */
  label: string;
}

export function ProgressBar({ progress, label }: ProgressBarProps) {
  const { t } = useTranslation();
  const text = t('progress.doneOfTotal', { done: progress.done, total: progress.total });
  return (
    <div className="progress">
      <progress
        max={Math.max(progress.total, 1)}
        value={progress.done}
        aria-label={`${label}: ${text}`}
        data-percent={progressPercent(progress)}
      />
      <span className="progress-text" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
