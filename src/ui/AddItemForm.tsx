import type { FormEvent } from 'react';
import { useLoadedTranslation } from './useLoadedTranslation';
import { TextField } from './TextField';
import { useNameField } from './useNameField';

/** Adds the user's own checklist item; an empty or overlong title gets a message. */
export function AddItemForm({ onAdd }: { onAdd: (title: string) => Promise<boolean> }) {
  const { t } = useLoadedTranslation();
  const { name: title, setName: setTitle, error, validName } = useNameField();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (validName() === null) return;
    const submitted = title;
    // Clear only what was saved: the user may already be typing the next item.
    if (await onAdd(submitted)) setTitle((current) => (current === submitted ? '' : current));
  }

  return (
    <form className="add-item-form" onSubmit={submit} noValidate>
      <TextField
        label={t('checklist.ownItemLabel')}
        value={title}
        error={error}
        onChange={(event) => setTitle(event.target.value)}
        maxLength={200}
      />
      <button type="submit" className="button button-secondary">
        {t('checklist.addOwnItem')}
      </button>
    </form>
  );
}
