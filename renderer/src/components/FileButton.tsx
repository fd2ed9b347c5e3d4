// Choosing a file: a label around a hidden file input, so the picker is the platform's own and
// the control is reached by keyboard like any button.
import type { ChangeEvent } from 'react';

/** The chosen file; the input is cleared so that choosing the same file again reads it again. */
export function takeChosenFile(event: ChangeEvent<HTMLInputElement>): File | null {
  const file = event.target.files?.[0] ?? null;
  event.target.value = '';
  return file;
}

interface FileButtonProps {
  label: string;
  accept: string;
  disabled: boolean;
  onFile: (file: File) => void;
  /** Takes focus when its dialog opens (the dialog's step is choosing the file). */
  focusInDialog?: boolean;
}

export function FileButton({ label, accept, disabled, onFile, focusInDialog = false }: FileButtonProps) {
  return (
    <label className={disabled ? 'file-button disabled' : 'file-button'}>
      {label}
      {/* Not `disabled` while busy: a disabled input loses focus, and it would drop to the page
          (and back there when a dialog opened meanwhile closes). A press is refused instead. */}
      <input
        type="file"
        className="visually-hidden"
        accept={accept}
        aria-disabled={disabled || undefined}
        data-autofocus={focusInDialog || undefined}
        onClick={(event) => {
          if (disabled) event.preventDefault();
        }}
        onChange={(event) => {
          const file = takeChosenFile(event);
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
