import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX_LENGTH } from '../domain/validation';

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

interface AutosaveTextareaProps {
  label: string;
  value: string;
  /** Writes the text; rejects when the write failed. */
  onSave: (text: string) => Promise<boolean>;
  hint?: string;
  delayMs?: number;
  rows?: number;
}

/**
 * A textarea that saves as you type (debounced) and when it loses focus, and says
 * "Saved" only after the write has been committed.
 */
export function AutosaveTextarea({
  label,
  value,
  onSave,
  hint,
  delayMs = 600,
  rows = 3,
}: AutosaveTextareaProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [state, setState] = useState<SaveState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSaved = useRef(value);
  const tooLong = draft.length > NOTE_MAX_LENGTH;

  // Follow changes made elsewhere (another tab) unless the user is mid-edit.
  useEffect(() => {
    if (draft === lastSaved.current) {
      setDraft(value);
      lastSaved.current = value;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  async function save(text: string) {
    clearTimeout(timer.current);
    if (text === lastSaved.current || text.length > NOTE_MAX_LENGTH) return;
    setState('saving');
    const ok = await onSave(text);
    if (ok) lastSaved.current = text;
    setState(ok ? 'saved' : 'failed');
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div className={`form-group${tooLong ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {tooLong && (
        <span className="form-error-message" id={`${id}-error`} role="alert">
          {t('fieldErrors.note-too-long', { max: NOTE_MAX_LENGTH })}
        </span>
      )}
      <textarea
        id={id}
        className="form-input"
        rows={rows}
        value={draft}
        aria-invalid={tooLong || undefined}
        aria-describedby={[hint && `${id}-hint`, tooLong && `${id}-error`, `${id}-status`]
          .filter(Boolean)
          .join(' ')}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          setState('idle');
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(text), delayMs);
        }}
        onBlur={() => void save(draft)}
      />
      <span id={`${id}-status`} className={`save-status save-status--${state}`} aria-live="polite">
        {state === 'idle' ? '' : t(`saveState.${state}`)}
      </span>
    </div>
  );
}
