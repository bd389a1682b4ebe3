import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FormField } from './FormField';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  notice?: string | null;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with its hint, error and notice. */
export function TextField({ label, hint, error, notice, className, ...input }: TextFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error} notice={notice}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className={`form-input ${className ?? ''}`}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          {...input}
        />
      )}
    </FormField>
  );
}
