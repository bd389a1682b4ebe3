import { useState } from 'react';
import { useLoadedTranslation } from '../lib/useLoadedTranslation';
import { FIELD_ERROR_LIMITS, validateName } from '../domain/validation';

/** A required name field's value and error; `validName()` shows the error and returns null if invalid. */
export function useNameField(initial = '') {
  const { t } = useLoadedTranslation();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return {
    name,
    setName,
    error,
    /** Checks the field's value, or `value` when the field is not controlled by this hook. */
    validName(value = name): string | null {
      const problem = validateName(value);
      setError(problem ? t(`fieldErrors.${problem}`, FIELD_ERROR_LIMITS) : null);
      return problem ? null : value;
    },
  };
}
