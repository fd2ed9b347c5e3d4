// Choosing a file: a real button that opens the platform's own file chooser through a file input
// kept out of sight, out of the accessibility tree and out of Tab, so the control is found, read
// and clicked as the one button it looks like.
import { useRef, type ChangeEvent } from 'react';

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
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      {/* Not `disabled` while busy: a disabled button loses focus, and it would drop to the page
          (and back there when a dialog opened meanwhile closes). A press is refused instead. */}
      <button
        type="button"
        aria-disabled={disabled || undefined}
        data-autofocus={focusInDialog || undefined}
        onClick={() => {
          if (!disabled) input.current?.click();
        }}
      >
        {label}
      </button>
      {/* Named for tests and tools that hand it a file directly; `hidden` keeps it from being read. */}
      <input
        ref={input}
        type="file"
        hidden
        aria-label={label}
        accept={accept}
        onChange={(event) => {
          const file = takeChosenFile(event);
          if (file) onFile(file);
        }}
      />
    </>
  );
}
