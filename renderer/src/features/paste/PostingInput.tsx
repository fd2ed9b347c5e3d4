// Step 1: a large text area for the copied page, and a drop zone and file picker for a page
// saved as .txt or .html. A paste, a drop or a file goes straight on to the review.
import { useEffect, useId, useRef, useState, type DragEvent, type RefObject } from 'react';
import { takeChosenFile } from '../../components/FileButton';
import { readPostingFileInWorker } from './postingReader';

interface PostingInputProps {
  text: string;
  /** What the parser found in `text` so far. */
  found: string;
  /** Why `text` cannot be used, if it cannot. */
  problem: string | null;
  /** The text area, for the dialog to send focus back to it. */
  textArea: RefObject<HTMLTextAreaElement | null>;
  onChange: (text: string) => void;
  /** A whole page arrived (pasted, dropped or read from a file): review it. */
  onPage: (text: string) => void;
}

const BLANK_PASTE =
  'What you pasted has no text to read (a picture, or blank space): copy the text of the job’s page, then paste it here.';

export function PostingInput({ text, found, problem, textArea, onChange, onPage }: PostingInputProps) {
  const id = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // A paste (or a drop on the text area) arrives as the change that follows it.
  const pasted = useRef(false);
  // A paste with no text in it (a picture, blank space) changes nothing to read: say so.
  const [blankPaste, setBlankPaste] = useState(false);
  // The file being read in a worker, cancelled when another is dropped or the dialog moves on.
  const reading = useRef<AbortController | null>(null);
  useEffect(() => () => reading.current?.abort(), []);
  // Shown again by "Change the text", whose button goes with the review: the text takes focus
  // rather than the page. (On opening, the dialog focuses it too: data-autofocus.)
  useEffect(() => textArea.current?.focus(), [textArea]);

  async function openFile(file: File) {
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    try {
      const read = await readPostingFileInWorker(file, controller.signal);
      setFileError(read.ok ? null : read.error);
      if (read.ok) onPage(read.text);
    } catch (error) {
      if (!controller.signal.aborted) setFileError(error instanceof Error ? error.message : String(error));
    }
  }

  function dropped(event: DragEvent<HTMLDivElement>) {
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) {
      event.preventDefault();
      void openFile(file);
    } else if (event.target instanceof HTMLTextAreaElement) {
      pasted.current = true;
    } else {
      const dropText = event.dataTransfer.getData('text/plain');
      event.preventDefault();
      if (dropText.trim()) onPage(dropText);
    }
  }

  const error = fileError ?? problem;
  return (
    <div
      className={dragging ? 'paste-input dragging' : 'paste-input'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={dropped}
    >
      <label htmlFor={`${id}-text`}>Paste the whole job page here</label>
      <p id={`${id}-hint`} className="hint small">
        On the job&apos;s page, select everything (Ctrl+A, or ⌘A on a Mac), copy it and paste it here. The page is read
        on this computer; nothing is sent anywhere.
      </p>
      <textarea
        ref={textArea}
        id={`${id}-text`}
        className="paste-text"
        rows={14}
        data-autofocus
        value={text}
        spellCheck={false}
        aria-describedby={`${id}-hint ${id}-found`}
        aria-invalid={error ? true : undefined}
        onKeyDown={() => {
          pasted.current = false;
          setBlankPaste(false);
        }}
        onPaste={(event) => {
          pasted.current = true;
          setBlankPaste(event.clipboardData.getData('text/plain').trim() === '');
        }}
        onChange={(event) => {
          const value = event.target.value;
          const wasPasted = pasted.current;
          pasted.current = false;
          setFileError(null);
          if (wasPasted && value.trim()) onPage(value);
          else onChange(value);
        }}
      />
      <div className="posting-drop-zone">
        <span>Or drop a saved page (.txt or .html) here, or</span>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Choose a file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          aria-label="Saved job page"
          hidden
          onChange={(event) => {
            const file = takeChosenFile(event);
            if (file) void openFile(file);
          }}
        />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p id={`${id}-found`} className="muted small" role="status">
        {text.trim() !== '' ? found : blankPaste ? BLANK_PASTE : ''}
      </p>
    </div>
  );
}
