// Field messages the "validate on submit, then live" way: none while a form is first filled in,
// then, from the first submit on, worked out again from the fields on every change, so a field
// loses its message as soon as it is fixed (and its aria-invalid and aria-describedby with it).
import { useState } from 'react';
import type { FieldIssue } from '@shared/validateApplication';

export interface IssuesAfterSubmit {
  /** The messages to show now. */
  issues: readonly FieldIssue[];
  /** Called on submit: from now on the messages follow the fields. */
  submitted(): void;
  /** A fresh form: no messages until it is submitted. */
  reset(): void;
}

export function useIssuesAfterSubmit(check: () => readonly FieldIssue[]): IssuesAfterSubmit {
  const [submittedOnce, setSubmittedOnce] = useState(false);
  return {
    issues: submittedOnce ? check() : [],
    submitted: () => setSubmittedOnce(true),
    reset: () => setSubmittedOnce(false),
  };
}
