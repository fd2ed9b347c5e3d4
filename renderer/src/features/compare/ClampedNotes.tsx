// Notes in a comparison cell: the first few lines, and "More" for the rest, so one long note
// does not stretch the whole row.
import { useId, useState } from 'react';

/** Longer than this (or with more lines) is folded. */
const FOLDED_CHARACTERS = 160;
const FOLDED_LINES = 4;

export function ClampedNotes({ text, of }: { text: string; of: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const long = text.length > FOLDED_CHARACTERS || text.split('\n').length > FOLDED_LINES;
  return (
    <>
      <p id={id} className={long && !open ? 'compare-notes clamped' : 'compare-notes'}>
        {text}
      </p>
      {long && (
        <button
          type="button"
          className="link-button small"
          aria-expanded={open}
          aria-controls={id}
          aria-label={open ? `Less of the notes on ${of}` : `More of the notes on ${of}`}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Less' : 'More'}
        </button>
      )}
    </>
  );
}
