import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX_LENGTH } from '../domain/limits';
import { validateNote } from '../domain/validation';
import { guardPendingWork } from '../lib/pendingWork';
import { FormField } from './FormField';

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

interface AutosaveTextareaProps {
  label: string;
  /** The stored text, as the database shows it now (another tab's save included). */
  value: string;
  /** Writes the text; resolves to false when the write failed. */
  onSave: (text: string) => Promise<boolean>;
  hint?: string;
  delayMs?: number;
  rows?: number;
}

/**
 * A textarea that saves as you type (debounced), when it loses focus, when it closes and
 * when the page is hidden or closed, and says "Saved" only after the write has been
 * committed. The page asks before closing while a text is not stored yet.
 *
 * It knows the stored text its draft started from: when another tab stores a different text
 * while this one has been edited here, it stops saving and lets the user keep either text.
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
  const [draft, setDraftState] = useState(value);
  const [state, setState] = useState<SaveState>('idle');
  /** Another tab's text, while the user has not chosen between it and theirs. */
  const [other, setOtherState] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The stored text the draft started from, or the draft's text once it is stored. */
  const base = useRef(value);
  /** Texts sent to storage whose save has not resolved: their echo is not another tab's. */
  const inFlight = useRef(new Set<string>());
  // The leave-page guard and the unmount flush run outside React's render: they read refs.
  const current = useRef<{ draft: string; other: string | null }>({ draft: value, other: null });
  const onSaveRef = useRef(onSave);
  useEffect(() => {
    onSaveRef.current = onSave;
  });
  const noteError = validateNote(draft);

  const setDraft = (text: string) => {
    current.current.draft = text;
    setDraftState(text);
  };
  const setOther = (text: string | null) => {
    current.current.other = text;
    setOtherState(text);
  };

  const save = useCallback(async (text: string) => {
    clearTimeout(timer.current);
    if (current.current.other !== null || text === base.current || validateNote(text)) return;
    setState('saving');
    inFlight.current.add(text);
    const ok = await onSaveRef.current(text);
    inFlight.current.delete(text);
    if (ok) base.current = text;
    setState(ok ? 'saved' : 'failed');
  }, []);

  useEffect(() => {
    if (value === base.current || inFlight.current.has(value)) return;
    if (value === current.current.draft) {
      base.current = value;
      setOther(null);
      return;
    }
    const editedHere = current.current.draft !== base.current || state !== 'idle';
    if (editedHere) {
      clearTimeout(timer.current);
      setOther(value);
    } else {
      base.current = value;
      setDraft(value);
    }
    // Only a new stored text starts this; the state is read as it is then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  useEffect(() => {
    const flush = () => void save(current.current.draft);
    const unguard = guardPendingWork({
      isPending: () =>
        current.current.draft !== base.current ||
        current.current.other !== null ||
        inFlight.current.size > 0,
      flush,
    });
    return () => {
      unguard();
      // Closed (or left) before the debounce ran: store what was typed.
      flush();
    };
  }, [save]);

  function keepMine() {
    if (other === null) return;
    base.current = other;
    setOther(null);
    void save(draft);
  }

  function takeOther() {
    if (other === null) return;
    base.current = other;
    setDraft(other);
    setOther(null);
    setState('idle');
  }

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
      {other !== null && (
        <div className="alert alert-warning autosave-conflict" role="alert">
          <p>{t('saveConflict.message')}</p>
          <p className="autosave-conflict-label">{t('saveConflict.otherText')}</p>
          <blockquote className="autosave-conflict-text">
            {other === '' ? t('saveConflict.otherEmpty') : other}
          </blockquote>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={keepMine}>
              {t('saveConflict.keepMine')}
            </button>
            <button type="button" className="button button-secondary" onClick={takeOther}>
              {t('saveConflict.takeOther')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
