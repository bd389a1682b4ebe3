import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { validateName } from '../domain/validation';
import { TextField } from './TextField';

/** Adds the user's own checklist item; an empty or overlong title gets a message. */
export function AddItemForm({ onAdd }: { onAdd: (title: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = validateName(title);
    if (problem) {
      setError(t(`fieldErrors.${problem}`));
      return;
    }
    setError(null);
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
