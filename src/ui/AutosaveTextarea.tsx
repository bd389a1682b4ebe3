import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX_LENGTH } from '../domain/limits';
import { validateNote } from '../domain/validation';
import { FormField } from './FormField';

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
  const noteError = validateNote(draft);

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
    if (text === lastSaved.current || validateNote(text)) return;
    setState('saving');
    const ok = await onSave(text);
    if (ok) lastSaved.current = text;
    setState(ok ? 'saved' : 'failed');
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  const statusId = `${id}-status`;
  return (
    <>
      <FormField
        label={label}
        hint={hint}
        error={noteError ? t(`fieldErrors.${noteError}`, { max: NOTE_MAX_LENGTH }) : null}
        extraDescribedBy={statusId}
      >
        {(control) => (
          <textarea
            id={control.id}
            className="form-input"
            rows={rows}
            value={draft}
            aria-invalid={control.invalid}
            aria-describedby={control.describedBy}
            onChange={(event) => {
              const text = event.target.value;
              setDraft(text);
              setState('idle');
              clearTimeout(timer.current);
              timer.current = setTimeout(() => void save(text), delayMs);
            }}
            onBlur={() => void save(draft)}
          />
        )}
      </FormField>
      <span id={statusId} className={`save-status save-status--${state}`} aria-live="polite">
        {state === 'idle' ? '' : t(`saveState.${state}`)}
      </span>
    </>
  );
}
