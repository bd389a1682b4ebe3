import { useId, type ReactNode } from 'react';

export interface FieldControl {
  id: string;
  /** Ids of the hint, error and notice, for aria-describedby (undefined when none). */
  describedBy: string | undefined;
  invalid: true | undefined;
}

interface FormFieldProps {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  notice?: string | null;
  /** Further ids to describe the control with (e.g. a save status). */
  extraDescribedBy?: string;
  children: (control: FieldControl) => ReactNode;
}

/** Label, hint, error and notice around one form control, wired for screen readers. */
export function FormField({
  label,
  hint,
  error,
  notice,
  extraDescribedBy,
  children,
}: FormFieldProps) {
  const id = useId();
  const describedBy = [
    hint && `${id}-hint`,
    error && `${id}-error`,
    notice && `${id}-notice`,
    extraDescribedBy,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
      {children({ id, describedBy: describedBy || undefined, invalid: error ? true : undefined })}
      {notice && (
        <p className="field-notice" id={`${id}-notice`}>
          {notice}
        </p>
      )}
    </div>
  );
}
