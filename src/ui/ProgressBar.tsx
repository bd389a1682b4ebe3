import { useState } from 'react';
import { progressPercent, type Progress } from '../domain/progress';
import { useLoadedTranslation } from '../lib/useLoadedTranslation';

interface ProgressBarProps {
  progress: Progress;
  /** What the progress is of, for screen readers ("Team preparation"). */
  label: string;
}

/** Empty until the message first changes, then the message: so a page load says nothing. */
function useMessageOnceChanged(message: string): string {
  const [initial] = useState(message);
  const [changed, setChanged] = useState(false);
  if (!changed && message !== initial) setChanged(true);
  return changed ? message : '';
}

export function ProgressBar({ progress, label }: ProgressBarProps) {
  const { t } = useLoadedTranslation();
  const text = t('progress.doneOfTotal', { done: progress.done, total: progress.total });
  const announcement = useMessageOnceChanged(`${label}: ${text}`);
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
      {/* A tick elsewhere on the page is announced politely, without moving focus. */}
      <span className="sr-only" role="status">
        {announcement}
      </span>
    </div>
  );
}
