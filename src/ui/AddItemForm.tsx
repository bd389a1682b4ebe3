import { memo, useRef, type FormEvent } from 'react';
import { TextField } from './TextField';
import { useLoadedTranslation } from '../lib/useLoadedTranslation';
import { useNameField } from './useNameField';
import { focusFirstInvalidField } from '../lib/focusFirstInvalidField';
import { useSingleFlight } from '../lib/useSingleFlight';

/**
 * Adds the user's own checklist item; an empty or overlong title gets a message. The field
 * is not controlled by React, so typing re-renders nothing.
 */
export const AddItemForm = memo(function AddItemForm({
  onAdd,
}: {
  onAdd: (title: string) => Promise<boolean>;
}) {
  const { t } = useLoadedTranslation();
  const { error, validName } = useNameField();
  const field = useRef<HTMLInputElement>(null);
  const { run } = useSingleFlight();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = field.current;
    const submitted = input && validName(input.value);
    if (!input || submitted === null) return focusFirstInvalidField(event.currentTarget);
    // Keyed by the title: a second Enter on the same text is the same intent, the next item
    // typed while this one saves is a new one (so the button stays enabled, and Enter works).
    void run(async () => {
      // Clear only what was saved: the user may already be typing the next item.
      if ((await onAdd(submitted)) && input.value === submitted) input.value = '';
    }, submitted);
  }

  return (
    <form className="add-item-form" onSubmit={submit} noValidate>
      <TextField
        ref={field}
        label={t('checklist.ownItemLabel')}
        defaultValue=""
        error={error}
        maxLength={200}
      />
      <button type="submit" className="button button-secondary">
        {t('checklist.addOwnItem')}
      </button>
    </form>
  );
});
