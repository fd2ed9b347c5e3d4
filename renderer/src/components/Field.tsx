// A labelled form field with its validation message tied to the input for screen readers.
import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';

/**
 * More words about a field than its hint, such as where a proposed value was found. `key` names
 * what the field holds (`data-annotation`), so a form can tell which one has focus.
 */
export interface FieldAnnotation {
  key: string;
  content: ReactNode;
}

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  annotation?: FieldAnnotation | undefined;
  className?: string;
  children: ReactElement<Record<string, unknown>>;
}

export function Field({ label, error, hint, annotation, className, children }: FieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const hintId = `${id}-hint`;
  const annotationId = `${id}-annotation`;
  const describedBy =
    [error ? messageId : null, hint ? hintId : null, annotation ? annotationId : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div
      className={`field${className ? ` ${className}` : ''}${error ? ' invalid' : ''}`}
      data-annotation={annotation?.key}
    >
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <span id={hintId} className="hint small">
          {hint}
        </span>
      )}
      {annotation && (
        <span id={annotationId} className="field-annotation small">
          {annotation.content}
        </span>
      )}
      {error && (
        <span id={messageId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
