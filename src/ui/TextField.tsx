import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  notice?: string | null;
}

/** A labelled input with its hint, error and notice, wired for screen readers. */
export function TextField({ label, hint, error, notice, className, ...input }: TextFieldProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`, notice && `${id}-notice`]
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
      <input
        id={id}
        className={`form-input ${className ?? ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      {notice && (
        <p className="field-notice" id={`${id}-notice`}>
          {notice}
        </p>
      )}
    </div>
  );
}
