import { useId, type ReactNode } from 'react';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

interface RadioGroupProps<V extends string> {
  legend: ReactNode;
  value: V;
  options: readonly RadioOption<V>[];
  onChange: (value: V) => void;
  className?: string;
}

/** A labelled group of radio buttons (dkfds markup), one choice of several. */
export function RadioGroup<V extends string>({
  legend,
  value,
  options,
  onChange,
  className,
}: RadioGroupProps<V>) {
  const id = useId();
  return (
    <div className={`form-group ${className ?? ''}`}>
      <fieldset>
        <legend className="form-label">{legend}</legend>
        {options.map((option) => (
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
