// Said beside a form's submit button when it was refused: how many fields need fixing (each
// has its own message next to it). Nothing while there are none.

/** Takes the user to the first field to fix, once its message has rendered. */
export function focusFirstFieldToFix(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

export function FieldsToFix({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p className="field-error" role="alert">
      {count === 1 ? 'One field needs fixing.' : `${count} fields need fixing.`}
    </p>
  );
}
