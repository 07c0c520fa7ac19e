import { useId, type ReactNode } from 'react';
import { translateMessage } from './i18n';

interface FieldProps {
  label: string;
  hint?: string;
  /** A react-hook-form error; its message may be an i18n key. */
  error?: { message?: string | undefined } | undefined;
  optional?: string;
  /** Renders the control with the ids that tie label, hint and error to it. */
  children: (control: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: boolean;
  }) => ReactNode;
}

/** Label, control, hint and inline error, wired for screen readers. */
export function Field({ label, hint, error, optional, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional"> ({optional})</span>}
      </label>
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="error" role="alert">
          {translateMessage(error.message)}
        </p>
      )}
    </div>
  );
}
