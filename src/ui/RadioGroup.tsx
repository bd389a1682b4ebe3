import { useId, type ReactNode } from 'react';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

interface RadioGroupProps<V extends string> {
  legend: ReactNode;
  /** The chosen value; '' while none is chosen. */
  value: V | '';
  options: readonly RadioOption<V>[];
  onChange: (value: V) => void;
  className?: string;
  /** A message under the legend (e.g. that a choice is required); marks the group invalid. */
  error?: string;
  /** Focuses the chosen option, or the first, when the group appears (a form just opened). */
  autoFocus?: boolean;
}

/** A labelled group of radio buttons (dkfds markup), one choice of several. */
export function RadioGroup<V extends string>({
  legend,
  value,
  options,
  onChange,
  className,
  error,
  autoFocus = false,
}: RadioGroupProps<V>) {
  const id = useId();
  const classes = ['form-group', error && 'form-error', className].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="form-label">{legend}</legend>
        {error && (
          <span className="form-error-message" id={`${id}-error`} role="alert">
            {error}
          </span>
        )}
        {options.map((option, index) => (
          <div key={option.value} className="form-group-radio">
            <input
              type="radio"
              id={`${id}-${option.value}`}
              name={id}
              className="form-radio"
              value={option.value}
              checked={option.value === value}
              aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
              onChange={() => onChange(option.value)}
              autoFocus={autoFocus && (value ? option.value === value : index === 0)}
            />
            <label className="form-label" htmlFor={`${id}-${option.value}`}>
              {option.label}
            </label>
            {option.hint && (
              <span className="form-hint" id={`${id}-${option.value}-hint`}>
                {option.hint}
              </span>
            )}
          </div>
        ))}
      </fieldset>
    </div>
  );
}
